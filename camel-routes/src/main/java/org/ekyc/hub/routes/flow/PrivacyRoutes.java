package org.ekyc.hub.routes.flow;

import org.apache.camel.builder.RouteBuilder;
import org.ekyc.hub.routes.security.HubIdentityPolicy;

/** Scheduled privacy housekeeping: face templates are deleted when their retention period ends. */
public class PrivacyRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:face-template-purge?delay=60000&period={{kyc.privacy.purge-interval-ms}}")
                .routeId("face-template-purge")
                .policy(HubIdentityPolicy.in(getContext())) // the hub's own work: run as the hub
                .bean("faceStep", "purgeExpiredFaceTemplates")
                .filter(simple("${body} > 0"))
                    .log("deleted ${body} face template(s) whose retention period ended");
    }
}

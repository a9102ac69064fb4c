package org.ekyc.hub.routes.flow;

import org.apache.camel.builder.RouteBuilder;

/** Scheduled privacy housekeeping: face templates are deleted when their retention period ends. */
public class PrivacyRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:face-template-purge?delay=60000&period={{kyc.privacy.purge-interval-ms}}")
                .routeId("face-template-purge")
                .bean("faceStep", "purgeExpiredFaceTemplates")
                .filter(simple("${body} > 0"))
                    .log("deleted ${body} face template(s) whose retention period ended");
    }
}

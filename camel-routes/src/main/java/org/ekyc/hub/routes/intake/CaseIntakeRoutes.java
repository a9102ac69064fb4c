package org.ekyc.hub.routes.intake;

import org.apache.camel.builder.RouteBuilder;
import org.ekyc.hub.routes.bootstrap.CaseMdc;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.OpenCaseCommand;

/**
 * The one way into the engine for a new case, whatever the channel: open the case, then ask the
 * immigration registry about the applicant's stay and record the answer. Channel routes map their
 * format to an {@link OpenCaseCommand} and back from the resulting {@link CaseView}.
 */
public class CaseIntakeRoutes extends RouteBuilder {

    public static final String OPEN_CASE = "direct:open-case";
    public static final String COMMAND = "kycCommand";

    @Override
    public void configure() {
        from(OPEN_CASE).routeId("open-case")
                .setProperty(COMMAND, body())
                // the engine validates nothing twice: the command is already a valid value
                .bean("caseService", "openCase")
                .setHeader(CaseMdc.HEADER, simple("${body.caseId}"))
                .process(CaseMdc::fromHeader)
                .log("case opened on channel ${exchangeProperty.kycCommand.channel}")
                // registry check; its failure never loses the case (it stays PENDING/UNAVAILABLE)
                .enrich("direct:immigration-check", (original, checked) -> {
                    original.getMessage().setBody(checked.getMessage().getBody());
                    return original;
                });
    }
}

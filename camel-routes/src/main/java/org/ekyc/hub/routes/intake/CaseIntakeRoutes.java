package org.ekyc.hub.routes.intake;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.ekyc.hub.routes.bootstrap.CaseMdc;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.ImmigrationQuery;
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
                // registry check, unless an earlier identical request already got an answer; a
                // registry outage never loses the case: it stays PENDING and is asked again
                .choice().when(simple("${body.immigrationCheck} == 'PENDING'"))
                    .process(e -> e.getMessage().setBody(ImmigrationQuery.of(
                            e.getMessage().getBody(CaseView.class).caseId(), e.getProperty(COMMAND, OpenCaseCommand.class))))
                    .doTry()
                        .enrich("direct:immigration-check", (original, checked) -> {
                            original.getMessage().setBody(checked.getMessage().getBody());
                            return original;
                        })
                    .doCatch(Exception.class)
                        // the case is saved and its check pending: answer with it as it stands
                        .log(LoggingLevel.WARN, "immigration check not recorded now (${exception.message}); it stays pending")
                        .setBody(header(CaseMdc.HEADER))
                        .bean("caseService", "getCase(${body})")
                    .end()
                .end();
    }
}

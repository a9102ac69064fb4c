package org.ekyc.hub.routes.flow;

import org.ekyc.hub.verification.api.screening.ScreeningStep;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.ekyc.hub.routes.bootstrap.CaseMdc;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.ekyc.hub.verification.api.screening.ScreeningResult;
import org.ekyc.hub.verification.api.screening.ScreeningService;
import org.ekyc.hub.verification.api.screening.ScreeningUnavailableException;
import org.ekyc.hub.verification.api.peer.immigration.ImmigrationQuery;
import org.ekyc.hub.verification.api.OpenCaseCommand;

/**
 * The one way into the engine for a new case, whatever the channel: open the case, then ask the
 * immigration registry about the applicant's stay and record the answer. Channel routes map their
 * format to an {@link OpenCaseCommand} and back from the resulting {@link CaseView}.
 */
public class CaseIntakeRoutes extends RouteBuilder {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(CaseIntakeRoutes.class);

    public static final String OPEN_CASE = "direct:open-case";
    public static final String COMMAND = "kycCommand";

    /** Screens the applicant's names; screening that is not available is recorded as such, never fatal. */
    static CaseView screen(org.apache.camel.Exchange e) {
        CaseView view = e.getMessage().getBody(CaseView.class);
        OpenCaseCommand command = e.getProperty(COMMAND, OpenCaseCommand.class);
        var registry = e.getContext().getRegistry();
        ScreeningStep cases = registry.lookupByNameAndType("screeningStep", ScreeningStep.class);
        ScreeningService screening = registry.lookupByNameAndType("screeningService", ScreeningService.class);
        ScreeningResult result = null;
        try {
            result = screening.screen(ScreeningQuery.request(command.applicant()));
        } catch (ScreeningUnavailableException unavailable) {
            LOG.warnf("screening not available for case %s: %s", view.caseId(), unavailable.getMessage());
        }
        return cases.recordScreening(view.caseId(), result);
    }

    private static CaseView view(org.apache.camel.Exchange e) {
        return e.getMessage().getBody(CaseView.class);
    }

    /** An approved or rejected case takes no more checks (the engine would refuse them). */
    private static boolean decided(CaseView view) {
        return view.status() == CaseStatus.APPROVED || view.status() == CaseStatus.REJECTED;
    }

    @Override
    public void configure() {
        // a refusal or failure goes back to the calling channel, whose own error handling maps it (REST
        // status, KycFault, KYCRSP, batch result): Camel's default handler here would mark it exhausted, and
        // the caller's onException clauses would never see it
        errorHandler(noErrorHandler());

        from(OPEN_CASE).routeId("open-case")
                .setProperty(COMMAND, body())
                // the engine validates nothing twice: the command is already a valid value
                .bean("caseLifecycle", "openCase")
                // plain Java predicates, not ${body.…} expressions: this route serves every channel's
                // requests, and Simple's bean lookups (reflection, a hash of the whole CaseView, enum
                // conversion) were a measurable share of an MQ round trip (docs/benchmarks.md)
                .process(e -> e.getMessage().setHeader(CaseMdc.HEADER, view(e).caseId()))
                .process(CaseMdc::fromHeader)
                // sanctions / PEP screening of the applicant (first time only; a repeated request of a
                // decided case changes nothing of it: the unscreened sweep skips it, so does this)
                .filter(e -> view(e).screening() == null && !decided(view(e)))
                    .process(e -> e.getMessage().setBody(screen(e)))
                .end()
                // registry check, unless an earlier identical request already got an answer; a
                // registry outage never loses the case: it stays PENDING and is asked again
                .choice().when(e -> view(e).immigrationCheck() == RegistryCheckOutcome.PENDING && !decided(view(e)))
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
                        .bean("caseLifecycle", "getCase(${body})")
                    .end()
                .end();
    }
}

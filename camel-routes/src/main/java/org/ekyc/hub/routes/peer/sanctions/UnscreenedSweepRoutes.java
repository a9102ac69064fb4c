package org.ekyc.hub.routes.peer.sanctions;

import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.ekyc.hub.routes.flow.ScreeningQuery;
import org.ekyc.hub.routes.security.HubIdentityPolicy;
import org.ekyc.hub.verification.api.CaseApplicant;
import org.ekyc.hub.verification.api.screening.ScreeningService;
import org.ekyc.hub.verification.api.screening.ScreeningStep;
import org.ekyc.hub.verification.api.screening.ScreeningUnavailableException;

/**
 * The screening sweep ({@code screening-sweep}): every {@code kyc.screening.sweep-interval-ms} it takes the
 * cases not decided yet that could not be screened when they were opened (screening was unavailable) —
 * at most {@code kyc.screening.sweep-batch}, each opened at least {@code kyc.screening.sweep-min-age-ms}
 * ago so the sweep does not race the opening's own screening ({@code ScreeningStep.unscreened}, each
 * case read in its own transaction) — and screens them with the lists in service, recorded as at
 * opening. A round ends at the first screening that is still unavailable; a case that cannot be
 * recorded (decided meanwhile) is logged and the others go on. Such a case is never approved until then.
 */
public class UnscreenedSweepRoutes extends RouteBuilder {

    static final String ROUTE = "screening-sweep";
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(UnscreenedSweepRoutes.class);

    @Override
    public void configure() {
        from("timer:" + ROUTE + "?delay={{kyc.screening.sweep-interval-ms}}&period={{kyc.screening.sweep-interval-ms}}")
                .routeId(ROUTE)
                .policy(HubIdentityPolicy.in(getContext())) // the hub's own work: run as the hub
                .process(UnscreenedSweepRoutes::sweep)
                .filter(simple("${body} > 0"))
                    .log("screening sweep: ${body} unscreened case(s) screened");
    }

    static void sweep(Exchange e) {
        ScreeningStep cases = e.getContext().getRegistry().lookupByNameAndType("screeningStep", ScreeningStep.class);
        ScreeningService screening = e.getContext().getRegistry().lookupByNameAndType("screeningService", ScreeningService.class);
        int batch = Integer.parseInt(e.getContext().resolvePropertyPlaceholders("{{kyc.screening.sweep-batch}}"));
        Duration minAge = Duration.ofMillis(Long.parseLong(
                e.getContext().resolvePropertyPlaceholders("{{kyc.screening.sweep-min-age-ms}}")));
        int done = 0;
        for (CaseApplicant a : cases.unscreened(minAge, batch)) {
            try {
                cases.recordScreening(a.caseId(), screening.screen(ScreeningQuery.request(a.applicant())));
                done++;
            } catch (ScreeningUnavailableException unavailable) {
                LOG.debugf("screening sweep stopped, screening still unavailable: %s", unavailable.getMessage());
                break;
            } catch (RuntimeException failed) {
                LOG.warnf("screening sweep: case %s not screened: %s", a.caseId(), failed.getMessage());
            }
        }
        e.getMessage().setBody(done);
    }
}

package org.ekyc.hub.routes.peer.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.CaseApplicant;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.screening.ScreeningOutcome;
import org.ekyc.hub.verification.api.screening.ScreeningRequest;
import org.ekyc.hub.verification.api.screening.ScreeningResult;
import org.ekyc.hub.verification.api.screening.ScreeningService;
import org.ekyc.hub.verification.api.screening.ScreeningStep;
import org.ekyc.hub.verification.api.screening.ScreeningUnavailableException;
import org.junit.jupiter.api.Test;

/** The screening sweep screens the unscreened cases the engine hands out, and stops while screening is unavailable. */
class UnscreenedSweepRoutesTest {

    private static final ScreeningResult CLEAR = new ScreeningResult(ScreeningOutcome.CLEAR, 0.1, List.of(), "test-1");

    /** The engine side: three unscreened cases, the second decided meanwhile. */
    private static final class Cases implements ScreeningStep {
        final List<String> recorded = new ArrayList<>();
        Duration minAge;
        int max;

        @Override
        public CaseView recordScreening(String caseId, ScreeningResult result) {
            if (caseId.equals("case-2")) {
                throw new InvalidRequestException(ReasonCode.CASE_ALREADY_DECIDED, "status");
            }
            recorded.add(caseId + "=" + result.outcome());
            return null;
        }

        @Override
        public CaseView recordRescreening(String caseId, ScreeningResult result) {
            throw new AssertionError("the sweep screens, it does not re-screen");
        }

        @Override
        public List<CaseApplicant> applicants(int firstResult, int max) {
            throw new AssertionError("the sweep takes only unscreened cases");
        }

        @Override
        public List<CaseApplicant> unscreened(Duration minAge, int max) {
            this.minAge = minAge;
            this.max = max;
            Applicant a = new Applicant("SANTOS", "MARIA CLARA", null, "PHL", LocalDate.of(1990, 5, 17), null, null);
            return List.of(new CaseApplicant("case-1", a), new CaseApplicant("case-2", a), new CaseApplicant("case-3", a));
        }
    }

    private static ScreeningService screening(boolean available) {
        return new ScreeningService() {
            @Override
            public ScreeningResult screen(ScreeningRequest request) {
                if (!available) {
                    throw new ScreeningUnavailableException("no sanctions list version in service");
                }
                return CLEAR;
            }

            @Override
            public String listVersion() {
                return available ? "test-1" : "none";
            }

            @Override
            public String reload(Path directory) {
                throw new UnsupportedOperationException();
            }

            @Override
            public String followNewestVersion() {
                return listVersion();
            }
        };
    }

    private static int sweep(Cases cases, ScreeningService screening) throws Exception {
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            Properties p = new Properties();
            p.setProperty("kyc.screening.sweep-batch", "7");
            p.setProperty("kyc.screening.sweep-min-age-ms", "30000");
            camel.getPropertiesComponent().setInitialProperties(p);
            camel.getRegistry().bind("screeningStep", ScreeningStep.class, cases);
            camel.getRegistry().bind("screeningService", ScreeningService.class, screening);
            Exchange e = new DefaultExchange(camel);
            UnscreenedSweepRoutes.sweep(e);
            return e.getMessage().getBody(Integer.class);
        }
    }

    @Test
    void theUnscreenedCasesAreScreenedAndOneThatCannotBeRecordedDoesNotStopTheOthers() throws Exception {
        Cases cases = new Cases();
        assertThat(sweep(cases, screening(true))).isEqualTo(2);
        assertThat(cases.recorded).containsExactly("case-1=CLEAR", "case-3=CLEAR");
        assertThat(cases.max).isEqualTo(7);
        assertThat(cases.minAge).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void screeningStillUnavailableEndsTheRoundAndRecordsNothing() throws Exception {
        Cases cases = new Cases();
        assertThat(sweep(cases, screening(false))).isZero();
        assertThat(cases.recorded).isEmpty();
    }
}

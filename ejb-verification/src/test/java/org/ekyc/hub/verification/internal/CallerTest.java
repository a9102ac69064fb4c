package org.ekyc.hub.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.Roles;
import org.ekyc.hub.verification.api.capture.CaptureScope;
import org.junit.jupiter.api.Test;

/** Who sees which case, under which name a reviewer's decision is recorded. */
class CallerTest {

    private static Caller caller(String name, String... roles) {
        Set<String> granted = Set.of(roles);
        return new Caller(name, granted::contains);
    }

    @Test
    void aPartnerSeesOnlyTheCasesItOpened() {
        Caller bank = caller("service-account-bank-app", Roles.PARTNER);
        assertThat(bank.maySee("c-1", "service-account-bank-app")).isTrue();
        assertThat(bank.maySee("c-1", "service-account-insurer-soap")).as("another partner's case").isFalse();
        assertThat(bank.maySee("c-1", null)).as("a case from before owners were kept").isFalse();
    }

    @Test
    void reviewersAuditorsAndTheHubSeeEveryCaseButAnAdminDoesNot() {
        for (String role : new String[] {Roles.REVIEWER, Roles.SENIOR_REVIEWER, Roles.AUDITOR, Roles.HUB}) {
            assertThat(caller("someone", role).maySee("c-1", "service-account-bank-app")).as(role).isTrue();
        }
        assertThat(caller("admin", Roles.ADMIN).maySee("c-1", "service-account-bank-app")).isFalse();
        assertThat(caller(null).name()).isEqualTo(Caller.ANONYMOUS);
        assertThat(caller(null).maySee("c-1", "service-account-bank-app")).isFalse();
    }

    @Test
    void aDecisionIsRecordedUnderTheAuthenticatedReviewerNeverATypedName() {
        Caller reviewer = caller("reviewer-1", Roles.REVIEWER);
        assertThat(reviewer.asReviewer(null)).isEqualTo("reviewer-1");
        assertThat(reviewer.asReviewer(" reviewer-1 ")).isEqualTo("reviewer-1");
        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                () -> reviewer.asReviewer("reviewer-2"));
        assertThat(refused.reason()).isEqualTo(ReasonCode.REVIEWER_NOT_CALLER);
    }

    @Test
    void aCustomerSeesOnlyTheCaseOfTheirCaptureToken() throws Exception {
        Caller customer = caller("customer", Roles.CUSTOMER);
        assertThat(customer.maySee("c-1", "service-account-bank-app")).as("outside a capture call").isFalse();
        assertThat(CaptureScope.call("c-1", () -> customer.maySee("c-1", "service-account-bank-app"))).isTrue();
        assertThat(CaptureScope.call("c-1", () -> customer.maySee("c-2", "service-account-bank-app")))
                .as("another case, same owner").isFalse();
        assertThat(CaptureScope.call("c-1", () -> caller("service-account-insurer-soap", Roles.PARTNER)
                .maySee("c-1", "service-account-bank-app"))).as("the scope is a customer's, not a partner's").isFalse();
    }
}

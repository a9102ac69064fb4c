package org.ekyc.hub.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.Roles;
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
        assertThat(bank.maySee("service-account-bank-app")).isTrue();
        assertThat(bank.maySee("service-account-insurer-soap")).as("another partner's case").isFalse();
        assertThat(bank.maySee(null)).as("a case from before owners were kept").isFalse();
    }

    @Test
    void reviewersAuditorsAndTheHubSeeEveryCaseButAnAdminDoesNot() {
        for (String role : new String[] {Roles.REVIEWER, Roles.SENIOR_REVIEWER, Roles.AUDITOR, Roles.HUB}) {
            assertThat(caller("someone", role).maySee("service-account-bank-app")).as(role).isTrue();
        }
        assertThat(caller("admin", Roles.ADMIN).maySee("service-account-bank-app")).isFalse();
        assertThat(caller(null).name()).isEqualTo(Caller.ANONYMOUS);
        assertThat(caller(null).maySee("service-account-bank-app")).isFalse();
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
}

package org.ekyc.hub.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.junit.jupiter.api.Test;

/** Claims of the review queue on the case (#19): who holds it, the per-reviewer limit, release, and who may decide. */
class ReviewClaimTest {

    private static final Instant T0 = Instant.parse("2026-12-04T09:00:00Z");
    private static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(15), Duration.ofMinutes(1));

    private static VerificationCase inReview() {
        VerificationCase c = VerificationCase.open(new OpenCaseCommand(
                new Applicant("NGUYEN", "VAN AN", null, "VNM", LocalDate.of(1994, 3, 17), null, null),
                Product.ACCOUNT, Channel.REST, null, null), T0, RETRY);
        c.moveTo(CaseStatus.REVIEW);
        return c;
    }

    private static ReasonCode refusal(Runnable r) {
        try {
            r.run();
        } catch (InvalidRequestException e) {
            return e.reason();
        }
        return null;
    }

    @Test
    void aReviewerClaimsACaseWaitingForAPersonAndAnotherCannotTakeItOrDecideIt() {
        VerificationCase c = inReview();
        assertThat(c.claim("reviewer-1", 0, 5, T0)).isTrue();
        assertThat(c.reviewAssignee()).isEqualTo("reviewer-1");
        assertThat(c.claim("reviewer-1", 1, 5, T0)).as("claiming one's own claim again").isFalse();
        assertThat(refusal(() -> c.claim("reviewer-2", 0, 5, T0))).isEqualTo(ReasonCode.CASE_CLAIMED);
        assertThat(refusal(() -> c.refuseIfClaimedByAnother("reviewer-2"))).isEqualTo(ReasonCode.CASE_CLAIMED);
        assertThatCode(() -> c.refuseIfClaimedByAnother("reviewer-1")).doesNotThrowAnyException();
    }

    @Test
    void aReviewerHoldingTheLimitCannotClaimMore() {
        assertThat(refusal(() -> inReview().claim("reviewer-1", 5, 5, T0))).isEqualTo(ReasonCode.REVIEWER_LIMIT_REACHED);
        assertThat(inReview().claim("reviewer-1", 4, 5, T0)).isTrue();
    }

    @Test
    void onlyACaseInReviewCanBeClaimed() {
        VerificationCase opened = VerificationCase.open(new OpenCaseCommand(
                new Applicant("NGUYEN", "VAN AN", null, "VNM", LocalDate.of(1994, 3, 17), null, null),
                Product.ACCOUNT, Channel.REST, null, null), T0, RETRY);
        assertThat(refusal(() -> opened.claim("reviewer-1", 0, 5, T0))).isEqualTo(ReasonCode.CASE_NOT_IN_REVIEW);
    }

    @Test
    void theHolderOrASeniorReviewerReleasesAClaimNobodyElse() {
        VerificationCase c = inReview();
        c.claim("reviewer-1", 0, 5, T0);
        assertThat(refusal(() -> c.release("reviewer-2", false, T0))).isEqualTo(ReasonCode.CASE_CLAIMED);
        assertThat(c.reviewAssignee()).isEqualTo("reviewer-1");
        c.release("senior-1", true, T0);
        assertThat(c.reviewAssignee()).isNull();
        c.claim("reviewer-2", 0, 5, T0);
        c.release("reviewer-2", false, T0);
        assertThat(c.reviewAssignee()).isNull();
    }

    @Test
    void theClaimLimitComesFromTheSettings() {
        assertThat(ReviewQueueBean.maxClaims(Map.of())).isEqualTo(5);
        assertThat(ReviewQueueBean.maxClaims(Map.of("KYC_REVIEW_MAX_CLAIMS", "3"))).isEqualTo(3);
        assertThatThrownBy(() -> ReviewQueueBean.maxClaims(Map.of("KYC_REVIEW_MAX_CLAIMS", "-1"))).isInstanceOf(IllegalStateException.class);
    }
}

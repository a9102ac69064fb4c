package org.ekyc.hub.verification.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.document.QualityMetrics;
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.ekyc.hub.verification.api.peer.immigration.StayStatus;
import org.ekyc.hub.verification.api.review.FundsSource;
import org.ekyc.hub.verification.api.review.InterviewOutcome;
import org.ekyc.hub.verification.api.review.SourceOfFunds;
import org.ekyc.hub.verification.api.review.VideoInterview;
import org.ekyc.hub.verification.api.risk.Decision;
import org.ekyc.hub.verification.risk.RiskTierPolicy;

/**
 * Evidence for tests that need a case a reviewer may approve: the registry confirms the holder, a
 * reviewer records a confirmed video interview and source-of-funds evidence, and two reviewers approve
 * (one is enough for a STANDARD case).
 */
final class ReviewEvidenceFixture {

    private static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(15), Duration.ofMinutes(1));

    private ReviewEvidenceFixture() {
    }

    /** Records the evidence an approval rests on (ID copy read and confirmed by the registry, video call, source of funds). */
    static void evidence(VerificationCase c, RiskTierPolicy policy, Instant at) {
        c.applyDocumentReading(new DocumentReading(DocumentType.PASSPORT_TD3, List.of(),
                new QualityMetrics(1600, 1200, 500, 200, 0, 1, true), List.of(), null), null, at);
        c.record(new StayStatus(RegistryCheckOutcome.VERIFIED, "E-9", LocalDate.of(2028, 1, 31), "00"), at, RETRY);
        c.recordVideoInterview(new VideoInterview("emp-0041", at.minusSeconds(60), Duration.ofMinutes(2),
                InterviewOutcome.CONFIRMED, "rec://vc/test"), at);
        c.recordSourceOfFunds(new SourceOfFunds("emp-0041", FundsSource.SALARY, "dms://kyc/test", null), at);
        c.reassess(policy, at);
    }

    /** Has {@code emp-0042} approve, and {@code emp-0043} too when the first approval waits for a second reviewer. */
    static void approve(VerificationCase c, RiskTierPolicy policy, Instant at) {
        if (!c.decide(new Decision(CaseStatus.APPROVED, "emp-0042", null), true, policy, at)) {
            c.decide(new Decision(CaseStatus.APPROVED, "emp-0043", null), true, policy, at);
        }
    }
}

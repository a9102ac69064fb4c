package org.ekyc.hub.verification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.review.DecisionReason;
import org.ekyc.hub.verification.api.review.ReopenedStep;
import org.ekyc.hub.verification.api.risk.Decision;
import org.ekyc.hub.verification.api.risk.EnhancedTask;
import org.ekyc.hub.verification.api.risk.RiskTier;
import org.ekyc.hub.verification.api.risk.VerificationMethod;
import org.ekyc.hub.verification.privacy.EncryptedStringConverter;
import org.ekyc.hub.verification.risk.NonFaceToFacePolicy;
import org.ekyc.hub.verification.risk.RiskAssessment;

/** The risk tier of a case and its decision: by whom and when. */
@Embeddable
public class DecisionPart {

    /** STANDARD or ENHANCED, reassessed whenever a check lands. */
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_tier", length = 10)
    private RiskTier riskTier;

    /** Why ENHANCED: COUNTRY_…, SANCTIONS_…, ANOMALY_…, PRODUCT_… (no personal data). */
    @Column(name = "risk_reasons", length = 1000)
    private String riskReasons;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    /** #19: the listed reason the reviewer gave (DecisionReason), null when none. */
    @Column(name = "decision_reason", length = 40)
    private String decisionReason;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "decision_note_enc", length = 4000)
    private String decisionNote;

    /** The step a reviewer asked the customer to repeat (MORE_INFO), while the case waits for it; else null. */
    @Enumerated(EnumType.STRING)
    @Column(name = "more_info_step", length = 10)
    private ReopenedStep moreInfoStep;

    /** The listed reason of the last request for more (what the customer is shown). */
    @Column(name = "more_info_reason", length = 40)
    private String moreInfoReason;

    @Column(name = "more_info_by", length = 64)
    private String moreInfoBy;

    @Column(name = "more_info_at")
    private Instant moreInfoAt;

    /** The reviewer's private note with the request (never shown to the customer). */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "more_info_note_enc", length = 4000)
    private String moreInfoNote;

    void assessed(RiskAssessment a) {
        riskTier = a.tier();
        riskReasons = String.join(",", a.reasons());
    }

    /**
     * Throws unless a reviewer may take decision {@code d} on an undecided case in {@code status}: an
     * approval needs a case not waiting for a retake and a {@code screened} applicant.
     */
    void check(Decision d, CaseStatus status, boolean screened) {
        if (d.outcome() != CaseStatus.APPROVED && d.outcome() != CaseStatus.REJECTED && d.outcome() != CaseStatus.RETRY) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "decision");
        }
        if (d.reviewer() == null || d.reviewer().isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "reviewer");
        }
        // #19: a rejection and a request for more say why, from the list (what the customer is shown)
        if (d.reasonCode() == null && d.outcome() != CaseStatus.APPROVED) {
            throw new InvalidRequestException(ReasonCode.DECISION_REASON_REQUIRED, "reasonCode");
        }
        // a reason given must be one of the list for this outcome
        if (d.reasonCode() != null && DecisionReason.forOutcome(d.reasonCode(), d.outcomeName()) == null) {
            throw new InvalidRequestException(ReasonCode.DECISION_REASON_UNKNOWN, "reasonCode");
        }
        // the customer is asked for more only about a case a person is looking at (not one already waiting for them)
        if (d.outcome() == CaseStatus.RETRY && status != CaseStatus.REVIEW) {
            throw new InvalidRequestException(ReasonCode.DECISION_NOT_ALLOWED, "status");
        }
        if (d.outcome() == CaseStatus.APPROVED && status == CaseStatus.RETRY) {
            throw new InvalidRequestException(ReasonCode.DECISION_NOT_ALLOWED, "status");
        }
        if (d.outcome() == CaseStatus.APPROVED && !screened) {
            throw new InvalidRequestException(ReasonCode.SCREENING_REQUIRED, "screening");
        }
    }

    /**
     * An approval, given the assessment of the case's evidence and the enhanced tasks whose evidence is
     * recorded: the assessment must meet the product's non-face-to-face rule and leave no enhanced task
     * open; otherwise nothing changes.
     */
    void approve(RiskAssessment a, Set<EnhancedTask> completed) {
        if (!a.nonFaceToFace().satisfied()) {
            throw new InvalidRequestException(ReasonCode.NON_FACE_TO_FACE_INSUFFICIENT,
                    String.valueOf(a.nonFaceToFace().missing()));
        }
        Set<EnhancedTask> open = EnumSet.noneOf(EnhancedTask.class);
        open.addAll(a.tasks());
        open.removeAll(completed);
        if (!open.isEmpty()) {
            throw new InvalidRequestException(ReasonCode.ENHANCED_TASKS_OPEN, join(open));
        }
        assessed(a);
    }

    void decided(String by, String note, String reason, Instant now) {
        decisionReason = reason;
        decided(by, note, now);
    }

    void decided(String by, String note, Instant now) {
        decidedAt = now;
        decidedBy = by;
        decisionNote = note;
    }

    /**
     * A reviewer asks the customer for more (checked by {@link #check}): the step the reason names is re-opened.
     * Returns that step.
     */
    ReopenedStep askForMore(Decision d, String by, Instant now) {
        DecisionReason reason = DecisionReason.forOutcome(d.reasonCode(), DecisionReason.MORE_INFO);
        moreInfoStep = reason.step();
        moreInfoReason = reason.name();
        moreInfoBy = by;
        moreInfoAt = now;
        moreInfoNote = d.note();
        return moreInfoStep;
    }

    /** The step the case waits for the customer to repeat, null when it waits for none. */
    ReopenedStep moreInfoStep() {
        return moreInfoStep;
    }

    /** The customer resubmitted the re-opened step: the case waits for it no more. */
    void resubmitted() {
        moreInfoStep = null;
    }

    String riskTierName() {
        return riskTier == null ? null : riskTier.name();
    }

    /**
     * The decision view, given the non-face-to-face methods done, the enhanced tasks whose evidence is
     * recorded and the review evidence; null before a tier or a decision.
     */
    CaseView.DecisionView view(Set<VerificationMethod> done, Set<EnhancedTask> completed, CaseView.ReviewView review) {
        if (riskTier == null && decidedAt == null) {
            return null;
        }
        Set<EnhancedTask> open = EnumSet.noneOf(EnhancedTask.class);
        if (riskTier == RiskTier.ENHANCED) {
            open.addAll(EnumSet.allOf(EnhancedTask.class));
            open.removeAll(completed);
        }
        List<String> why = riskReasons == null || riskReasons.isBlank() ? List.of() : List.of(riskReasons.split(","));
        return new CaseView.DecisionView(riskTier, why, open, done,
                NonFaceToFacePolicy.ACCOUNT_OPENING.evaluate(done).satisfied(), decidedAt, decidedBy, review, decisionReason,
                moreInfoStep == null ? null : new CaseView.MoreInfoView(moreInfoStep, moreInfoReason, moreInfoBy, moreInfoAt));
    }

    static String join(Set<? extends Enum<?>> values) {
        return String.join(",", values.stream().map(Enum::name).sorted().toList());
    }
}

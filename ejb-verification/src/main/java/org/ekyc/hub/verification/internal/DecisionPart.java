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
import java.util.function.Supplier;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.risk.Decision;
import org.ekyc.hub.verification.api.risk.EnhancedTask;
import org.ekyc.hub.verification.api.risk.RiskTier;
import org.ekyc.hub.verification.api.risk.VerificationMethod;
import org.ekyc.hub.verification.privacy.EncryptedStringConverter;
import org.ekyc.hub.verification.risk.NonFaceToFacePolicy;
import org.ekyc.hub.verification.risk.RiskAssessment;

/** The risk tier of a case and its decision: by whom, when, with which attested methods and completed tasks. */
@Embeddable
public class DecisionPart {

    /** STANDARD or ENHANCED, reassessed whenever a check lands. */
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_tier", length = 10)
    private RiskTier riskTier;

    /** Why ENHANCED: COUNTRY_…, SANCTIONS_…, ANOMALY_…, PRODUCT_… (no personal data). */
    @Column(name = "risk_reasons", length = 1000)
    private String riskReasons;

    /** Non-face-to-face methods a reviewer attested (comma-separated enum names). */
    @Column(name = "methods_attested", length = 200)
    private String methodsAttested;

    /** Enhanced-due-diligence tasks a reviewer completed (comma-separated enum names). */
    @Column(name = "tasks_completed", length = 100)
    private String tasksCompleted;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "decision_note_enc", length = 4000)
    private String decisionNote;

    void assessed(RiskAssessment a) {
        riskTier = a.tier();
        riskReasons = String.join(",", a.reasons());
    }

    Set<VerificationMethod> attested() {
        return names(methodsAttested, VerificationMethod.class);
    }

    Set<EnhancedTask> completed() {
        return names(tasksCompleted, EnhancedTask.class);
    }

    /**
     * Throws unless a reviewer may take decision {@code d} on an undecided case in {@code status}: an
     * approval needs a case not waiting for a retake and a {@code screened} applicant.
     */
    void check(Decision d, CaseStatus status, boolean screened) {
        if (d.outcome() != CaseStatus.APPROVED && d.outcome() != CaseStatus.REJECTED) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "decision");
        }
        if (d.reviewer() == null || d.reviewer().isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "reviewer");
        }
        if (d.outcome() == CaseStatus.APPROVED && status == CaseStatus.RETRY) {
            throw new InvalidRequestException(ReasonCode.DECISION_NOT_ALLOWED, "status");
        }
        if (d.outcome() == CaseStatus.APPROVED && !screened) {
            throw new InvalidRequestException(ReasonCode.SCREENING_REQUIRED, "screening");
        }
    }

    /**
     * An approval: the methods the reviewer attests join those attested before, and the assessment with
     * them must meet the product's non-face-to-face rule and find every enhanced task completed;
     * otherwise nothing changes.
     */
    void approve(Decision d, Supplier<RiskAssessment> assess) {
        Set<VerificationMethod> attested = EnumSet.noneOf(VerificationMethod.class);
        attested.addAll(attested());
        attested.addAll(d.attestedMethods());
        Set<EnhancedTask> completed = EnumSet.noneOf(EnhancedTask.class);
        completed.addAll(completed());
        completed.addAll(d.completedTasks());
        String previousMethods = methodsAttested;
        methodsAttested = join(attested);
        RiskAssessment a = assess.get();
        if (!a.nonFaceToFace().satisfied()) {
            methodsAttested = previousMethods;
            throw new InvalidRequestException(ReasonCode.NON_FACE_TO_FACE_INSUFFICIENT,
                    String.valueOf(a.nonFaceToFace().missing()));
        }
        Set<EnhancedTask> open = EnumSet.noneOf(EnhancedTask.class);
        open.addAll(a.tasks());
        open.removeAll(completed);
        if (!open.isEmpty()) {
            methodsAttested = previousMethods;
            throw new InvalidRequestException(ReasonCode.ENHANCED_TASKS_OPEN, join(open));
        }
        tasksCompleted = join(completed);
        assessed(a);
    }

    void decided(String by, String note, Instant now) {
        decidedAt = now;
        decidedBy = by;
        decisionNote = note;
    }

    String riskTierName() {
        return riskTier == null ? null : riskTier.name();
    }

    /** The decision view, given the non-face-to-face methods done; null before a tier or a decision. */
    CaseView.DecisionView view(Set<VerificationMethod> done) {
        if (riskTier == null && decidedAt == null) {
            return null;
        }
        Set<EnhancedTask> open = EnumSet.noneOf(EnhancedTask.class);
        if (riskTier == RiskTier.ENHANCED) {
            open.addAll(EnumSet.allOf(EnhancedTask.class));
            open.removeAll(completed());
        }
        List<String> why = riskReasons == null || riskReasons.isBlank() ? List.of() : List.of(riskReasons.split(","));
        return new CaseView.DecisionView(riskTier, why, open, done,
                NonFaceToFacePolicy.ACCOUNT_OPENING.evaluate(done).satisfied(), decidedAt, decidedBy);
    }

    static <E extends Enum<E>> Set<E> names(String csv, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        if (csv != null && !csv.isBlank()) {
            for (String n : csv.split(",")) {
                out.add(Enum.valueOf(type, n.trim()));
            }
        }
        return out;
    }

    static String join(Set<? extends Enum<?>> values) {
        return String.join(",", values.stream().map(Enum::name).sorted().toList());
    }
}

package org.ekyc.hub.verification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Consent;
import org.ekyc.hub.verification.api.FaceCheck;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.face.LivenessResult;
import org.ekyc.hub.verification.api.face.MatchOutcome;
import org.ekyc.hub.verification.privacy.EncryptedBytesConverter;

/** The face step: the applicant's consent, the liveness challenge issued, the face check and its template. */
@Embeddable
public class FacePart {

    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "consent_notice_version", length = 20)
    private String consentNoticeVersion;

    @Column(name = "consent_language", length = 5)
    private String consentLanguage;

    @Column(name = "consent_retention_days")
    private Integer consentRetentionDays;

    /**
     * #18 When the applicant refused face processing (the notice version and language shown are in the consent
     * columns); null while they have not refused. A refusal and a consent exclude each other.
     */
    @Column(name = "consent_refused_at")
    private Instant consentRefusedAt;

    /** The liveness challenge issued for this case and not used yet. */
    @Column(name = "liveness_nonce", length = 64)
    private String livenessNonce;

    @Column(name = "face_liveness", length = 8)
    private String liveness;

    @Column(name = "face_match", length = 8)
    private String match;

    @Column(name = "face_similarity")
    private Double similarity;

    /**
     * #19 The evidence the outcome was judged by, as the face engine applied it (never an image): the similarity at
     * or above which it is a MATCH and the one at or above which a person reviews (null when no faces were compared),
     * and the passive anti-spoof's fused P(live) of the liveness check (null when liveness failed before it was measured).
     */
    @Column(name = "face_match_threshold")
    private Double matchThreshold;

    @Column(name = "face_review_threshold")
    private Double reviewThreshold;

    @Column(name = "face_liveness_score")
    private Double livenessScore;

    /** The live face template (embedding), sealed; deleted at {@link #templatePurgeAt}. Never an image. */
    @Convert(converter = EncryptedBytesConverter.class)
    @Column(name = "face_template_enc", length = 8000)
    private byte[] template;

    @Column(name = "face_template_model", length = 64)
    private String templateModel;

    @Column(name = "face_template_purge_at")
    private Instant templatePurgeAt;

    void recordConsent(Consent consent, Instant now) {
        if (consentRefusedAt != null) {
            throw new InvalidRequestException(ReasonCode.CONSENT_ALREADY_ANSWERED, "consent");
        }
        consentAt = now;
        consentNoticeVersion = consent.noticeVersion();
        consentLanguage = consent.language();
        consentRetentionDays = consent.templateRetentionDays();
    }

    /**
     * #18 The applicant's refusal: the notice they refused, in which language, and when. Returns false when this
     * refusal is already recorded (the same answer again changes nothing).
     * @throws InvalidRequestException CONSENT_ALREADY_ANSWERED when consent was given
     */
    boolean recordRefusal(org.ekyc.hub.verification.api.ConsentRefusal refusal, Instant now) {
        if (consentAt != null) {
            throw new InvalidRequestException(ReasonCode.CONSENT_ALREADY_ANSWERED, "consent");
        }
        if (consentRefusedAt != null) {
            return false;
        }
        consentRefusedAt = now;
        consentNoticeVersion = refusal.noticeVersion();
        consentLanguage = refusal.language();
        return true;
    }

    boolean refused() {
        return consentRefusedAt != null;
    }

    void bindLivenessChallenge(String nonce) {
        requireConsent();
        livenessNonce = nonce;
    }

    /** Consent first, and the challenge must be this case's. */
    void checkFaceCheckAllowed(String nonce) {
        requireConsent();
        if (livenessNonce == null || !livenessNonce.equals(nonce)) {
            throw new InvalidRequestException(ReasonCode.LIVENESS_CHALLENGE_NOT_FOR_CASE, "nonce");
        }
    }

    private void requireConsent() {
        if (consentRefusedAt != null) {
            throw new InvalidRequestException(ReasonCode.CONSENT_REFUSED, "consent");
        }
        if (consentAt == null) {
            throw new InvalidRequestException(ReasonCode.CONSENT_REQUIRED, "consent");
        }
    }

    /**
     * Applies a face check: a failed liveness check asks the customer to retry; a doubtful one, or
     * a face that does not match the document, goes to a reviewer. The live template is kept
     * (sealed) until the retention period the applicant consented to ends.
     */
    CaseStatus apply(FaceCheck check, Instant now, Reasons reasons, CaseStatus status) {
        requireConsent();
        livenessNonce = null;
        liveness = check.liveness().name();
        match = check.match() == null ? null : check.match().name();
        similarity = check.similarity();
        matchThreshold = check.matchThreshold();
        reviewThreshold = check.reviewThreshold();
        livenessScore = check.livenessScore();
        if (check.liveTemplate() != null) {
            template = check.liveTemplate().toBytes();
            templateModel = check.liveTemplate().model();
            templatePurgeAt = now.plus(Duration.ofDays(consentRetentionDays));
        }
        reasons.removeIf(FacePart::isFaceReason);
        check.reasons().forEach(reasons::add);
        if (check.liveness() == LivenessResult.Outcome.FAILED) {
            return CaseStatus.RETRY;
        } else if (check.liveness() == LivenessResult.Outcome.REVIEW || check.match() != MatchOutcome.MATCH) {
            return CaseStatus.REVIEW;
        }
        return status == CaseStatus.RETRY ? CaseStatus.OPENED : status;
    }

    private static boolean isFaceReason(ReasonCode r) {
        String n = r.name();
        return n.startsWith("FACE_") || n.startsWith("SPOOF_") || n.startsWith("LIVENESS_");
    }

    /**
     * Forgets the outcome of a face check made against an earlier document's portrait: a new document means
     * the face must be matched again. The live template stays under its own retention.
     */
    void forgetMatch(Reasons reasons) {
        if (liveness != null) {
            liveness = null;
            match = null;
            similarity = null;
            matchThreshold = null;
            reviewThreshold = null;
            livenessScore = null;
            reasons.removeIf(FacePart::isFaceReason);
        }
    }

    /** The retention the customer consented to runs from the decision, not from the check. */
    void retentionFrom(Instant decidedAt) {
        if (template != null && consentRetentionDays != null) {
            templatePurgeAt = decidedAt.plus(Duration.ofDays(consentRetentionDays));
        }
    }

    /** Deletes the template once its retention period is over; true when something was deleted. */
    boolean purgeTemplate(Instant now) {
        if (template == null || templatePurgeAt == null || templatePurgeAt.isAfter(now)) {
            return false;
        }
        template = null;
        templateModel = null;
        return true;
    }

    boolean passedAndMatched() {
        return "PASSED".equals(liveness) && "MATCH".equals(match);
    }

    CaseView.FaceView view() {
        return new CaseView.FaceView(consentAt, liveness, match, similarity, template == null ? null : templatePurgeAt,
                matchThreshold, reviewThreshold, livenessScore);
    }
}

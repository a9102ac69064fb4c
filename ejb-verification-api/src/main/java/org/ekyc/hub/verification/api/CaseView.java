package org.ekyc.hub.verification.api;

import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as channels may show it: status and check results, with the applicant's name
 * only as the caller supplied it. Reason codes explain the current status. {@code screening} is the
 * sanctions outcome of the last screening and {@code screeningListVersion} the list version that gave
 * it (both null while the case is unscreened).
 */
public record CaseView(String caseId, CaseStatus status, Product product, Channel channel,
                       String externalReference, Applicant applicant,
                       RegistryCheckOutcome immigrationCheck, String stayStatusCode, LocalDate stayExpiry,
                       List<ReasonCode> reasons, Instant createdAt, Instant updatedAt, FaceView face,
                       String screening, DocumentView document, DecisionView decision, AccountView account,
                       RegistryChecksView registryChecks, PhoneView phone, String creditCheck,
                       String screeningListVersion) {

    public CaseView {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** A case view without the list version of its screening (channels' tests). */
    public CaseView(String caseId, CaseStatus status, Product product, Channel channel, String externalReference,
                    Applicant applicant, RegistryCheckOutcome immigrationCheck, String stayStatusCode, LocalDate stayExpiry,
                    List<ReasonCode> reasons, Instant createdAt, Instant updatedAt, FaceView face, String screening,
                    DocumentView document, DecisionView decision, AccountView account, RegistryChecksView registryChecks,
                    PhoneView phone, String creditCheck) {
        this(caseId, status, product, channel, externalReference, applicant, immigrationCheck, stayStatusCode, stayExpiry,
                reasons, createdAt, updatedAt, face, screening, document, decision, account, registryChecks, phone,
                creditCheck, null);
    }

    /** A case view without phone verification and credit check. */
    public CaseView(String caseId, CaseStatus status, Product product, Channel channel, String externalReference,
                    Applicant applicant, RegistryCheckOutcome immigrationCheck, String stayStatusCode, LocalDate stayExpiry,
                    List<ReasonCode> reasons, Instant createdAt, Instant updatedAt, FaceView face, String screening,
                    DocumentView document, DecisionView decision, AccountView account, RegistryChecksView registryChecks) {
        this(caseId, status, product, channel, externalReference, applicant, immigrationCheck, stayStatusCode, stayExpiry,
                reasons, createdAt, updatedAt, face, screening, document, decision, account, registryChecks, null, null);
    }

    /** A case view without the resident-registry and tax checks. */
    public CaseView(String caseId, CaseStatus status, Product product, Channel channel, String externalReference,
                    Applicant applicant, RegistryCheckOutcome immigrationCheck, String stayStatusCode, LocalDate stayExpiry,
                    List<ReasonCode> reasons, Instant createdAt, Instant updatedAt, FaceView face, String screening,
                    DocumentView document, DecisionView decision, AccountView account) {
        this(caseId, status, product, channel, externalReference, applicant, immigrationCheck, stayStatusCode, stayExpiry,
                reasons, createdAt, updatedAt, face, screening, document, decision, account, null, null, null);
    }

    /** A case view without account opening and registry checks (records built before an account is ordered). */
    public CaseView(String caseId, CaseStatus status, Product product, Channel channel, String externalReference,
                    Applicant applicant, RegistryCheckOutcome immigrationCheck, String stayStatusCode, LocalDate stayExpiry,
                    List<ReasonCode> reasons, Instant createdAt, Instant updatedAt, FaceView face, String screening,
                    DocumentView document, DecisionView decision) {
        this(caseId, status, product, channel, externalReference, applicant, immigrationCheck, stayStatusCode, stayExpiry,
                reasons, createdAt, updatedAt, face, screening, document, decision, null, null, null, null);
    }

    /** A case view without risk and decision (channels' tests, records built before a decision exists). */
    public CaseView(String caseId, CaseStatus status, Product product, Channel channel, String externalReference,
                    Applicant applicant, RegistryCheckOutcome immigrationCheck, String stayStatusCode, LocalDate stayExpiry,
                    List<ReasonCode> reasons, Instant createdAt, Instant updatedAt, FaceView face, String screening,
                    DocumentView document) {
        this(caseId, status, product, channel, externalReference, applicant, immigrationCheck, stayStatusCode, stayExpiry,
                reasons, createdAt, updatedAt, face, screening, document, null, null, null, null, null);
    }

    /**
     * Account opening of an approved ACCOUNT case; null for other cases. Never the full
     * account number: only its last four characters.
     *
     * @param state               PENDING, OPENED or REFUSED
     * @param maskedAccountNumber e.g. {@code **********1234} once OPENED, else null
     * @param openedDate          the day core banking opened the account
     * @param returnCode          core banking's return code (00 opened; other: refused), null while pending
     * @param failedAttempts      orders that got no usable answer so far (no reply, unreadable reply)
     */
    public record AccountView(org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningState state, String maskedAccountNumber,
                              LocalDate openedDate, String returnCode, int failedAttempts) {
    }

    /**
     * Risk and decision: the tier and why, the enhanced-due-diligence tasks still open, the
     * non-face-to-face methods done (each counted only from evidence the hub recorded) and whether they
     * satisfy the product's FSC rule, the review evidence, and who decided when.
     *
     * @param riskTier               STANDARD or ENHANCED, null before the first assessment
     * @param riskReasons            why ENHANCED (COUNTRY_…, ADDRESS_COUNTRY_…, SANCTIONS_…, ANOMALY_…, PRODUCT_…)
     * @param openTasks              ENHANCED tasks whose evidence is not recorded yet
     * @param methods                non-face-to-face methods done
     * @param nonFaceToFaceSatisfied the product's minimum number of methods is met
     * @param decidedAt              when the case was approved or rejected, null before
     * @param decidedBy              the reviewer (the second one for an ENHANCED case), or {@code auto}
     * @param review                 what reviewers recorded, null when nothing was
     * @param reasonCode             the listed reason of the decision, what the customer is shown (never the
     *                               reviewer's private note); null before a decision or when none was given
     * @param moreInfo               the step a reviewer asked the customer to repeat, while the case waits for it; else null
     */
    public record DecisionView(org.ekyc.hub.verification.api.risk.RiskTier riskTier, List<String> riskReasons,
                               java.util.Set<org.ekyc.hub.verification.api.risk.EnhancedTask> openTasks,
                               java.util.Set<org.ekyc.hub.verification.api.risk.VerificationMethod> methods,
                               boolean nonFaceToFaceSatisfied, Instant decidedAt, String decidedBy, ReviewView review,
                               String reasonCode, MoreInfoView moreInfo) {

        /** A decision view without a listed reason and no request for more. */
        public DecisionView(org.ekyc.hub.verification.api.risk.RiskTier riskTier, List<String> riskReasons,
                            java.util.Set<org.ekyc.hub.verification.api.risk.EnhancedTask> openTasks,
                            java.util.Set<org.ekyc.hub.verification.api.risk.VerificationMethod> methods,
                            boolean nonFaceToFaceSatisfied, Instant decidedAt, String decidedBy, ReviewView review) {
            this(riskTier, riskReasons, openTasks, methods, nonFaceToFaceSatisfied, decidedAt, decidedBy, review, null, null);
        }

        public DecisionView {
            riskReasons = riskReasons == null ? List.of() : List.copyOf(riskReasons);
            openTasks = openTasks == null ? java.util.Set.of() : java.util.Set.copyOf(openTasks);
            methods = methods == null ? java.util.Set.of() : java.util.Set.copyOf(methods);
        }
    }

    /**
     * The review evidence of a case, without the recording and document references and without notes.
     *
     * @param videoInterview  the last video interview recorded, or null
     * @param sourceOfFunds   the last source-of-funds evidence recorded, or null
     * @param firstApprovedBy the reviewer whose approval of an ENHANCED case waits for a second reviewer, or null
     * @param firstApprovedAt when that first approval was given
     * @param evidenceVersion counts the changes of what a decision rests on; a first approval holds for one version
     */
    public record ReviewView(VideoInterviewView videoInterview, SourceOfFundsView sourceOfFunds, String firstApprovedBy,
                             Instant firstApprovedAt, int evidenceVersion) {
    }

    /**
     * A reviewer's request for more (MORE_INFO) the case waits on: the step re-opened, the listed reason the customer is
     * shown, who asked and when (the reviewer's private note is not in the view).
     */
    public record MoreInfoView(org.ekyc.hub.verification.api.review.ReopenedStep step, String reasonCode, String requestedBy,
                               Instant requestedAt) {
    }

    /** A recorded video interview: who held it, when, for how many seconds, and what they concluded. */
    public record VideoInterviewView(String reviewer, Instant heldAt, long durationSeconds,
                                     org.ekyc.hub.verification.api.review.InterviewOutcome outcome) {
    }

    /** Recorded source-of-funds evidence: the source, and who recorded it when. */
    public record SourceOfFundsView(org.ekyc.hub.verification.api.review.FundsSource source, String recordedBy,
                                    Instant recordedAt) {
    }

    /** The last document check: layout read and outcome (ACCEPTED, RETAKE, REVIEW, REJECTED). */
    public record DocumentView(String type, String outcome) {
    }

    /**
     * Consent and face check as recorded on the case; never the template itself.
     *
     * @param consentAt       when consent to face processing was recorded, null if not yet
     * @param liveness        PASSED / REVIEW / FAILED, null before a face check
     * @param match           MATCH / REVIEW / NO_MATCH, null when liveness did not pass
     * @param similarity      cosine similarity of the match
     * @param templatePurgeAt when the kept template is deleted
     * @param matchThreshold  #19 the similarity at or above which the engine called it MATCH, as applied to this match;
     *                        null before a match (or for a check recorded before the hub kept it)
     * @param reviewThreshold #19 the similarity at or above which (below match) it went to a person; null likewise
     * @param livenessScore   #19 the passive anti-spoof's fused P(live) of the liveness check, in [0, 1]; null when not
     *                        measured (liveness failed before it) or not recorded
     */
    public record FaceView(Instant consentAt, String liveness, String match, Double similarity, Instant templatePurgeAt,
                           Double matchThreshold, Double reviewThreshold, Double livenessScore) {

        /** Consent and outcomes without the thresholds and the liveness score. */
        public FaceView(Instant consentAt, String liveness, String match, Double similarity, Instant templatePurgeAt) {
            this(consentAt, liveness, match, similarity, templatePurgeAt, null, null, null);
        }
    }

    /**
     * The resident registry (ID card authenticity) and tax authority (income) checks, each null
     * until asked. Never the numbers sent.
     *
     * @param residentCheck MATCH / NO_MATCH / REPORTED_LOST, or PENDING while the registry gave no answer
     * @param residentAt    when it was last asked
     * @param incomeCheck   FILED / NOT_FILED / REGISTERED / NOT_REGISTERED / CLOSED / UNKNOWN, or PENDING
     * @param incomeBand    declared income band (IncomeBand), null while pending
     * @param incomeTaxYear the tax year asked about
     * @param incomeAt      when it was last asked
     */
    public record RegistryChecksView(String residentCheck, Instant residentAt, String incomeCheck, String incomeBand,
                                     Integer incomeTaxYear, Instant incomeAt) {
    }

    /**
     * Phone verification (휴대폰 본인확인) as recorded on the case; never CI or DI themselves.
     *
     * @param check          OTP_SENT, VERIFIED, NO_SUBSCRIBER, IDENTITY_MISMATCH, OTP_MISMATCH, OTP_EXPIRED; null before
     * @param verifiedAt     when the carrier confirmed the phone
     * @param identityStored CI and DI are held (sealed) for the case
     */
    public record PhoneView(String check, Instant verifiedAt, boolean identityStored) {
    }
}

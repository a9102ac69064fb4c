package org.ekyc.hub.verification.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.risk.Decision;
import org.ekyc.hub.verification.api.risk.EnhancedTask;
import org.ekyc.hub.verification.api.risk.RiskTier;
import org.ekyc.hub.verification.api.risk.VerificationMethod;
import org.ekyc.hub.verification.person.ApplicantMatch;
import org.ekyc.hub.verification.risk.RiskAssessment;
import org.ekyc.hub.verification.risk.RiskFactors;
import org.ekyc.hub.verification.risk.RiskTierPolicy;

/**
 * The risk and decision rules of a {@link VerificationCase}: which non-face-to-face methods and enhanced
 * tasks its evidence proves, its risk tier after every check, the automatic approval of a clean STANDARD
 * case whose document is the applicant's, and a reviewer's decision (two different reviewers for an
 * ENHANCED approval). Nothing counts because a caller says so. Status changes go through the case's
 * state table ({@link CaseTransitions}).
 */
final class CaseDecisions {

    private CaseDecisions() {
    }

    /**
     * The non-face-to-face methods the case's evidence proves: the ID copy (document accepted and
     * confirmed by the issuing authority's registry), the biometric match (face matched to the
     * document's portrait with liveness passed), the video call (an interview a named reviewer recorded
     * as CONFIRMED). The other FSC methods have no evidence the hub can record, so they never count.
     */
    static Set<VerificationMethod> methods(VerificationCase c) {
        Set<VerificationMethod> done = EnumSet.noneOf(VerificationMethod.class);
        // the ID copy is verified when the document reads clean, is the applicant's, and the issuing
        // authority's registry confirms the holder (법무부 stay status for foreigners)
        if (documentConsistent(c) && c.immigration.verified()) {
            done.add(VerificationMethod.ID_COPY_VERIFIED);
        }
        if (CaseRecord.read(c.face, FacePart::new).passedAndMatched()) {
            done.add(VerificationMethod.BIOMETRIC_MATCH);
        }
        if (CaseRecord.read(c.review, ReviewEvidence::new).interviewConfirmed()) {
            done.add(VerificationMethod.VIDEO_CALL);
        }
        return done;
    }

    /** The enhanced-due-diligence tasks whose evidence a reviewer recorded. */
    static Set<EnhancedTask> completedTasks(VerificationCase c) {
        Set<EnhancedTask> done = EnumSet.noneOf(EnhancedTask.class);
        ReviewEvidence r = CaseRecord.read(c.review, ReviewEvidence::new);
        if (r.interviewConfirmed()) {
            done.add(EnhancedTask.VIDEO_INTERVIEW);
        }
        if (r.sourceOfFundsRecorded()) {
            done.add(EnhancedTask.SOURCE_OF_FUNDS);
        }
        return done;
    }

    /** The case's review evidence, attached to the case (so that it can be changed). */
    static ReviewEvidence review(VerificationCase c) {
        return c.review = CaseRecord.read(c.review, ReviewEvidence::new);
    }

    private static RiskAssessment assess(VerificationCase c, RiskTierPolicy policy) {
        ScreeningPart s = CaseRecord.read(c.screening, ScreeningPart::new);
        return policy.assess(new RiskFactors(c.product, c.applicant.nationality(), c.applicant.addressCountries(),
                s.sanctions(), s.pep(), c.reasons().anomalies(), methods(c)));
    }

    /** The document reads clean and nothing on it disagrees with the applicant ({@link ApplicantMatch#HARD}). */
    private static boolean documentConsistent(VerificationCase c) {
        return CaseRecord.read(c.document, DocumentPart::new).accepted() && !ApplicantMatch.anyHard(c.reasons().list());
    }

    /** Whether every automated check has a clean answer; whether the document is the applicant's is {@link #documentConsistent}. */
    private static boolean checksComplete(VerificationCase c) {
        return CaseRecord.read(c.document, DocumentPart::new).accepted()
                && CaseRecord.read(c.face, FacePart::new).passedAndMatched()
                && CaseRecord.read(c.screening, ScreeningPart::new).clear() && c.immigration.verified();
    }

    /**
     * Re-decides the risk tier after a check landed, and decides the case when the checks allow:
     * every check clean, the document the applicant's, STANDARD tier and the product's non-face-to-face
     * rule met → APPROVED by {@code auto}; every check clean but ENHANCED → REVIEW with
     * ENHANCED_DUE_DILIGENCE for a person (the tier and its reasons are visible from the start in the
     * decision view); every check clean but the document not the applicant's → REVIEW with its reasons.
     * A case already decided is not touched. A reassessment is a new evidence version: an approval still
     * waiting for its second reviewer no longer stands.
     */
    static void reassess(VerificationCase c, RiskTierPolicy policy, Instant now) {
        if (c.isDecided()) {
            return;
        }
        review(c).changed(c.reasons());
        RiskAssessment a = assess(c, policy);
        (c.decision = CaseRecord.read(c.decision, DecisionPart::new)).assessed(a);
        if (c.status == CaseStatus.OPENED && checksComplete(c)) {
            // a document that is not the applicant's goes to a person, whatever the tier; so does one sent as a
            // file (#18: the hub did not see it being photographed)
            boolean uploaded = CaseRecord.read(c.document, DocumentPart::new).uploaded();
            if (uploaded) {
                c.reasons().add(ReasonCode.DOCUMENT_UPLOADED_NOT_CAPTURED);
            }
            if (a.tier() == RiskTier.STANDARD && a.nonFaceToFace().satisfied() && documentConsistent(c) && !uploaded) {
                decided(c, CaseStatus.APPROVED, "auto", null, null, now);
            } else {
                // the reasons say why a person must look; the tier's own reasons are in the decision view
                if (a.tier() == RiskTier.ENHANCED) {
                    c.reasons().add(ReasonCode.ENHANCED_DUE_DILIGENCE);
                }
                c.moveTo(CaseStatus.REVIEW);
            }
        }
    }

    /**
     * A reviewer's decision on a case not yet decided; see {@link org.ekyc.hub.verification.api.CaseLifecycle#decide}.
     * An approval rests on the evidence recorded; on an ENHANCED case the first approval is recorded and
     * waits (reason SECOND_APPROVAL_PENDING) for a second, different reviewer's approval of the same
     * evidence version, who must be a senior reviewer ({@code senior}). A rejection by any reviewer decides
     * at once. Returns whether the case is decided.
     */
    static boolean decide(VerificationCase c, Decision d, boolean senior, RiskTierPolicy policy, Instant now) {
        DecisionPart part = c.decision = CaseRecord.read(c.decision, DecisionPart::new);
        part.check(d, c.status, CaseRecord.read(c.screening, ScreeningPart::new).screened());
        String by = ReviewEvidence.reviewer(d.reviewer());
        if (d.outcome() == CaseStatus.RETRY) {
            // MORE_INFO: the step the reason names is re-opened; the case leaves the queue and waits for the customer
            part.askForMore(d, by, now);
            c.reasons().add(ReasonCode.MORE_INFO_REQUESTED);
            c.moveTo(CaseStatus.RETRY);
            c.updatedAt = now;
            return false;
        }
        if (d.outcome() == CaseStatus.APPROVED) {
            // every screening match marked, none of them the applicant
            ScreenedMatch.requireApprovable(c.screeningMatches());
            RiskAssessment a = assess(c, policy);
            part.approve(a, completedTasks(c));
            if (a.tier() == RiskTier.ENHANCED) {
                ReviewEvidence r = review(c);
                String first = r.firstApprover();
                if (first == null) {
                    r.firstApproval(by, now, c.reasons());
                    c.updatedAt = now;
                    return false;
                }
                if (first.equalsIgnoreCase(by)) {
                    throw new InvalidRequestException(ReasonCode.SECOND_REVIEWER_REQUIRED, "reviewer");
                }
                if (!senior) {
                    throw new InvalidRequestException(ReasonCode.SENIOR_REVIEWER_REQUIRED, "reviewer");
                }
                r.secondApproval(c.reasons());
            }
        }
        decided(c, d.outcome(), by, d.note(), d.reasonCode(), now);
        return true;
    }

    /**
     * #18 The customer closed the case by their answer (consent to face processing refused): REJECTED, decided by
     * {@code by} (the authenticated customer) with {@code reason}; never an approval.
     */
    static void closedByCustomer(VerificationCase c, String by, ReasonCode reason, Instant now) {
        decided(c, CaseStatus.REJECTED, by, null, reason.name(), now);
    }

    private static void decided(VerificationCase c, CaseStatus outcome, String by, String note, String reason, Instant now) {
        c.moveTo(outcome);
        (c.decision = CaseRecord.read(c.decision, DecisionPart::new)).decided(by, note, reason, now);
        if (outcome == CaseStatus.APPROVED && c.product == Product.ACCOUNT && (c.account == null || !c.account.ordered())) {
            // the order is due at once; the account-opening route takes it on its next tick
            (c.account = CaseRecord.read(c.account, AccountOpening::new)).order(now);
        }
        if (c.face != null) {
            c.face.retentionFrom(now);
        }
        CaseRecord.read(c.document, DocumentPart::new).erasePortrait(); // a decided case has no face check to wait for
        c.updatedAt = now;
    }
}

package org.ekyc.hub.verification.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.risk.Decision;
import org.ekyc.hub.verification.api.risk.RiskTier;
import org.ekyc.hub.verification.api.risk.VerificationMethod;
import org.ekyc.hub.verification.person.ApplicantMatch;
import org.ekyc.hub.verification.risk.RiskAssessment;
import org.ekyc.hub.verification.risk.RiskFactors;
import org.ekyc.hub.verification.risk.RiskTierPolicy;

/**
 * The risk and decision rules of a {@link VerificationCase}: which non-face-to-face methods its checks
 * verified, its risk tier after every check, the automatic approval of a clean STANDARD case whose document
 * is the applicant's, and a reviewer's decision. Status changes go through the case's state table ({@link CaseTransitions}).
 */
final class CaseDecisions {

    private CaseDecisions() {
    }

    /** The non-face-to-face methods done: verified by the hub's checks, plus those a reviewer attested. */
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
        done.addAll(CaseRecord.read(c.decision, DecisionPart::new).attested());
        return done;
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
     * A case already decided is not touched.
     */
    static void reassess(VerificationCase c, RiskTierPolicy policy, Instant now) {
        if (c.isDecided()) {
            return;
        }
        RiskAssessment a = assess(c, policy);
        (c.decision = CaseRecord.read(c.decision, DecisionPart::new)).assessed(a);
        if (c.status == CaseStatus.OPENED && checksComplete(c)) {
            // a document that is not the applicant's goes to a person, whatever the tier
            if (a.tier() == RiskTier.STANDARD && a.nonFaceToFace().satisfied() && documentConsistent(c)) {
                decided(c, CaseStatus.APPROVED, "auto", null, now);
            } else {
                // the reasons say why a person must look; the tier's own reasons are in the decision view
                if (a.tier() == RiskTier.ENHANCED) {
                    c.reasons().add(ReasonCode.ENHANCED_DUE_DILIGENCE);
                }
                c.moveTo(CaseStatus.REVIEW);
            }
        }
    }

    /** A reviewer's decision on a case not yet decided; see {@link org.ekyc.hub.verification.api.CaseLifecycle#decide}. */
    static void decide(VerificationCase c, Decision d, RiskTierPolicy policy, Instant now) {
        DecisionPart part = c.decision = CaseRecord.read(c.decision, DecisionPart::new);
        part.check(d, c.status, CaseRecord.read(c.screening, ScreeningPart::new).screened());
        if (d.outcome() == CaseStatus.APPROVED) {
            part.approve(d, () -> assess(c, policy));
        }
        decided(c, d.outcome(), d.reviewer().trim(), d.note(), now);
    }

    private static void decided(VerificationCase c, CaseStatus outcome, String by, String note, Instant now) {
        c.moveTo(outcome);
        (c.decision = CaseRecord.read(c.decision, DecisionPart::new)).decided(by, note, now);
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

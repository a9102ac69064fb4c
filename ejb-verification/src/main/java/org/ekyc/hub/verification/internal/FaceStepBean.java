package org.ekyc.hub.verification.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.List;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Consent;
import org.ekyc.hub.verification.api.FaceCheck;
import org.ekyc.hub.verification.api.Roles;
import org.ekyc.hub.verification.api.face.FaceStep;
import org.ekyc.hub.verification.api.face.FaceTemplate;
import org.ekyc.hub.verification.face.internal.store.LivenessStoreBean;

/** Consent, liveness challenge binding, face checks and the purge of templates whose retention is over. */
@RolesAllowed({Roles.PARTNER, Roles.CUSTOMER})
@Stateless
public class FaceStepBean extends CaseFacadeBean implements FaceStep {

    @EJB
    private LivenessStoreBean livenessStore;

    @Override
    public CaseView recordConsent(String caseId, Consent consent) {
        VerificationCase c = store.find(caseId);
        c.recordConsent(consent, store.now());
        store.audit("CONSENT_RECORDED notice=" + consent.noticeVersion() + " lang=" + consent.language(), caseId, "channel");
        return c.toView();
    }

    @Override
    public CaseView recordConsentRefusal(String caseId, org.ekyc.hub.verification.api.ConsentRefusal refusal) {
        if (refusal == null) {
            throw new org.ekyc.hub.verification.api.InvalidRequestException(
                    org.ekyc.hub.verification.api.ReasonCode.FIELD_REQUIRED, "noticeVersion");
        }
        VerificationCase c = store.find(caseId);
        String by = store.caller().name();
        if (c.recordConsentRefusal(refusal, by, store.now())) {
            CaseLogContext.run(caseId, () -> LOG.info("consent to face processing refused: case closed"));
            store.audit("CONSENT_REFUSED notice=" + refusal.noticeVersion() + " lang=" + refusal.language(), caseId, "channel");
            store.audit("CASE_DECIDED outcome=REJECTED reason=CONSENT_REFUSED", caseId, "customer");
        }
        return c.toView();
    }

    @Override
    public void bindLivenessChallenge(String caseId, String nonce) {
        store.find(caseId).bindLivenessChallenge(nonce, store.now());
        store.audit("LIVENESS_CHALLENGE_ISSUED", caseId, "channel");
    }

    @Override
    public FaceTemplate checkFaceCheckAllowed(String caseId, String nonce) {
        return store.find(caseId).checkFaceCheckAllowed(nonce);
    }

    @Override
    public CaseView recordFaceCheck(String caseId, FaceCheck check) {
        VerificationCase c = store.find(caseId);
        c.applyFaceCheck(check, store.now());
        store.reassess(c);
        CaseLogContext.run(caseId, () -> LOG.infof("face check recorded liveness=%s match=%s", check.liveness(), check.match()));
        store.audit("FACE_CHECK_RECORDED", caseId, "channel");
        return c.toView();
    }

    @Override
    @RolesAllowed(Roles.HUB)
    public int purgeExpiredFaceTemplates() {
        Instant now = store.now();
        List<String> due = em.createNamedQuery(VerificationCase.FACE_TEMPLATE_EXPIRED, String.class)
                .setParameter("now", now).setMaxResults(500).getResultList();
        int purged = (int) store.readEach(due, "face-template-purge", c -> {
            boolean done = c.purgeFaceTemplate(now);
            if (done) {
                store.audit("FACE_TEMPLATE_PURGED", c.id(), "retention");
            }
            return done;
        }, id -> { }).stream().filter(Boolean::booleanValue).count();
        int frames = livenessStore.purgeFrames();
        if (frames > 0) {
            LOG.infof("forgot %d liveness frame hashes older than %s", frames, LivenessStoreBean.FRAME_RETENTION);
        }
        return purged;
    }
}

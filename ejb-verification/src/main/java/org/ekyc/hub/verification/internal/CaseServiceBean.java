package org.ekyc.hub.verification.internal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.ekyc.hub.verification.api.CaseApplicant;
import org.ekyc.hub.verification.api.CaseNotFoundException;
import org.ekyc.hub.verification.api.CaseService;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Consent;
import org.ekyc.hub.verification.api.FaceCheck;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.screening.ScreeningResult;
import org.ekyc.hub.verification.api.ImmigrationQuery;
import org.ekyc.hub.verification.api.RegistryCheckOutcome;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.StayStatus;
import org.ekyc.hub.verification.api.credit.CreditSummary;
import org.ekyc.hub.verification.api.credit.CreditSummaryRequest;
import org.ekyc.hub.verification.api.telecom.Carrier;
import org.ekyc.hub.verification.api.telecom.OtpChallenge;
import org.ekyc.hub.verification.api.telecom.PhoneIdentity;
import org.ekyc.hub.verification.api.telecom.PhoneIdentityRequest;
import org.ekyc.hub.verification.api.telecom.Sex;
import org.jboss.logging.Logger;

/** The engine's facade: opens cases, records check results, serves case views. */
@Stateless
public class CaseServiceBean implements CaseService {

    private static final Logger LOG = Logger.getLogger(CaseServiceBean.class);

    @PersistenceContext(unitName = "kyc")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();
    private final RetryPolicy retry = RetryPolicy.fromEnvironment();

    @Override
    public CaseView openCase(OpenCaseCommand command) {
        if (command.idempotencyKey() != null) {
            List<VerificationCase> earlier = em.createNamedQuery(VerificationCase.BY_IDEMPOTENCY_KEY, VerificationCase.class)
                    .setParameter("key", command.idempotencyKey()).getResultList();
            if (!earlier.isEmpty()) {
                VerificationCase c = earlier.get(0);
                LOG.infof("case %s returned again for a repeated request (same idempotency key)", c.id());
                AuditTrail.record("CASE_OPEN_REPEATED", c.id(), command.channel().name());
                return c.toView();
            }
        }
        VerificationCase c = VerificationCase.open(command, Instant.now(clock), retry);
        em.persist(c);
        CaseLogContext.run(c.id(), () -> LOG.infof("case opened channel=%s product=%s nationality=%s", command.channel(),
                command.product(), command.applicant().nationality()));
        AuditTrail.record("CASE_OPENED", c.id(), command.channel().name());
        return c.toView();
    }

    @Override
    public CaseView getCase(String caseId) {
        CaseView view = find(caseId).toView();
        AuditTrail.record("CASE_READ", caseId, "channel");
        return view;
    }

    @Override
    public CaseView recordStayStatus(String caseId, StayStatus stayStatus) {
        VerificationCase c = find(caseId);
        c.applyStayStatus(stayStatus, Instant.now(clock), retry);
        CaseLogContext.run(caseId, () -> LOG.infof("immigration check recorded outcome=%s", stayStatus.outcome()));
        AuditTrail.record("STAY_STATUS_RECORDED", caseId, "registry-lookup");
        return c.toView();
    }

    @Override
    public List<ImmigrationQuery> pendingImmigrationChecks(int max) {
        List<ImmigrationQuery> due = em.createNamedQuery(VerificationCase.IMMIGRATION_PENDING, VerificationCase.class)
                .setParameter("pending", RegistryCheckOutcome.PENDING)
                .setParameter("now", Instant.now(clock))
                .setMaxResults(max)
                .getResultStream().map(VerificationCase::immigrationQuery).toList();
        due.forEach(q -> AuditTrail.record("APPLICANT_READ_FOR_REGISTRY", q.caseId(), "registry-retry"));
        return due;
    }

    @Override
    public CaseView recordConsent(String caseId, Consent consent) {
        VerificationCase c = find(caseId);
        c.recordConsent(consent, Instant.now(clock));
        AuditTrail.record("CONSENT_RECORDED notice=" + consent.noticeVersion() + " lang=" + consent.language(), caseId, "channel");
        return c.toView();
    }

    @Override
    public void bindLivenessChallenge(String caseId, String nonce) {
        find(caseId).bindLivenessChallenge(nonce, Instant.now(clock));
        AuditTrail.record("LIVENESS_CHALLENGE_ISSUED", caseId, "channel");
    }

    @Override
    public void checkFaceCheckAllowed(String caseId, String nonce) {
        find(caseId).checkFaceCheckAllowed(nonce);
    }

    @Override
    public CaseView recordFaceCheck(String caseId, FaceCheck check) {
        VerificationCase c = find(caseId);
        c.applyFaceCheck(check, Instant.now(clock));
        CaseLogContext.run(caseId, () -> LOG.infof("face check recorded liveness=%s match=%s", check.liveness(), check.match()));
        AuditTrail.record("FACE_CHECK_RECORDED", caseId, "channel");
        return c.toView();
    }

    @Override
    public CaseView recordScreening(String caseId, ScreeningResult result) {
        VerificationCase c = find(caseId);
        c.applyScreening(result, Instant.now(clock));
        CaseLogContext.run(caseId, () -> LOG.infof("screening recorded outcome=%s list=%s",
                result == null ? "UNAVAILABLE" : result.outcome(), result == null ? "-" : result.listVersion()));
        AuditTrail.record("SCREENING_RECORDED", caseId, "screening");
        return c.toView();
    }

    @Override
    public CaseView recordDocumentReading(String caseId, DocumentReading reading) {
        VerificationCase c = find(caseId);
        c.applyDocumentReading(reading, Instant.now(clock));
        CaseLogContext.run(caseId, () -> LOG.infof("document check recorded type=%s findings=%d", reading.type(),
                reading.findings().size()));
        AuditTrail.record("DOCUMENT_CHECK_RECORDED", caseId, "channel");
        return c.toView();
    }

    @Override
    public List<CaseApplicant> applicants(int firstResult, int max) {
        List<CaseApplicant> page = em.createNamedQuery(VerificationCase.ALL_BY_CREATION, VerificationCase.class)
                .setFirstResult(firstResult).setMaxResults(max)
                .getResultStream().map(VerificationCase::caseApplicant).toList();
        page.forEach(a -> AuditTrail.record("APPLICANT_READ_FOR_RESCREENING", a.caseId(), "screening"));
        return page;
    }

    @Override
    public int purgeExpiredFaceTemplates() {
        Instant now = Instant.now(clock);
        List<VerificationCase> due = em.createNamedQuery(VerificationCase.FACE_TEMPLATE_EXPIRED, VerificationCase.class)
                .setParameter("now", now).setMaxResults(500).getResultList();
        int purged = 0;
        for (VerificationCase c : due) {
            if (c.purgeFaceTemplate(now)) {
                purged++;
                AuditTrail.record("FACE_TEMPLATE_PURGED", c.id(), "retention");
            }
        }
        return purged;
    }

    @Override
    public PhoneIdentityRequest phoneVerificationRequest(String caseId, Sex sex, Carrier carrier) {
        PhoneIdentityRequest request = find(caseId).phoneIdentityRequest(sex, carrier);
        AuditTrail.record("APPLICANT_READ_FOR_TELECOM_IDENTITY", caseId, "telecom-identity");
        return request;
    }

    @Override
    public CaseView recordOtpChallenge(String caseId, OtpChallenge challenge) {
        VerificationCase c = find(caseId);
        c.applyOtpChallenge(challenge, Instant.now(clock));
        CaseLogContext.run(caseId, () -> LOG.infof("phone identity request answered outcome=%s peerCode=%s",
                challenge.outcome(), challenge.peerCode()));
        AuditTrail.record("PHONE_OTP_REQUESTED outcome=" + challenge.outcome(), caseId, "telecom-identity");
        return c.toView();
    }

    @Override
    public String phoneVerificationTransaction(String caseId) {
        return find(caseId).phoneTransaction();
    }

    @Override
    public CaseView recordPhoneIdentity(String caseId, PhoneIdentity identity) {
        VerificationCase c = find(caseId);
        c.applyPhoneIdentity(identity, Instant.now(clock));
        CaseLogContext.run(caseId, () -> LOG.infof("phone OTP confirmation outcome=%s peerCode=%s",
                identity.outcome(), identity.peerCode()));
        AuditTrail.record("PHONE_IDENTITY_RECORDED outcome=" + identity.outcome()
                + (identity.ci() == null ? "" : " ci+di sealed"), caseId, "telecom-identity");
        return c.toView();
    }

    @Override
    public CreditSummaryRequest creditSummaryRequest(String caseId, boolean consent) {
        CreditSummaryRequest request = find(caseId).creditSummaryRequest(consent);
        AuditTrail.record("APPLICANT_READ_FOR_CREDIT_BUREAU consent=Y", caseId, "credit-bureau");
        return request;
    }

    @Override
    public CaseView recordCreditSummary(String caseId, CreditSummary summary) {
        VerificationCase c = find(caseId);
        c.applyCreditSummary(summary, Instant.now(clock));
        CaseLogContext.run(caseId, () -> LOG.infof("credit summary recorded outcome=%s",
                summary == null ? "UNAVAILABLE" : summary.outcome()));
        AuditTrail.record("CREDIT_SUMMARY_RECORDED", caseId, "credit-bureau");
        return c.toView();
    }

    @Override
    public CreditSummary creditSummary(String caseId) {
        CreditSummary summary = find(caseId).creditSummary();
        AuditTrail.record("CREDIT_SUMMARY_READ", caseId, "channel");
        return summary;
    }

    @Override
    public boolean storeReachable() {
        try {
            em.createNativeQuery("SELECT 1").getSingleResult();
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("case store not reachable: %s", e.getMessage());
            return false;
        }
    }

    private VerificationCase find(String caseId) {
        VerificationCase c = caseId == null ? null : em.find(VerificationCase.class, caseId);
        if (c == null) {
            throw new CaseNotFoundException(caseId);
        }
        return c;
    }
}

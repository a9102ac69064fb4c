package org.ekyc.hub.verification.internal;

import org.ekyc.hub.verification.face.internal.store.LivenessStoreBean;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningOrder;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningResult;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningState;
import org.ekyc.hub.verification.api.risk.Decision;
import org.ekyc.hub.verification.risk.RiskTierPolicy;
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
import org.ekyc.hub.verification.api.peer.immigration.ImmigrationQuery;
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.peer.immigration.StayStatus;
import org.ekyc.hub.verification.api.peer.credit.CreditSummary;
import org.ekyc.hub.verification.api.peer.credit.CreditSummaryRequest;
import org.ekyc.hub.verification.api.peer.telecom.Carrier;
import org.ekyc.hub.verification.api.peer.telecom.OtpChallenge;
import org.ekyc.hub.verification.api.peer.telecom.PhoneIdentity;
import org.ekyc.hub.verification.api.peer.telecom.PhoneIdentityRequest;
import org.ekyc.hub.verification.api.peer.telecom.Sex;
import org.jboss.logging.Logger;

/** The engine's facade: opens cases, records check results, serves case views. */
@Stateless
public class CaseServiceBean implements CaseService {

    private static final Logger LOG = Logger.getLogger(CaseServiceBean.class);

    @PersistenceContext(unitName = "kyc")
    private EntityManager em;

    /** How long a case whose sealed values cannot be opened is left out of the background jobs. */
    static final java.time.Duration UNREADABLE_SET_ASIDE = java.time.Duration.ofHours(1);

    @jakarta.ejb.EJB
    private PendingCaseReader reader;

    private final Clock clock = Clock.systemUTC();

    @jakarta.ejb.EJB
    private LivenessStoreBean livenessStore;
    private final RetryPolicy retry = RetryPolicy.fromEnvironment();
    /** Back-off of account-opening orders; its {@code first} is the lease of an order on its way. */
    private final RetryPolicy accountRetry = RetryPolicy.accountOpeningFromEnvironment();
    /** Back-off and lease of the pending peer checks the background retry asks again (issue #5). */
    private final RetryPolicy residentRetry = RetryPolicy.peerFromEnvironment("resident");
    private final RetryPolicy taxRetry = RetryPolicy.peerFromEnvironment("tax");
    private final RetryPolicy creditRetry = RetryPolicy.peerFromEnvironment("credit");
    /** Risk tier and FSC rule: bundled FATF table, default higher-risk products, two-plus-one methods. */
    private final RiskTierPolicy riskPolicy = RiskTierPolicy.defaults();

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
        c.reassess(riskPolicy, Instant.now(clock));
        em.persist(c);
        CaseLogContext.run(c.id(), () -> LOG.infof("case opened channel=%s product=%s nationality=%s", command.channel(),
                command.product(), command.applicant().nationality()));
        AuditTrail.record("CASE_OPENED", c.id(), command.channel().name());
        return c.toView();
    }

    /**
     * No transaction of its own: one read of plain columns (nothing sealed is decrypted) needs none,
     * and this serves every redelivered MQ request.
     */
    @Override
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
    public java.util.Optional<org.ekyc.hub.verification.api.CaseSummary> repeatedRequest(String idempotencyKey) {
        return firstSummary(em.createNamedQuery(VerificationCase.SUMMARY_BY_IDEMPOTENCY_KEY, Object[].class)
                .setParameter("key", idempotencyKey), "CASE_OPEN_REPEATED");
    }

    @Override
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
    public java.util.Optional<org.ekyc.hub.verification.api.CaseSummary> latestCaseOfCustomer(String customerReference) {
        return firstSummary(em.createNamedQuery(VerificationCase.SUMMARY_BY_CUSTOMER, Object[].class)
                .setParameter("ref", customerReference), "CASE_STATUS_READ");
    }

    /** The first row of a summary query as a summary, its read audited as {@code action}. */
    private static java.util.Optional<org.ekyc.hub.verification.api.CaseSummary> firstSummary(
            jakarta.persistence.TypedQuery<Object[]> query, String action) {
        return query.setMaxResults(1).getResultList().stream().findFirst().map(row -> {
            org.ekyc.hub.verification.api.CaseSummary summary = VerificationCase.summary(row);
            AuditTrail.record(action, summary.caseId(), "channel");
            return summary;
        });
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
        reassess(c);
        CaseLogContext.run(caseId, () -> LOG.infof("immigration check recorded outcome=%s", stayStatus.outcome()));
        AuditTrail.record("STAY_STATUS_RECORDED", caseId, "registry-lookup");
        return c.toView();
    }

    @Override
    public List<ImmigrationQuery> pendingImmigrationChecks(int max) {
        List<ImmigrationQuery> due = takeDue(VerificationCase.IMMIGRATION_PENDING, RegistryCheckOutcome.PENDING,
                "immigrationRetryAt", Instant.now(clock), max, VerificationCase::immigrationQuery);
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
        reassess(c);
        CaseLogContext.run(caseId, () -> LOG.infof("face check recorded liveness=%s match=%s", check.liveness(), check.match()));
        AuditTrail.record("FACE_CHECK_RECORDED", caseId, "channel");
        return c.toView();
    }

    @Override
    public CaseView recordScreening(String caseId, ScreeningResult result) {
        VerificationCase c = find(caseId);
        c.applyScreening(result, Instant.now(clock));
        reassess(c);
        CaseLogContext.run(caseId, () -> LOG.infof("screening recorded outcome=%s list=%s",
                result == null ? "UNAVAILABLE" : result.outcome(), result == null ? "-" : result.listVersion()));
        AuditTrail.record("SCREENING_RECORDED", caseId, "screening");
        return c.toView();
    }

    @Override
    public CaseView recordDocumentReading(String caseId, DocumentReading reading) {
        VerificationCase c = find(caseId);
        c.applyDocumentReading(reading, Instant.now(clock));
        reassess(c);
        CaseLogContext.run(caseId, () -> LOG.infof("document check recorded type=%s findings=%d", reading.type(),
                reading.findings().size()));
        AuditTrail.record("DOCUMENT_CHECK_RECORDED", caseId, "channel");
        return c.toView();
    }

    @Override
    public CaseView decide(String caseId, Decision decision) {
        if (decision == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "decision");
        }
        VerificationCase c = find(caseId);
        c.decide(decision, riskPolicy, Instant.now(clock));
        CaseLogContext.run(caseId, () -> LOG.infof("case decided outcome=%s", decision.outcome()));
        accountOrdered(c);
        // the reviewer's id is who, not what: it belongs in the audit line
        AuditTrail.record("CASE_DECIDED outcome=" + decision.outcome() + " methods=" + decision.attestedMethods()
                + " tasks=" + decision.completedTasks(), caseId, "reviewer:" + decision.reviewer());
        return c.toView();
    }

    /** Re-decides the risk tier after a check, and records an automatic approval when one happens. */
    @Override
    public CaseView recordResidentCheck(String caseId, org.ekyc.hub.verification.api.peer.resident.ResidentIdResult result) {
        VerificationCase c = find(caseId);
        c.requireResidentDocument();
        c.applyResidentCheck(result, Instant.now(clock));
        reassess(c);
        CaseLogContext.run(caseId, () -> LOG.infof("resident registry check recorded outcome=%s", result.outcome()));
        AuditTrail.record("RESIDENT_CHECK_RECORDED", caseId, "registry-lookup");
        return c.toView();
    }

    @Override
    public CaseView recordIncomeCheck(String caseId, org.ekyc.hub.verification.api.peer.tax.TaxStatus status) {
        VerificationCase c = find(caseId);
        c.applyIncomeCheck(status, Instant.now(clock));
        reassess(c);
        CaseLogContext.run(caseId, () -> LOG.infof("tax authority check recorded status=%s band=%s year=%d",
                status.status(), status.incomeBand(), status.taxYear()));
        AuditTrail.record("INCOME_CHECK_RECORDED", caseId, "registry-lookup");
        return c.toView();
    }

    @Override
    public CaseView recordResidentCheckPending(org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery query) {
        VerificationCase c = find(query.caseId());
        c.residentCheckPending(query, Instant.now(clock), residentRetry);
        pendingRecorded(c, "resident", "RESIDENT_REGISTRY");
        return c.toView();
    }

    @Override
    public CaseView recordIncomeCheckPending(org.ekyc.hub.verification.api.peer.tax.TaxQuery query) {
        VerificationCase c = find(query.caseId());
        c.incomeCheckPending(query, Instant.now(clock), taxRetry);
        pendingRecorded(c, "tax", "TAX_AUTHORITY");
        return c.toView();
    }

    private static void pendingRecorded(VerificationCase c, String peer, String auditPeer) {
        int attempts = c.pendingAttempts(peer);
        Instant due = c.pendingRetryAt(peer);
        CaseLogContext.run(c.id(), () -> LOG.infof("%s gave no answer: check PENDING, failed tries %d, asked again from %s",
                auditPeer, attempts, due));
        AuditTrail.record(auditPeer + "_CHECK_PENDING attempts=" + attempts + " query=sealed", c.id(), "registry-lookup");
    }

    @Override
    public List<org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery> pendingResidentChecks(int max) {
        Instant now = Instant.now(clock);
        return takeDue(VerificationCase.RESIDENT_PENDING, VerificationCase.PENDING, "residentRetryAt", now, max, c -> {
            var q = c.takePendingResidentCheck(now.plus(residentRetry.first()));
            AuditTrail.record("APPLICANT_READ_FOR_REGISTRY attempt=" + (c.pendingAttempts("resident") + 1), c.id(),
                    "resident-check-retry");
            return q;
        });
    }

    @Override
    public List<org.ekyc.hub.verification.api.peer.tax.TaxQuery> pendingIncomeChecks(int max) {
        Instant now = Instant.now(clock);
        return takeDue(VerificationCase.INCOME_PENDING, VerificationCase.PENDING, "incomeRetryAt", now, max, c -> {
            var q = c.takePendingIncomeCheck(now.plus(taxRetry.first()));
            AuditTrail.record("APPLICANT_READ_FOR_REGISTRY attempt=" + (c.pendingAttempts("tax") + 1), c.id(),
                    "income-check-retry");
            return q;
        });
    }

    @Override
    public List<org.ekyc.hub.verification.api.peer.credit.PendingCreditEnquiry> pendingCreditChecks(int max) {
        Instant now = Instant.now(clock);
        return takeDue(VerificationCase.CREDIT_PENDING, VerificationCase.PENDING, "creditRetryAt", now, max, c -> {
            var q = c.takePendingCreditCheck(now.plus(creditRetry.first()));
            AuditTrail.record("APPLICANT_READ_FOR_CREDIT_BUREAU consent=Y attempt=" + (c.pendingAttempts("credit") + 1),
                    c.id(), "credit-check-retry");
            return q;
        });
    }

    /**
     * The cases a background job should handle now (by the named id query: PENDING and due, most overdue
     * first, at most {@code max}), each read and taken in its own transaction ({@link PendingCaseReader}).
     * A case whose sealed values cannot be opened is logged, audited and set aside for
     * {@link #UNREADABLE_SET_ASIDE} instead of failing the batch: the other cases go on.
     */
    private <T> List<T> takeDue(String idQuery, Object pending, String retryField, Instant now, int max,
                                java.util.function.Function<VerificationCase, T> taking) {
        List<String> ids = em.createNamedQuery(idQuery, String.class)
                .setParameter("pending", pending)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
        Instant until = now.plus(UNREADABLE_SET_ASIDE);
        return readEach(ids, retryField, taking, id -> reader.setAside(retryField, id, until));
    }

    /**
     * Each case read (and changed) by {@code taking} in its own transaction; a case whose sealed values
     * cannot be opened is logged at ERROR, audited ({@code CASE_UNREADABLE}), handed to
     * {@code onUnreadable} and left out — a background job over many cases never stops on one of them.
     */
    private <T> List<T> readEach(List<String> ids, String job, java.util.function.Function<VerificationCase, T> taking,
                                 java.util.function.Consumer<String> onUnreadable) {
        List<T> taken = new java.util.ArrayList<>();
        for (String id : ids) {
            try {
                taken.add(reader.take(id, taking));
            } catch (jakarta.ejb.EJBException e) {
                if (!unreadable(e)) {
                    throw e;
                }
                CaseLogContext.run(id, () -> LOG.errorf("case %s cannot be read: its sealed values do not open with this"
                        + " key (KYC_PII_KEY_FILE) or were altered; job %s leaves it out, the other cases go on", id, job));
                AuditTrail.record("CASE_UNREADABLE job=" + job, id, "engine");
                onUnreadable.accept(id);
            }
        }
        return taken;
    }

    private static boolean unreadable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.ekyc.hub.verification.privacy.PiiCipher.PiiCryptoException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void checkResidentCheckAllowed(String caseId) {
        find(caseId).requireResidentDocument();
    }

    @Override
    public org.ekyc.hub.verification.api.peer.tax.TaxQuery taxQuery(String caseId, int taxYear, String registrationNumber,
                                                                    String name) {
        VerificationCase c = find(caseId);
        AuditTrail.record("APPLICANT_READ_FOR_REGISTRY", caseId, "tax-authority");
        return c.taxQuery(taxYear, registrationNumber, name);
    }

    private void reassess(VerificationCase c) {
        CaseStatus before = c.toView().status();
        c.reassess(riskPolicy, Instant.now(clock));
        if (before != CaseStatus.APPROVED && c.toView().status() == CaseStatus.APPROVED) {
            CaseLogContext.run(c.id(), () -> LOG.info("case approved automatically: all checks clean, STANDARD tier, FSC rule met"));
            AuditTrail.record("CASE_DECIDED outcome=APPROVED auto", c.id(), "engine");
            accountOrdered(c);
        }
    }

    private static void accountOrdered(VerificationCase c) {
        CaseView.AccountView account = c.toView().account();
        if (account != null && account.state() == AccountOpeningState.PENDING && account.failedAttempts() == 0) {
            CaseLogContext.run(c.id(), () -> LOG.info("account opening ordered at core banking"));
            AuditTrail.record("ACCOUNT_OPENING_ORDERED", c.id(), "engine");
        }
    }

    @Override
    public List<AccountOpeningOrder> pendingAccountOpenings(int max) {
        Instant now = Instant.now(clock);
        List<AccountOpeningOrder> due = takeDue(VerificationCase.ACCOUNT_OPENING_PENDING, AccountOpeningState.PENDING,
                "accountRetryAt", now, max, c -> c.takeAccountOpeningOrder(now.plus(accountRetry.first())));
        due.forEach(o -> AuditTrail.record("APPLICANT_READ_FOR_ACCOUNT_OPENING attempt=" + o.attempt(), o.caseId(),
                "account-opening"));
        return due;
    }

    @Override
    public CaseView recordAccountOpening(String caseId, AccountOpeningResult result) {
        if (result == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "result");
        }
        VerificationCase c = find(caseId);
        boolean changed = c.applyAccountOpening(result, Instant.now(clock), accountRetry);
        CaseView view = c.toView();
        if (!changed) {
            // a late or repeated answer: the first one stands (an account is opened once per case)
            boolean same = result.outcome() == AccountOpeningResult.Outcome.OPENED && c.hasAccount(result.accountNumber());
            CaseLogContext.run(caseId, () -> LOG.infof("account-opening answer %s ignored: account opening already %s%s",
                    result.outcome(), view.account() == null ? "not ordered" : view.account().state(),
                    same ? " (same account)" : ""));
            if (result.outcome() == AccountOpeningResult.Outcome.OPENED && !same && view.account() != null
                    && view.account().state() == AccountOpeningState.OPENED) {
                LOG.errorf("core banking reported a different account for case %s than the one recorded: check for a duplicate", caseId);
            }
            AuditTrail.record("ACCOUNT_OPENING_ANSWER_IGNORED outcome=" + result.outcome(), caseId, "account-opening");
            return view;
        }
        CaseLogContext.run(caseId, () -> LOG.infof("account opening recorded outcome=%s rc=%s state=%s attempts=%d%s",
                result.outcome(), result.returnCode(), view.account().state(), view.account().failedAttempts(),
                result.detail() == null ? "" : " (" + result.detail() + ")"));
        AuditTrail.record("ACCOUNT_OPENING_RECORDED outcome=" + result.outcome()
                + (result.returnCode() == null ? "" : " rc=" + result.returnCode()), caseId, "account-opening");
        return view;
    }

    @Override
    public List<CaseApplicant> applicants(int firstResult, int max) {
        List<String> ids = em.createNamedQuery(VerificationCase.ALL_BY_CREATION, String.class)
                .setFirstResult(firstResult).setMaxResults(max).getResultList();
        List<CaseApplicant> page = readEach(ids, "rescreening", VerificationCase::caseApplicant, id -> { });
        page.forEach(a -> AuditTrail.record("APPLICANT_READ_FOR_RESCREENING", a.caseId(), "screening"));
        return page;
    }

    @Override
    public int purgeExpiredFaceTemplates() {
        Instant now = Instant.now(clock);
        List<String> due = em.createNamedQuery(VerificationCase.FACE_TEMPLATE_EXPIRED, String.class)
                .setParameter("now", now).setMaxResults(500).getResultList();
        int purged = (int) readEach(due, "face-template-purge", c -> {
            boolean done = c.purgeFaceTemplate(now);
            if (done) {
                AuditTrail.record("FACE_TEMPLATE_PURGED", c.id(), "retention");
            }
            return done;
        }, id -> { }).stream().filter(Boolean::booleanValue).count();
        int frames = livenessStore.purgeFrames();
        if (frames > 0) {
            LOG.infof("forgot %d liveness frame hashes older than %s", frames, LivenessStoreBean.FRAME_RETENTION);
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
        c.applyCreditSummary(summary, Instant.now(clock), creditRetry);
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

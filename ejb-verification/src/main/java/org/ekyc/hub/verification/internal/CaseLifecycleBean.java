package org.ekyc.hub.verification.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Optional;
import org.ekyc.hub.verification.api.CaseLifecycle;
import org.ekyc.hub.verification.api.CaseSummary;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.Roles;
import org.ekyc.hub.verification.api.risk.Decision;

/** Opens cases, finds them again, serves case views and takes reviewers' decisions. */
@Stateless
public class CaseLifecycleBean extends CaseFacadeBean implements CaseLifecycle {

    @Override
    @RolesAllowed({Roles.PARTNER, Roles.HUB})
    public CaseView openCase(OpenCaseCommand request) {
        Caller caller = store.caller();
        OpenCaseCommand command = owned(request, caller);
        Optional<VerificationCase> earlier = RepeatedRequests.earlierCase(em, command);
        if (earlier.isPresent()) {
            VerificationCase c = earlier.get();
            LOG.infof("case %s returned again for a repeated request (same idempotency key and request)", c.id());
            store.audit("CASE_OPEN_REPEATED", c.id(), command.channel().name());
            return c.toView();
        }
        Instant now = store.now();
        VerificationCase c = VerificationCase.open(command, caller.name(), now, store.policy(PendingPeer.IMMIGRATION));
        c.reassess(store.riskPolicy(), store.now());
        em.persist(c);
        CaseLogContext.run(c.id(), () -> LOG.infof("case opened channel=%s product=%s nationality=%s", command.channel(),
                command.product(), command.applicant().nationality()));
        store.audit("CASE_OPENED", c.id(), command.channel().name());
        return c.toView();
    }

    /**
     * No transaction of its own: one read of plain columns (nothing sealed is decrypted) needs none,
     * and this serves every redelivered MQ request. Its audit is therefore the log line only.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.PARTNER, Roles.HUB})
    public Optional<CaseSummary> repeatedRequest(OpenCaseCommand command) {
        return audited(RepeatedRequests.earlierSummary(em, owned(command, store.caller())), "CASE_OPEN_REPEATED");
    }

    /** The command with its idempotency key scoped to a partner caller (the hub's own channels scope theirs). */
    private static OpenCaseCommand owned(OpenCaseCommand command, Caller caller) {
        return caller.inRole(Roles.HUB) ? command : RequestFingerprint.ownedBy(command, caller.name());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed(Roles.HUB)
    public Optional<CaseSummary> latestCaseOfCustomer(String customerReference) {
        return firstSummary(em.createNamedQuery(VerificationCase.SUMMARY_BY_CUSTOMER, Object[].class)
                .setParameter("ref", customerReference), "CASE_STATUS_READ");
    }

    /** The first row of a summary query as a summary, its read audited as {@code action}. */
    private static Optional<CaseSummary> firstSummary(TypedQuery<Object[]> query, String action) {
        return audited(query.setMaxResults(1).getResultList().stream().findFirst().map(VerificationCase::summary), action);
    }

    /** A summary read without a transaction, audited as {@code action} in the log only (no row to commit with). */
    private static Optional<CaseSummary> audited(Optional<CaseSummary> summary, String action) {
        summary.ifPresent(s -> AuditTrail.record(action, s.caseId(), "channel"));
        return summary;
    }

    @Override
    @RolesAllowed({Roles.PARTNER, Roles.CUSTOMER, Roles.REVIEWER, Roles.SENIOR_REVIEWER, Roles.AUDITOR, Roles.HUB})
    public CaseView getCase(String caseId) {
        CaseView view = store.find(caseId).toView();
        store.audit("CASE_READ", caseId, "channel");
        return view;
    }

    @Override
    @RolesAllowed({Roles.REVIEWER, Roles.SENIOR_REVIEWER})
    public CaseView decide(String caseId, Decision decision) {
        if (decision == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "decision");
        }
        Caller caller = store.caller();
        Decision asCaller = new Decision(decision.outcome(), caller.asReviewer(decision.reviewer()), decision.note(),
                decision.reasonCode());
        VerificationCase c = store.find(caseId);
        c.refuseIfClaimedByAnother(asCaller.reviewer());
        boolean decided = c.decide(asCaller, caller.inRole(Roles.SENIOR_REVIEWER), store.riskPolicy(), store.now());
        String reviewer = "reviewer:" + asCaller.reviewer();
        // #19: the caller's claim ends with their decision (a first approval leaves the case to a second reviewer)
        c.release(asCaller.reviewer(), true, store.now());
        if (asCaller.outcome() == org.ekyc.hub.verification.api.CaseStatus.RETRY) {
            // MORE_INFO: what the customer is shown is the reason; the note stays on the case, sealed
            var waiting = c.toView().decision().moreInfo();
            CaseLogContext.run(caseId, () -> LOG.infof("customer asked for more: step=%s", waiting.step()));
            store.audit("CASE_MORE_INFO_REQUESTED step=" + waiting.step() + " reason=" + waiting.reasonCode(), caseId, reviewer);
            return c.toView();
        }
        if (!decided) {
            CaseLogContext.run(caseId, () -> LOG.info("first approval recorded; waiting for a second reviewer"));
            store.audit("CASE_FIRST_APPROVAL", caseId, reviewer);
            return c.toView();
        }
        CaseLogContext.run(caseId, () -> LOG.infof("case decided outcome=%s", decision.outcome()));
        store.accountOrdered(c);
        // the reviewer's id is who, not what: it belongs in the audit line's actor
        store.audit("CASE_DECIDED outcome=" + decision.outcome()
                + (decision.reasonCode() == null ? "" : " reason=" + decision.reasonCode()), caseId, reviewer);
        return c.toView();
    }

    @Override
    @PermitAll
    public boolean storeReachable() {
        try {
            em.createNativeQuery("SELECT 1").getSingleResult();
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("case store not reachable: %s", e.getMessage());
            return false;
        }
    }
}

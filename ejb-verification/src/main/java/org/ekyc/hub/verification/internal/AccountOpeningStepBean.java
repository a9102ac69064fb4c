package org.ekyc.hub.verification.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.List;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.Roles;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningOrder;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningResult;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningState;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningStep;

/** Hands out the due account-opening orders and records core banking's answers. */
@RolesAllowed(Roles.HUB)
@Stateless
public class AccountOpeningStepBean extends CaseFacadeBean implements AccountOpeningStep {

    @Override
    public List<AccountOpeningOrder> pendingAccountOpenings(int max) {
        Instant now = store.now();
        Instant leaseEnd = now.plus(store.policy(PendingPeer.ACCOUNT_OPENING).first());
        List<AccountOpeningOrder> due = store.takeDue(PendingPeer.ACCOUNT_OPENING, now, max,
                c -> (AccountOpeningOrder) c.takePending(PendingPeer.ACCOUNT_OPENING, leaseEnd));
        due.forEach(o -> store.audit("APPLICANT_READ_FOR_ACCOUNT_OPENING attempt=" + o.attempt(), o.caseId(),
                "account-opening"));
        return due;
    }

    @Override
    public CaseView recordAccountOpening(String caseId, AccountOpeningResult result) {
        if (result == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "result");
        }
        VerificationCase c = store.find(caseId);
        boolean changed = c.applyAccountOpening(result, store.now(), store.policy(PendingPeer.ACCOUNT_OPENING));
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
            store.audit("ACCOUNT_OPENING_ANSWER_IGNORED outcome=" + result.outcome(), caseId, "account-opening");
            return view;
        }
        CaseLogContext.run(caseId, () -> LOG.infof("account opening recorded outcome=%s rc=%s state=%s attempts=%d%s",
                result.outcome(), result.returnCode(), view.account().state(), view.account().failedAttempts(),
                result.detail() == null ? "" : " (" + result.detail() + ")"));
        store.audit("ACCOUNT_OPENING_RECORDED outcome=" + result.outcome()
                + (result.returnCode() == null ? "" : " rc=" + result.returnCode()), caseId, "account-opening");
        return view;
    }
}

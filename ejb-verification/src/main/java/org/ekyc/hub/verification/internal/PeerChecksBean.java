package org.ekyc.hub.verification.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.List;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Roles;
import org.ekyc.hub.verification.api.peer.PeerAnswer;
import org.ekyc.hub.verification.api.peer.PeerChecks;
import org.ekyc.hub.verification.api.peer.Peer;
import org.ekyc.hub.verification.api.peer.PeerQuery;
import org.ekyc.hub.verification.api.peer.PeerQuestion;
import org.ekyc.hub.verification.api.peer.credit.CreditSummary;
import org.ekyc.hub.verification.api.peer.credit.CreditSummaryRequest;
import org.ekyc.hub.verification.api.peer.immigration.StayStatus;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdResult;
import org.ekyc.hub.verification.api.peer.tax.TaxStatus;
import org.ekyc.hub.verification.api.peer.telecom.OtpChallenge;
import org.ekyc.hub.verification.api.peer.telecom.PhoneIdentity;
import org.ekyc.hub.verification.api.peer.telecom.PhoneIdentityRequest;

/** Builds what to ask each peer for a case, records its answers or their absence, and hands out due retries. */
@RolesAllowed({Roles.PARTNER, Roles.CUSTOMER, Roles.HUB})
@Stateless
public class PeerChecksBean extends CaseFacadeBean implements PeerChecks {

    @Override
    @SuppressWarnings("unchecked")
    public <Q> Q ask(PeerQuestion<Q> question) {
        return (Q) query(question);
    }

    private Object query(PeerQuestion<?> question) {
        String caseId = question.caseId();
        // nothing is asked for a decided case: no peer is called for it
        VerificationCase c = store.find(caseId);
        c.refuseIfDecided(DecidedCase.op(question));
        if (question instanceof PeerQuestion.ResidentCard card) {
            c.requireResidentDocument();
            return c.residentQuery(card.query());
        }
        if (question instanceof PeerQuestion.IncomeStatus q) {
            store.audit("APPLICANT_READ_FOR_REGISTRY", caseId, "tax-authority");
            return c.taxQuery(q.taxYear(), q.registrationNumber(), q.name());
        }
        if (question instanceof PeerQuestion.PhoneOwner q) {
            PhoneIdentityRequest request = c.phoneIdentityRequest(q.sex(), q.carrier());
            store.audit("APPLICANT_READ_FOR_TELECOM_IDENTITY", caseId, "telecom-identity");
            return request;
        }
        if (question instanceof PeerQuestion.OtpTransaction) {
            return c.phoneTransaction();
        }
        CreditSummaryRequest request = c.creditSummaryRequest(((PeerQuestion.CreditEnquiry) question).consent());
        store.audit("APPLICANT_READ_FOR_CREDIT_BUREAU consent=Y", caseId, "credit-bureau");
        return request;
    }

    @Override
    public CaseView record(String caseId, PeerAnswer answer) {
        if (answer == null) {
            throw new IllegalArgumentException("an answer is required; record no answer with recordNoAnswer");
        }
        VerificationCase c = store.find(caseId);
        c.refuseIfDecided(DecidedCase.op(answer));
        if (answer instanceof ResidentIdResult) {
            c.requireResidentDocument();
        }
        c.record(answer, store.now(), store.policy(PendingPeer.IMMIGRATION));
        if (answer instanceof StayStatus || answer instanceof ResidentIdResult || answer instanceof TaxStatus) {
            store.reassess(c);
        }
        CaseLogContext.run(caseId, () -> LOG.info(recordedLine(answer)));
        store.audit(recordedAudit(answer), caseId, recordedActor(answer));
        if (answer instanceof StayStatus) {
            // no answer again (an outage, refused credentials): the tries may be used up
            giveUpIfExhausted(c, PendingPeer.IMMIGRATION);
        }
        return c.toView();
    }

    private static String recordedLine(PeerAnswer answer) {
        if (answer instanceof StayStatus stay) {
            return "immigration check recorded outcome=" + stay.outcome();
        } else if (answer instanceof ResidentIdResult card) {
            return "resident registry check recorded outcome=" + card.outcome();
        } else if (answer instanceof TaxStatus tax) {
            return String.format("tax authority check recorded status=%s band=%s year=%d", tax.status(), tax.incomeBand(),
                    tax.taxYear());
        } else if (answer instanceof CreditSummary summary) {
            return "credit summary recorded outcome=" + summary.outcome();
        } else if (answer instanceof OtpChallenge challenge) {
            return "phone identity request answered outcome=" + challenge.outcome() + " peerCode=" + challenge.peerCode();
        }
        PhoneIdentity identity = (PhoneIdentity) answer;
        return "phone OTP confirmation outcome=" + identity.outcome() + " peerCode=" + identity.peerCode();
    }

    private static String recordedAudit(PeerAnswer answer) {
        if (answer instanceof StayStatus) {
            return "STAY_STATUS_RECORDED";
        } else if (answer instanceof ResidentIdResult) {
            return "RESIDENT_CHECK_RECORDED";
        } else if (answer instanceof TaxStatus) {
            return "INCOME_CHECK_RECORDED";
        } else if (answer instanceof CreditSummary) {
            return "CREDIT_SUMMARY_RECORDED";
        } else if (answer instanceof OtpChallenge challenge) {
            return "PHONE_OTP_REQUESTED outcome=" + challenge.outcome();
        }
        PhoneIdentity identity = (PhoneIdentity) answer;
        return "PHONE_IDENTITY_RECORDED outcome=" + identity.outcome() + (identity.ci() == null ? "" : " ci+di sealed");
    }

    private static String recordedActor(PeerAnswer answer) {
        return switch (answer.peer()) {
            case CREDIT_BUREAU -> "credit-bureau";
            case TELECOM_IDENTITY -> "telecom-identity";
            default -> "registry-lookup";
        };
    }

    @Override
    public CaseView recordNoAnswer(PeerQuery query) {
        PendingPeer peer = PendingPeer.taking(query.getClass());
        VerificationCase c = store.find(query.caseId());
        c.noAnswer(query, store.now(), store.policy(peer));
        if (peer == PendingPeer.CREDIT) {
            CaseLogContext.run(c.id(), () -> LOG.info("credit summary recorded outcome=UNAVAILABLE"));
            store.audit("CREDIT_SUMMARY_RECORDED", c.id(), "credit-bureau");
            return c.toView();
        }
        String auditPeer = peer.peer.name();
        int attempts = c.check(peer).attempts();
        Instant due = c.check(peer).retryAt();
        CaseLogContext.run(c.id(), () -> LOG.infof("%s gave no answer: check PENDING, failed tries %d, asked again from %s",
                auditPeer, attempts, due));
        store.audit(auditPeer + "_CHECK_PENDING attempts=" + attempts + " query=sealed", c.id(), "registry-lookup");
        giveUpIfExhausted(c, peer);
        return c.toView();
    }

    /** A check whose tries are used up leaves the retry rotation and goes to a person, audited. */
    private void giveUpIfExhausted(VerificationCase c, PendingPeer peer) {
        if (c.giveUpIfExhausted(peer, store.policy(peer), store.now())) {
            int attempts = c.check(peer).attempts();
            CaseLogContext.run(c.id(), () -> LOG.warnf("%s gave no usable answer in %d tries: the check leaves the retry"
                    + " rotation, the case goes to REVIEW (PEER_CHECK_GAVE_UP)", peer.peer, attempts));
            store.audit("PEER_CHECK_GAVE_UP peer=" + peer.peer + " attempts=" + attempts, c.id(), "engine");
        }
    }

    @Override
    public CaseView recordRequestInvalid(PeerQuery query, String why) {
        Peer peer = query.peer();
        VerificationCase c = store.find(query.caseId());
        c.requestInvalid(query, store.now());
        CaseLogContext.run(c.id(), () -> LOG.warnf("%s request could not be built from the case's values (%s): the case"
                + " goes to REVIEW (PEER_REQUEST_INVALID), nothing counts against the peer", peer, why));
        store.audit("PEER_REQUEST_INVALID peer=" + peer, c.id(), "engine");
        return c.toView();
    }

    @Override
    @RolesAllowed(Roles.HUB)
    public <Q extends PeerQuery> List<Q> takeDue(Class<Q> queryType, int max) {
        PendingPeer peer = PendingPeer.taking(queryType);
        Instant now = store.now();
        if (peer == PendingPeer.IMMIGRATION) {
            List<Q> due = store.takeDue(peer, now, max, c -> c.isDecided() ? null : queryType.cast(c.immigrationQuery()));
            due.forEach(q -> store.audit("APPLICANT_READ_FOR_REGISTRY", q.caseId(), "registry-retry"));
            return due;
        }
        Instant leaseEnd = now.plus(store.policy(peer).first());
        return store.takeDue(peer, now, max, c -> {
            if (c.isDecided() && peer != PendingPeer.ACCOUNT_OPENING) {
                // decided meanwhile: its pending check is no longer asked (the due queries leave it out)
                return null;
            }
            Q q = queryType.cast(c.takePending(peer, leaseEnd));
            int attempt = c.check(peer).attempts() + 1;
            switch (peer) {
                case RESIDENT -> store.audit("APPLICANT_READ_FOR_REGISTRY attempt=" + attempt, c.id(),
                        "resident-check-retry");
                case TAX -> store.audit("APPLICANT_READ_FOR_REGISTRY attempt=" + attempt, c.id(),
                        "income-check-retry");
                default -> store.audit("APPLICANT_READ_FOR_CREDIT_BUREAU consent=Y attempt=" + attempt, c.id(),
                        "credit-check-retry");
            }
            return q;
        });
    }

    @Override
    @RolesAllowed({Roles.PARTNER, Roles.REVIEWER, Roles.SENIOR_REVIEWER, Roles.AUDITOR, Roles.HUB})
    public CreditSummary creditSummary(String caseId) {
        CreditSummary summary = store.find(caseId).creditSummary();
        store.audit("CREDIT_SUMMARY_READ", caseId, "channel");
        return summary;
    }
}

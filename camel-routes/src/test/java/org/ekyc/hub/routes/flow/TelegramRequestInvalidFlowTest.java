package org.ekyc.hub.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.peer.PeerChecks;
import org.ekyc.hub.verification.api.peer.PeerException;
import org.ekyc.hub.verification.api.peer.PeerQuery;
import org.ekyc.hub.verification.api.peer.credit.CreditBureauPort;
import org.ekyc.hub.verification.api.peer.credit.CreditSummaryRequest;
import org.ekyc.hub.verification.api.peer.credit.PendingCreditEnquiry;
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.ekyc.hub.verification.api.peer.telecom.Carrier;
import org.ekyc.hub.verification.api.peer.telecom.PhoneIdentityRequest;
import org.ekyc.hub.verification.api.peer.telecom.PhoneOwnerQuery;
import org.ekyc.hub.verification.api.peer.telecom.Sex;
import org.ekyc.hub.verification.api.peer.telecom.TelecomIdentityPort;
import org.junit.jupiter.api.Test;

/**
 * A telegram request the hub cannot build (the port's REQUEST_UNBUILDABLE, found before the peer's circuit) is
 * recorded as the case's error — REVIEW with PEER_REQUEST_INVALID — never as a peer without an answer.
 */
class TelegramRequestInvalidFlowTest {

    private static final String CASE = "0d6b1f5e-8c53-4d1e-9a0e-3f1f2b9c7a11";
    private final List<String> calls = new ArrayList<>();

    private static final PeerException UNBUILDABLE = new PeerException("credit-bureau",
            PeerException.Kind.REQUEST_UNBUILDABLE, ReasonCode.PEER_REQUEST_INVALID, "field REQ-NAME cannot carry the case's value",
            null);

    private static CaseView review() {
        return new CaseView(CASE, CaseStatus.REVIEW, Product.LOAN, Channel.REST, null, null, RegistryCheckOutcome.VERIFIED,
                null, null, List.of(ReasonCode.PEER_REQUEST_INVALID), Instant.now(), Instant.now(), null, null, null);
    }

    /** The engine, standing in: answers the questions, notes what is recorded. */
    private PeerChecks checks() {
        return (PeerChecks) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PeerChecks.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "ask" -> args[0] instanceof org.ekyc.hub.verification.api.peer.PeerQuestion.CreditEnquiry
                            ? new CreditSummaryRequest("ØØØØØØØØØØ ŁŁŁŁŁŁŁŁŁŁ", "9403175123456", true)
                            : new PhoneIdentityRequest("NGU\u0000YEN", LocalDate.of(1994, 3, 17), Sex.M, true, "01012345678",
                                    Carrier.SKT);
                    case "recordRequestInvalid" -> {
                        calls.add("recordRequestInvalid " + ((PeerQuery) args[0]).getClass().getSimpleName() + " " + args[1]);
                        yield review();
                    }
                    default -> {
                        calls.add(method.getName());
                        yield review();
                    }
                });
    }

    @Test
    void anEnquiryTheBureauCannotBeSentGoesToReviewAndNothingIsPending() throws Exception {
        CreditBureauPort bureau = request -> {
            throw UNBUILDABLE;
        };
        CreditSummaryFlow flow = new CreditSummaryFlow(null, checks(), bureau);
        CreditSummaryFlow.Result result = flow.enquire(CASE, true);
        assertThat(result.summary()).isNull();
        assertThat(result.caseView().status()).isEqualTo(CaseStatus.REVIEW);
        // the background retry of a pending enquiry found unbuildable: out of the rotation, not one more try
        flow.resume(new PendingCreditEnquiry(CASE, new CreditSummaryRequest("KIM", "9403175123456", true)));
        assertThat(calls).containsExactly(
                "recordRequestInvalid PendingCreditEnquiry " + UNBUILDABLE.getMessage(),
                "recordRequestInvalid PendingCreditEnquiry " + UNBUILDABLE.getMessage());
    }

    @Test
    void anOtpRequestTheCarrierCannotBeSentGoesToReview() throws Exception {
        TelecomIdentityPort carrier = new TelecomIdentityPort() {
            @Override
            public org.ekyc.hub.verification.api.peer.telecom.OtpChallenge requestOtp(PhoneIdentityRequest request)
                    throws PeerException {
                throw UNBUILDABLE;
            }

            @Override
            public org.ekyc.hub.verification.api.peer.telecom.PhoneIdentity confirmOtp(String transactionId, String otp) {
                throw new AssertionError("not asked");
            }
        };
        CaseView view = new PhoneVerificationFlow(checks(), carrier).start(CASE, Sex.M, Carrier.SKT);
        assertThat(view.reasons()).contains(ReasonCode.PEER_REQUEST_INVALID);
        assertThat(calls).containsExactly("recordRequestInvalid PhoneOwnerQuery " + UNBUILDABLE.getMessage());
    }
}

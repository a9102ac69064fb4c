package org.ekyc.hub.routes.flow;

import org.ekyc.hub.routes.peer.PeerCircuit;
import org.ekyc.hub.routes.peer.RetryGate;
import org.ekyc.hub.routes.peer.RetryRound;
import java.time.Clock;
import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.ekyc.hub.routes.peer.resident.ResidentRegistryRoutes;
import org.ekyc.hub.routes.peer.tax.TaxAuthorityRoutes;
import org.ekyc.hub.routes.peer.TelegramRoutes;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery;
import org.ekyc.hub.verification.api.peer.tax.TaxQuery;
import org.ekyc.hub.verification.api.peer.PeerException;
import org.ekyc.hub.verification.api.peer.credit.PendingCreditEnquiry;
import org.ekyc.hub.verification.api.peer.PeerException;

/**
 * Checks left PENDING because their peer gave no answer resume by themselves, as the
 * immigration check does ({@code immigration-retry}), with the same loop ({@link RetryRound}): one
 * timer route per peer —
 * {@code resident-check-retry}, {@code income-check-retry}, {@code credit-check-retry} — takes the
 * checks that are due from the engine ({@code PeerChecks.takeDue}: per-case back-off, a lease so
 * two hub nodes never ask for the same case, a check already answered is never taken), at most
 * {@code kyc.<peer>.retry-batch} per round, and asks the peer again through the same route and circuit
 * breaker as the caller's request. The answer is recorded with the same engine call as the caller's
 * ({@code PeerChecks.record}), so the case is
 * reassessed exactly as if the caller had asked; no answer is one more failed try (back-off grows).
 * While a peer's circuit is open nothing is taken; half-open, one case probes; a peer refusing the hub's
 * credentials is probed once per {@code kyc.<peer>.refused-probe-seconds} ({@link RetryGate}). The
 * resident and tax resume routes are one shape ({@code resumeSoapCheck}); the credit one runs the
 * {@link CreditSummaryFlow}.
 * Phone verification has no such route: it is an interactive OTP exchange the applicant repeats.
 */
public class PendingCheckRetryRoutes extends RouteBuilder {

    @Override
    public void configure() {
        RetryGate resident = gate("resident", "resident registry");
        RetryGate tax = gate("tax", "tax authority");
        RetryGate credit = new RetryGate("credit bureau", Duration.ZERO, Clock.systemUTC());

        RetryRound.gated("resident", "resident-check-retry", "direct:resident-check-resume", "resident registry", resident,
                ResidentRegistryRoutes.PEER::circuitState, (checks, max) -> checks.takeDue(ResidentIdQuery.class, max)).addTo(this);
        RetryRound.gated("tax", "income-check-retry", "direct:income-check-resume", "tax authority", tax,
                TaxAuthorityRoutes.PEER::circuitState, (checks, max) -> checks.takeDue(TaxQuery.class, max)).addTo(this);
        RetryRound.gated("credit", "credit-check-retry", "direct:credit-check-resume", "credit bureau", credit,
                camel -> PeerCircuit.state(camel, TelegramRoutes.CREDIT_CIRCUIT), (checks, max) -> checks.takeDue(PendingCreditEnquiry.class, max)).addTo(this);

        // body: the ResidentIdQuery kept (sealed) on the case when the caller's request got no answer
        resumeSoapCheck("resident-check-resume", ResidentRegistryRoutes.ROUTE, resident,
                "pending resident registry check answered: ${body.registryChecks?.residentCheck}");
        // body: the TaxQuery kept (sealed) on the case
        resumeSoapCheck("income-check-resume", TaxAuthorityRoutes.ROUTE, tax,
                "pending tax authority check answered: ${body.registryChecks?.incomeCheck}");

        from("direct:credit-check-resume").routeId("credit-check-resume")
                // body: PendingCreditEnquiry rebuilt from the case; engine → bureau (with its own retries) → engine
                .setProperty("kycCaseId", simple("${body.caseId}"))
                .process(e -> {
                    CreditSummaryFlow flow = Flows.of(e).creditSummary();
                    try {
                        e.getMessage().setBody(flow.resume(e.getMessage().getBody(PendingCreditEnquiry.class)).creditCheck());
                    } catch (PeerException ex) {
                        e.getMessage().setBody("PENDING (" + ex.kind() + ")");
                    }
                })
                .log("pending credit check: ${body}");
    }

    /**
     * The resume route of a government SOAP peer's pending check: the same route, WS-Security and circuit
     * breaker as the caller's request; an answer is recorded with the caller's engine call
     * ({@code PeerChecks.record}), no answer with {@code PeerChecks.recordNoAnswer} as one more failed try, a
     * request that could not be built with {@code PeerChecks.recordRequestInvalid}.
     */
    private void resumeSoapCheck(String routeId, String peerRoute, RetryGate gate, String answeredLog) {
        from("direct:" + routeId).routeId(routeId)
                .setProperty("kycCaseId", simple("${body.caseId}"))
                .setProperty("kycPendingQuery", body())
                // the same route, WS-Security and circuit breaker as the caller's request
                .to(peerRoute)
                .choice()
                    .when(e -> e.getMessage().getBody() instanceof PeerException p
                            && p.kind() == PeerException.Kind.REQUEST_UNBUILDABLE)
                        // the case's error, not the peer's: to a person, out of the retry rotation
                        .bean("peerChecks", "recordRequestInvalid(${exchangeProperty.kycPendingQuery}, ${body.message})")
                    .when(body().isInstanceOf(PeerException.class))
                        .process(e -> noAnswer(e, gate))
                        .setBody(exchangeProperty("kycPendingQuery"))
                        .bean("peerChecks", "recordNoAnswer")
                    .otherwise()
                        .process(e -> gate.answered())
                        // as when the caller's request is answered: outcome recorded, case reassessed
                        .bean("peerChecks", "record(${exchangeProperty.kycCaseId}, ${body})")
                        .log(answeredLog)
                .end();
    }

    /** No usable answer: a refusal of the hub's credentials pauses the peer's retries; anything else is an outage. */
    private static void noAnswer(Exchange e, RetryGate gate) {
        PeerException failure = e.getMessage().getBody(PeerException.class);
        if (failure.kind() == PeerException.Kind.ACCESS_REFUSED) {
            gate.refused(failure.getMessage());
        }
    }

    private RetryGate gate(String peer, String what) {
        long probe = Long.parseLong(getCamelContext().resolvePropertyPlaceholders("{{kyc." + peer + ".refused-probe-seconds}}"));
        return new RetryGate(what, Duration.ofSeconds(probe), Clock.systemUTC());
    }
}

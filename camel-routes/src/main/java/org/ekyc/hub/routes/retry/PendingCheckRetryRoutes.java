package org.ekyc.hub.routes.retry;

import org.ekyc.hub.verification.api.peer.tax.TaxQuery;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery;
import org.ekyc.hub.verification.api.peer.PeerChecks;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.ekyc.hub.routes.credit.CreditSummaryFlow;
import org.ekyc.hub.routes.registry.ResidentRegistryRoutes;
import org.ekyc.hub.routes.registry.TaxAuthorityRoutes;
import org.ekyc.hub.routes.telegram.TelegramPeer;
import org.ekyc.hub.routes.telegram.TelegramRoutes;
import org.ekyc.hub.verification.api.peer.PeerException;
import org.ekyc.hub.verification.api.peer.credit.CreditBureauPort;
import org.ekyc.hub.verification.api.peer.credit.PendingCreditEnquiry;

/**
 * Checks left PENDING because their peer gave no answer resume by themselves, as the
 * immigration check does ({@code immigration-retry}): one timer route per peer —
 * {@code resident-check-retry}, {@code income-check-retry}, {@code credit-check-retry} — takes the
 * checks that are due from the engine ({@code PeerChecks.takeDue}: per-case back-off, a lease so
 * two hub nodes never ask for the same case, a check already answered is never taken), at most
 * {@code kyc.<peer>.retry-batch} per round, and asks the peer again through the same route and circuit
 * breaker as the caller's request. The answer is recorded with the same engine call as the caller's
 * ({@code PeerChecks.record}), so the case is
 * reassessed exactly as if the caller had asked; no answer is one more failed try (back-off grows).
 * While a peer's circuit is open nothing is taken; half-open, one case probes; a peer refusing the hub's
 * credentials is probed once per {@code kyc.<peer>.refused-probe-seconds} ({@link RetryGate}).
 * Phone verification has no such route: it is an interactive OTP exchange the applicant repeats.
 */
public class PendingCheckRetryRoutes extends RouteBuilder {

    @Override
    public void configure() {
        RetryGate resident = gate("resident", "resident registry");
        RetryGate tax = gate("tax", "tax authority");
        RetryGate credit = new RetryGate("credit bureau", Duration.ZERO, Clock.systemUTC());

        retryRound("resident", "resident-check-retry", "direct:resident-check-resume", "resident registry", resident,
                ResidentRegistryRoutes.PEER::circuitState, (checks, max) -> checks.takeDue(ResidentIdQuery.class, max));
        retryRound("tax", "income-check-retry", "direct:income-check-resume", "tax authority", tax,
                TaxAuthorityRoutes.PEER::circuitState, (checks, max) -> checks.takeDue(TaxQuery.class, max));
        retryRound("credit", "credit-check-retry", "direct:credit-check-resume", "credit bureau", credit,
                camel -> TelegramPeer.circuitState(camel, TelegramRoutes.CREDIT_CIRCUIT), (checks, max) -> checks.takeDue(PendingCreditEnquiry.class, max));

        from("direct:resident-check-resume").routeId("resident-check-resume")
                // body: the ResidentIdQuery kept (sealed) on the case when the caller's request got no answer
                .setProperty("kycCaseId", simple("${body.caseId}"))
                .setProperty("kycPendingQuery", body())
                // the same route, WS-Security and circuit breaker as the caller's request
                .to(ResidentRegistryRoutes.ROUTE)
                .choice()
                    .when(body().isInstanceOf(PeerException.class))
                        .process(e -> noAnswer(e, resident))
                        .setBody(exchangeProperty("kycPendingQuery"))
                        .bean("peerChecks", "recordNoAnswer")
                    .otherwise()
                        .process(e -> resident.answered())
                        // as when the caller's request is answered: outcome recorded, case reassessed
                        .bean("peerChecks", "record(${exchangeProperty.kycCaseId}, ${body})")
                        .log("pending resident registry check answered: ${body.registryChecks?.residentCheck}")
                .end();

        from("direct:income-check-resume").routeId("income-check-resume")
                // body: the TaxQuery kept (sealed) on the case
                .setProperty("kycCaseId", simple("${body.caseId}"))
                .setProperty("kycPendingQuery", body())
                .to(TaxAuthorityRoutes.ROUTE)
                .choice()
                    .when(body().isInstanceOf(PeerException.class))
                        .process(e -> noAnswer(e, tax))
                        .setBody(exchangeProperty("kycPendingQuery"))
                        .bean("peerChecks", "recordNoAnswer")
                    .otherwise()
                        .process(e -> tax.answered())
                        .bean("peerChecks", "record(${exchangeProperty.kycCaseId}, ${body})")
                        .log("pending tax authority check answered: ${body.registryChecks?.incomeCheck}")
                .end();

        from("direct:credit-check-resume").routeId("credit-check-resume")
                // body: PendingCreditEnquiry rebuilt from the case; engine → bureau (with its own retries) → engine
                .setProperty("kycCaseId", simple("${body.caseId}"))
                .process(e -> {
                    CreditSummaryFlow flow = new CreditSummaryFlow(cases(e),
                            e.getContext().getRegistry().lookupByNameAndType("creditBureau", CreditBureauPort.class));
                    try {
                        e.getMessage().setBody(flow.resume(e.getMessage().getBody(PendingCreditEnquiry.class)).creditCheck());
                    } catch (PeerException ex) {
                        e.getMessage().setBody("PENDING (" + ex.kind() + ")");
                    }
                })
                .log("pending credit check: ${body}");
    }

    /**
     * One peer's retry round: take what is due (bounded by the batch and the {@link RetryGate}), then ask
     * for each case in turn as long as the circuit and the gate allow.
     */
    private void retryRound(String peer, String routeId, String resumeUri, String what, RetryGate gate,
                            Function<CamelContext, String> circuit, BiFunction<PeerChecks, Integer, List<?>> take) {
        int batch = Integer.parseInt(getCamelContext().resolvePropertyPlaceholders("{{kyc." + peer + ".retry-batch}}"));
        from("timer:" + routeId + "?delay={{kyc." + peer + ".retry-interval-ms}}&period={{kyc." + peer + ".retry-interval-ms}}")
                .routeId(routeId)
                .doTry()
                    // taking leases the checks; another node taking the same case at once loses on the
                    // case's version and takes nothing this round
                    .process(e -> {
                        int max = gate.budget(circuit.apply(e.getContext()), batch);
                        e.getMessage().setBody(max == 0 ? List.of() : take.apply(cases(e), max));
                    })
                .doCatch(Exception.class)
                    .log(LoggingLevel.WARN, "pending " + what + " checks not taken this round: ${exception.message}")
                    .setBody(constant(List.of()))
                .end()
                .filter(simple("${body.size} > 0"))
                    .log("asking the " + what + " again for ${body.size} pending check(s)")
                    .split(body())
                        .filter(e -> gate.mayAsk(circuit.apply(e.getContext())))
                            .doTry()
                                .to(resumeUri)
                            .doCatch(Exception.class)
                                // e.g. the case changed meanwhile: it stays due and is taken after its lease
                                .log(LoggingLevel.WARN, "pending " + what + " check of case ${exchangeProperty.kycCaseId}"
                                        + " not recorded: ${exception.message}")
                            .end()
                        .end()
                    .end()
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

    private static PeerChecks cases(Exchange e) {
        return e.getContext().getRegistry().lookupByNameAndType("peerChecks", PeerChecks.class);
    }
}

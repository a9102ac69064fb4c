package org.ekyc.hub.routes.peer;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.camel.CamelContext;
import org.apache.camel.LoggingLevel;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.PolicyDefinition;
import org.ekyc.hub.routes.security.HubIdentityPolicy;
import org.ekyc.hub.verification.api.peer.PeerChecks;

/**
 * The background retry loop every peer with pending checks uses (the immigration registry included):
 * a timer every {@code kyc.<peer>.retry-interval-ms} takes the checks that are due from the engine (at
 * most {@code kyc.<peer>.retry-batch}, fewer while the peer's circuit is open or half-open or a
 * {@link RetryGate} holds the calls back), then asks the peer again for each one in turn through
 * {@code resumeUri}, as long as the circuit and the gate allow. A check that cannot be recorded stays
 * due and is taken again after its lease.
 *
 * @param peer           settings prefix, e.g. {@code resident} for {@code kyc.resident.retry-batch}
 * @param routeId        the timer route's id, e.g. {@code resident-check-retry}
 * @param resumeUri      the route that asks the peer again and records the answer, one check as the body
 * @param circuit        the peer's circuit state (CLOSED, OPEN, HALF_OPEN, UNKNOWN)
 * @param budget         how many checks to take this round, from the circuit state and the batch size
 * @param mayAsk         whether one taken check may be asked now, from the circuit state
 * @param take           the engine call that takes (leases) at most that many due checks
 * @param askingLog      logged before a round's checks are asked ({@code ${body.size}} is how many)
 * @param notRecordedLog logged at WARN when a check's answer is not recorded
 * @param notTakenLog    logged at WARN when taking failed (the round takes nothing); null: the failure
 *                       goes to the route's error handler
 */
public record RetryRound(String peer, String routeId, String resumeUri, Function<CamelContext, String> circuit,
                         BiFunction<String, Integer, Integer> budget, Predicate<String> mayAsk,
                         BiFunction<PeerChecks, Integer, List<?>> take, String askingLog, String notRecordedLog,
                         String notTakenLog) {

    /** A round whose checks are asked while the {@code gate} allows ({@link RetryGate#mayAsk}). */
    public static RetryRound gated(String peer, String routeId, String resumeUri, String what, RetryGate gate,
                                   Function<CamelContext, String> circuit, BiFunction<PeerChecks, Integer, List<?>> take) {
        return new RetryRound(peer, routeId, resumeUri, circuit, gate::budget, gate::mayAsk, take,
                "asking the " + what + " again for ${body.size} pending check(s)",
                "pending " + what + " check of case ${exchangeProperty.kycCaseId} not recorded: ${exception.message}",
                "pending " + what + " checks not taken this round: ${exception.message}");
    }

    /** Adds the timer route to {@code routes}. */
    public void addTo(RouteBuilder routes) {
        CamelContext camel = routes.getCamelContext();
        int batch = Integer.parseInt(camel.resolvePropertyPlaceholders("{{kyc." + peer + ".retry-batch}}"));
        // the hub's own work: everything below runs as the hub
        PolicyDefinition route = routes.from("timer:" + routeId + "?delay={{kyc." + peer + ".retry-interval-ms}}"
                + "&period={{kyc." + peer + ".retry-interval-ms}}").routeId(routeId)
                .policy(HubIdentityPolicy.in(routes.getCamelContext()));
        // taking leases the checks; another node taking the same case at once loses on the case's
        // version and takes nothing this round. While the circuit is open nothing is taken (no case's
        // back-off grows); half-open, one case probes.
        Processor takeDue = e -> {
            int max = budget.apply(circuit.apply(e.getContext()), batch);
            e.getMessage().setBody(max == 0 ? List.of() : take.apply(
                    e.getContext().getRegistry().lookupByNameAndType("peerChecks", PeerChecks.class), max));
        };
        if (notTakenLog == null) {
            route.process(takeDue);
        } else {
            route.doTry()
                    .process(takeDue)
                .doCatch(Exception.class)
                    .log(LoggingLevel.WARN, notTakenLog)
                    .setBody(routes.constant(List.of()))
                .end();
        }
        // ask again for each case in turn, as long as the circuit (and the gate) allow
        route.filter(routes.simple("${body.size} > 0"))
                .log(askingLog)
                .split(routes.body())
                    .filter(e -> mayAsk.test(circuit.apply(e.getContext())))
                        .doTry()
                            .to(resumeUri)
                        .doCatch(Exception.class)
                            // e.g. the case changed meanwhile: it stays due and is taken after its lease
                            .log(LoggingLevel.WARN, notRecordedLog)
                        .end()
                    .end()
                .end()
            .end();
    }
}

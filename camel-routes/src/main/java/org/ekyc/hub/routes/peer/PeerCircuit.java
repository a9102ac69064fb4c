package org.ekyc.hub.routes.peer;

import org.apache.camel.CamelContext;
import org.apache.camel.component.resilience4j.ResilienceProcessor;
import org.apache.camel.model.Resilience4jConfigurationDefinition;

/**
 * The one circuit-breaker definition of every peer route, SOAP and TCP telegram alike: it opens at
 * 50 % failures over the peer's last {@code kyc.<peer>.circuit-window} calls, stays open
 * {@code kyc.<peer>.circuit-open-seconds}, then goes half-open by itself and lets one probe through
 * (so a retry route, which asks nothing while the circuit is open, gets to probe).
 */
public final class PeerCircuit {

    private PeerCircuit() {
    }

    /** The Resilience4j configuration of the peer whose settings are {@code kyc.<prefix>.circuit-*}. */
    public static Resilience4jConfigurationDefinition configuration(CamelContext camel, String prefix) {
        int window = Integer.parseInt(camel.resolvePropertyPlaceholders("{{kyc." + prefix + ".circuit-window}}"));
        int openSeconds = Integer.parseInt(camel.resolvePropertyPlaceholders("{{kyc." + prefix + ".circuit-open-seconds}}"));
        return new Resilience4jConfigurationDefinition()
                .slidingWindowSize(window).minimumNumberOfCalls(window)
                .failureRateThreshold(50f)
                .waitDurationInOpenState(openSeconds)
                .permittedNumberOfCallsInHalfOpenState(1)
                .automaticTransitionFromOpenToHalfOpenEnabled(true);
    }

    /** The state of the circuit breaker with id {@code circuitId}: CLOSED, OPEN, HALF_OPEN, …; UNKNOWN before the first call. */
    public static String state(CamelContext camel, String circuitId) {
        return camel.getProcessor(circuitId) instanceof ResilienceProcessor breaker
                ? breaker.getCircuitBreakerState() : "UNKNOWN";
    }
}

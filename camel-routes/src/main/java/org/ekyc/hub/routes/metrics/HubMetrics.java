package org.ekyc.hub.routes.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.ekyc.hub.routes.peer.PeerCircuit;
import org.ekyc.hub.routes.peer.TelegramRoutes;
import org.ekyc.hub.routes.peer.immigration.ImmigrationRegistryRoutes;
import org.ekyc.hub.routes.peer.resident.ResidentRegistryRoutes;
import org.ekyc.hub.routes.peer.tax.TaxAuthorityRoutes;

/**
 * The hub's own metrics (#19), with Micrometer: every route's exchanges ({@value #ROUTE}, by route and
 * outcome), each check's duration ({@value #CHECK}: the route that runs the check, by check), each call to a
 * peer endpoint ({@value #PEER_CALL}: SOAP, TCP telegram, JMS, by endpoint), the state of each peer's circuit
 * breaker ({@value #CIRCUIT}) and the capture flow's funnel events ({@value #FUNNEL}). Route and endpoint
 * timings come from Camel's events ({@link CamelMeters}); nothing in a route has to remember to measure.
 * <p>
 * The meters live in a registry of this application ({@link #local()}: what {@code GET /api/v1/operations/metrics}
 * renders for Prometheus, {@link PrometheusText}) and, when WildFly's micrometer subsystem is configured, in
 * WildFly's registry as well (its CDI {@code MeterRegistry}; exported by the subsystem: OTLP, or Prometheus on
 * the management interface where the server runs with community stability). Tags never carry a case id or
 * any personal data. Bound in the Camel registry as {@value #REF}.
 */
public final class HubMetrics {

    public static final String REF = "hubMetrics";
    public static final String ROUTE = "kyc.route.exchanges";
    public static final String CHECK = "kyc.check.duration";
    public static final String PEER_CALL = "kyc.peer.calls";
    public static final String CIRCUIT = "kyc.circuit.state";
    public static final String FUNNEL = "kyc.capture.funnel.events";

    /** The circuit breakers of the peers (their Camel processor ids). */
    static final List<String> CIRCUITS = List.of(ImmigrationRegistryRoutes.CIRCUIT_ID, ResidentRegistryRoutes.PEER.circuitId(),
            TaxAuthorityRoutes.PEER.circuitId(), TelegramRoutes.TELECOM_CIRCUIT, TelegramRoutes.CREDIT_CIRCUIT);

    /** The check a route runs, by a word of its id (rest-document, capture-selfie, resident-registry-…). */
    private static final Map<String, String> CHECKS = Map.of("document", "document", "selfie", "face",
            "resident", "resident-registry", "income", "tax-authority", "tax", "tax-authority", "phone", "telecom-identity",
            "credit", "credit-bureau", "screening", "screening", "immigration", "immigration-registry");
    /** The endpoint schemes that reach a peer or the broker (direct: and the like are the hub's own routes). */
    private static final Set<String> PEER_SCHEMES = Set.of("cxf", "netty", "jms", "http", "https");
    /** At most this many endpoint tags: a dynamic endpoint must not grow the series without bound. */
    static final int MAX_ENDPOINTS = 100;

    private final SimpleMeterRegistry local = new SimpleMeterRegistry();
    private final MeterRegistry registry;
    private final Set<String> endpoints = ConcurrentHashMap.newKeySet();
    private final boolean exportedByServer;

    /** The meters in this application's registry, and in {@code server}'s (WildFly's) when not null. */
    public HubMetrics(MeterRegistry server) {
        CompositeMeterRegistry composite = new CompositeMeterRegistry();
        composite.add(local);
        if (server != null) {
            composite.add(server);
        }
        this.registry = composite;
        this.exportedByServer = server != null;
    }

    /** Binds a {@link HubMetrics} into {@code camel}: its event notifier and the circuits' gauges. */
    public static HubMetrics bind(CamelContext camel, MeterRegistry server) {
        HubMetrics metrics = new HubMetrics(server);
        camel.getRegistry().bind(REF, HubMetrics.class, metrics);
        camel.getManagementStrategy().addEventNotifier(new CamelMeters(metrics));
        for (String circuit : CIRCUITS) {
            Gauge.builder(CIRCUIT, camel, c -> circuitCode(PeerCircuit.state(c, circuit)))
                    .description("circuit breaker of a peer: 0 closed, 1 open, 2 half-open, 3 other, -1 not used yet")
                    .tag("circuit", circuit).register(metrics.registry);
        }
        return metrics;
    }

    /**
     * WildFly's registry, when the micrometer subsystem is configured (it offers it to the deployment as a CDI
     * bean); null otherwise, and outside a CDI container.
     */
    public static MeterRegistry serverRegistry() {
        try {
            jakarta.enterprise.inject.Instance<MeterRegistry> r = jakarta.enterprise.inject.spi.CDI.current().select(MeterRegistry.class);
            return r.isResolvable() ? r.get() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The metrics bound in {@code camel}, null when none (route tests). */
    public static HubMetrics of(CamelContext camel) {
        return camel.getRegistry().lookupByNameAndType(REF, HubMetrics.class);
    }

    /** Whether WildFly's registry has the meters too. */
    public boolean exportedByServer() {
        return exportedByServer;
    }

    /** What the Prometheus rendering reads. */
    public MeterRegistry local() {
        return local;
    }

    MeterRegistry registry() {
        return registry;
    }

    static double circuitCode(String state) {
        return switch (state == null ? "UNKNOWN" : state) {
            case "CLOSED" -> 0;
            case "OPEN", "FORCED_OPEN" -> 1;
            case "HALF_OPEN" -> 2;
            case "UNKNOWN" -> -1;
            default -> 3;
        };
    }

    /** One exchange of {@code route} done after {@code elapsed} with {@code outcome} (ok, 4xx, 5xx, failed). */
    void routeDone(String route, String outcome, Duration elapsed) {
        Timer.builder(ROUTE).description("exchanges of a route of the hub, by outcome")
                .tags("route", route, "outcome", outcome).register(registry).record(elapsed);
        String check = checkOf(route);
        if (check != null) {
            Timer.builder(CHECK).description("time to run a check, from the request to its recorded outcome")
                    .tags("check", check, "outcome", outcome).register(registry).record(elapsed);
        }
    }

    /** One call to {@code endpointUri} that took {@code elapsed}; ignored unless the endpoint reaches a peer. */
    void endpointCalled(String endpointUri, boolean failed, Duration elapsed) {
        String endpoint = peerEndpoint(endpointUri);
        if (endpoint == null) {
            return;
        }
        if (!endpoints.contains(endpoint)) {
            endpoint = endpoints.size() < MAX_ENDPOINTS && endpoints.add(endpoint) ? endpoint : "other";
        }
        Timer.builder(PEER_CALL).description("calls to a peer or the broker, by endpoint")
                .tags("endpoint", endpoint, "outcome", failed ? "failed" : "ok").register(registry).record(elapsed);
    }

    /** One funnel event of the capture page. */
    public void funnelEvent(String step, String event) {
        Counter.builder(FUNNEL).description("the capture page's funnel events, by step and event")
                .tags("step", step, "event", event).register(registry).increment();
    }

    /** The check {@code routeId} runs, null for a route that runs none. */
    static String checkOf(String routeId) {
        if (routeId == null) {
            return null;
        }
        for (String word : routeId.toLowerCase(Locale.ROOT).split("-")) {
            String check = CHECKS.get(word);
            if (check != null) {
                return check;
            }
        }
        return null;
    }

    /** {@code scheme:path} of a peer endpoint (no query: it may carry settings, never a value to tag), or null. */
    static String peerEndpoint(String uri) {
        if (uri == null) {
            return null;
        }
        int colon = uri.indexOf(':');
        if (colon <= 0 || !PEER_SCHEMES.contains(uri.substring(0, colon).toLowerCase(Locale.ROOT))) {
            return null;
        }
        int query = uri.indexOf('?');
        String base = query < 0 ? uri : uri.substring(0, query);
        return base.replace("//", "");
    }
}

package org.ekyc.hub.routes.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

/** The hub's meters from Camel's events, and their Prometheus rendering. */
class HubMetricsTest extends CamelTestSupport {

    private final SimpleMeterRegistry server = new SimpleMeterRegistry();
    private HubMetrics metrics;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        metrics = HubMetrics.bind(context, server);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:rest-document").routeId("rest-document").setHeader(Exchange.HTTP_RESPONSE_CODE, constant(200));
                from("direct:rest-refused").routeId("rest-refused").setHeader(Exchange.HTTP_RESPONSE_CODE, constant(400));
                from("direct:broken").routeId("broken").throwException(new IllegalStateException("synthetic"));
            }
        };
    }

    private Timer routeTimer(String route, String outcome) {
        return metrics.local().find(HubMetrics.ROUTE).tags("route", route, "outcome", outcome).timer();
    }

    @Test
    void everyRouteExchangeIsTimedWithItsOutcome() {
        template.sendBody("direct:rest-document", "x");
        template.sendBody("direct:rest-document", "x");
        template.sendBody("direct:rest-refused", "x");
        template.send("direct:broken", e -> e.getMessage().setBody("x"));
        assertThat(routeTimer("rest-document", "2xx").count()).isEqualTo(2);
        assertThat(routeTimer("rest-refused", "4xx").count()).isEqualTo(1);
        assertThat(routeTimer("broken", "failed").count()).isEqualTo(1);
    }

    @Test
    void aCheckRouteIsAlsoTimedAsItsCheck() {
        template.sendBody("direct:rest-document", "x");
        assertThat(metrics.local().find(HubMetrics.CHECK).tags("check", "document", "outcome", "2xx").timer().count()).isEqualTo(1);
        assertThat(HubMetrics.checkOf("capture-selfie")).isEqualTo("face");
        assertThat(HubMetrics.checkOf("rest-income-check")).isEqualTo("tax-authority");
        assertThat(HubMetrics.checkOf("rest-health-live")).isNull();
    }

    @Test
    void theMetersAreInWildFlysRegistryToo() {
        template.sendBody("direct:rest-document", "x");
        assertThat(server.find(HubMetrics.ROUTE).tags("route", "rest-document").timer()).isNotNull();
        assertThat(metrics.exportedByServer()).isTrue();
        assertThat(new HubMetrics(null).exportedByServer()).isFalse();
    }

    @Test
    void peerCallsAreTimedByEndpointWithoutTheQueryAndWithBoundedTags() {
        assertThat(HubMetrics.peerEndpoint("cxf://https://registry.example:8443/immigration?bus=#hubBus")).isEqualTo("cxf:https:registry.example:8443/immigration");
        assertThat(HubMetrics.peerEndpoint("netty:tcp://localhost:7001?sync=true")).isEqualTo("netty:tcp:localhost:7001");
        assertThat(HubMetrics.peerEndpoint("direct:rest-document")).isNull();
        metrics.endpointCalled("jms:queue:KYC.REPLY?transacted=true", false, Duration.ofMillis(12));
        assertThat(metrics.local().find(HubMetrics.PEER_CALL).tags("endpoint", "jms:queue:KYC.REPLY", "outcome", "ok").timer().count())
                .isEqualTo(1);
        for (int i = 0; i < HubMetrics.MAX_ENDPOINTS + 5; i++) {
            metrics.endpointCalled("netty:tcp://host-" + i + ":7001", false, Duration.ofMillis(1));
        }
        assertThat(metrics.local().find(HubMetrics.PEER_CALL).timers().stream().map(t -> t.getId().getTag("endpoint")).distinct())
                .hasSizeLessThanOrEqualTo(HubMetrics.MAX_ENDPOINTS + 1).contains("other");
    }

    @Test
    void eachPeersCircuitHasAGauge() {
        List<String> circuits = metrics.local().find(HubMetrics.CIRCUIT).gauges().stream().map(g -> g.getId().getTag("circuit")).toList();
        assertThat(circuits).containsExactlyInAnyOrderElementsOf(HubMetrics.CIRCUITS);
        Gauge unused = metrics.local().find(HubMetrics.CIRCUIT).tag("circuit", HubMetrics.CIRCUITS.get(0)).gauge();
        assertThat(unused.value()).as("no breaker in this context: not used yet").isEqualTo(-1);
        assertThat(HubMetrics.circuitCode("CLOSED")).isZero();
        assertThat(HubMetrics.circuitCode("OPEN")).isEqualTo(1);
        assertThat(HubMetrics.circuitCode("HALF_OPEN")).isEqualTo(2);
    }

    @Test
    void funnelEventsAreCountedByStepAndEvent() {
        metrics.funnelEvent("document", "EXIT");
        metrics.funnelEvent("document", "EXIT");
        assertThat(metrics.local().find(HubMetrics.FUNNEL).tags("step", "document", "event", "EXIT").counter().count()).isEqualTo(2);
    }

    @Test
    void prometheusTextNamesAndTypesAsMicrometersPrometheusRegistry() {
        SimpleMeterRegistry r = new SimpleMeterRegistry();
        Counter.builder("kyc.capture.funnel.events").tags("step", "done", "event", "SHOWN").register(r).increment(3);
        Timer.builder("kyc.route.exchanges").tags("route", "rest-document", "outcome", "2xx").register(r).record(Duration.ofMillis(1500));
        Gauge.builder("kyc.circuit.state", () -> 1).tag("circuit", "credit-bureau").register(r);
        String text = PrometheusText.render(r);
        assertThat(text).contains("# TYPE kyc_capture_funnel_events_total counter\n",
                "kyc_capture_funnel_events_total{event=\"SHOWN\",step=\"done\"} 3\n",
                "# TYPE kyc_route_exchanges_seconds summary\n",
                "kyc_route_exchanges_seconds_count{outcome=\"2xx\",route=\"rest-document\"} 1\n",
                "kyc_route_exchanges_seconds_sum{outcome=\"2xx\",route=\"rest-document\"} 1.5\n",
                "kyc_route_exchanges_seconds_max{outcome=\"2xx\",route=\"rest-document\"} 1.5\n",
                "# TYPE kyc_circuit_state gauge\n", "kyc_circuit_state{circuit=\"credit-bureau\"} 1\n");
        assertThat(PrometheusText.labels(List.of(io.micrometer.core.instrument.Tag.of("k", "a\"b\\c")))).isEqualTo("{k=\"a\\\"b\\\\c\"}");
    }
}

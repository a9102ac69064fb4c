package org.ekyc.hub.routes.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The peer-call timer from a real CamelContext configured the way {@code CamelBootstrap} configures the deployed one
 * (a plain {@link DefaultCamelContext}, {@link HubMetrics#bind} before the routes are added and the context started):
 * a route's {@code to()} a peer's endpoint is timed as {@code kyc.peer.calls}. The peer is a mock endpoint under a peer
 * scheme ({@code netty}); a {@code direct:} call between the hub's own routes is not a peer call.
 */
class PeerCallMetersTest {

    private DefaultCamelContext context;
    private HubMetrics metrics;

    @BeforeEach
    void start() throws Exception {
        context = new DefaultCamelContext();
        context.getCamelContextExtension().setName("ekyc-hub");
        context.setStreamCaching(true);
        metrics = HubMetrics.bind(context, null);
        context.addComponent("netty", new MockComponent());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:immigration-check").routeId("immigration-check")
                        .to("direct:own-step")
                        .to("netty:tcp://immigration-peer:7001?sync=true");
                from("direct:own-step").routeId("own-step").log("own step");
            }
        });
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    private Timer peerTimer(String endpoint, String outcome) {
        return metrics.local().find(HubMetrics.PEER_CALL).tags("endpoint", endpoint, "outcome", outcome).timer();
    }

    @Test
    void aRoutesCallToAPeerEndpointIsTimedByEndpointWithoutTheQuery() {
        ProducerTemplate template = context.createProducerTemplate();
        template.sendBody("direct:immigration-check", "synthetic");
        template.sendBody("direct:immigration-check", "synthetic");

        Timer peer = peerTimer("netty:tcp:immigration-peer:7001", "ok");
        assertThat(peer).as("kyc.peer.calls for the peer endpoint").isNotNull();
        assertThat(peer.count()).isEqualTo(2);
        assertThat(metrics.local().find(HubMetrics.PEER_CALL).timers()).as("only the peer, not direct:").hasSize(1);
    }

    @Test
    void aFailedPeerCallIsTimedAsFailed() throws Exception {
        context.getEndpoint("netty:tcp://immigration-peer:7001?sync=true", org.apache.camel.component.mock.MockEndpoint.class)
                .whenAnyExchangeReceived(e -> {
                    throw new java.io.IOException("synthetic peer down");
                });
        context.createProducerTemplate().send("direct:immigration-check", e -> e.getMessage().setBody("synthetic"));

        Timer failed = peerTimer("netty:tcp:immigration-peer:7001", "failed");
        assertThat(failed).isNotNull();
        assertThat(failed.count()).isEqualTo(1);
    }
}

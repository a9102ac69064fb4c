package org.ekyc.hub.routes.channel.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.ekyc.hub.verification.api.screening.ScreeningRequest;
import org.ekyc.hub.verification.api.screening.ScreeningResult;
import org.ekyc.hub.verification.api.screening.ScreeningService;
import org.junit.jupiter.api.Test;

/** Readiness says DOWN while no sanctions list version is in service, and names the version otherwise. */
class ReadinessTest {

    @Test
    void noListVersionInServiceIsNotReady() throws Exception {
        Map<?, ?> checks = (Map<?, ?>) ready("none").get("checks");
        assertThat(checks.get("sanctionsLists")).isEqualTo("DOWN");
    }

    @Test
    void aListVersionInServiceIsReportedUp() throws Exception {
        Map<String, Object> body = ready("2026-12-03T09:00:00Z#0badcafe");
        assertThat(((Map<?, ?>) body.get("checks")).get("sanctionsLists")).isEqualTo("UP");
        assertThat(body.get("listVersion")).isEqualTo("2026-12-03T09:00:00Z#0badcafe");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> ready(String version) throws Exception {
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.getRegistry().bind("screeningService", ScreeningService.class, lists(version));
            camel.start();
            Exchange e = new DefaultExchange(camel);
            Readiness.check(e);
            if ("none".equals(version)) {
                assertThat(e.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(503);
            }
            return e.getMessage().getBody(Map.class);
        }
    }

    private static ScreeningService lists(String version) {
        return new ScreeningService() {
            @Override
            public ScreeningResult screen(ScreeningRequest request) {
                throw new UnsupportedOperationException();
            }

            @Override
            public String listVersion() {
                return version;
            }

            @Override
            public String reload(Path directory) {
                throw new UnsupportedOperationException();
            }

            @Override
            public String followNewestVersion() {
                return version;
            }
        };
    }
}

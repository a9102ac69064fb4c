package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Metrics for Prometheus (#19, docs/operations.md) over the wire: the server's (pools, queues, EJB, HTTP) from
 * WildFly's metrics subsystem on the management interface, the hub's own (routes, checks, peer calls,
 * circuits, funnel) from {@code GET /kyc/api/v1/operations/metrics}, for the administrator only.
 */
class OperationsMetricsIT extends HubDeployments {

    private static final String METRICS = "/kyc/api/v1/operations/metrics";
    private static final URI MANAGEMENT = URI.create("http://localhost:9990/metrics");

    private static HttpResponse<String> scrape(As who) throws Exception {
        return HTTP.send(as(who, HttpRequest.newBuilder(BASE.resolve(METRICS)).timeout(Duration.ofSeconds(30)).GET()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theHubsOwnMetersAreInPrometheusTextForTheAdministrator() throws Exception {
        // some work for the meters: a case opened, its immigration check answered
        String caseId = json(postJson("/kyc/api/v1/cases", nguyenJson("METRICS-" + System.nanoTime()), "en")).get("caseId").asText();
        com.fasterxml.jackson.databind.JsonNode view = awaitImmigrationAnswer(caseId);
        HttpResponse<String> r = scrape(As.ADMIN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain; version=0.0.4");
        assertThat(r.body())
                .contains("# TYPE kyc_route_exchanges_seconds summary")
                .contains("kyc_route_exchanges_seconds_count{outcome=\"2xx\",route=\"rest-open-case\"}")
                .contains("# TYPE kyc_circuit_state gauge")
                .contains("kyc_circuit_state{circuit=\"immigration-registry\"}");
        // the immigration registry was asked (cxf, over HTTPS to the simulator): its call is timed by endpoint, without
        // the query; this series was missing until CamelMeters took Camel's "sending" events (PeerCallMetersTest)
        assertThat(view.get("immigrationCheck").asText()).as("the registry answered").isNotEqualTo("PENDING");
        assertThat(r.body())
                .contains("# TYPE kyc_peer_calls_seconds summary")
                .containsPattern("kyc_peer_calls_seconds_count\\{endpoint=\"cxf:[^\"?]*immigration[^\"?]*\",outcome=\"ok\"\\} [1-9]");
        assertThat(r.body()).as("no case id, no person").doesNotContain(caseId).doesNotContain("NGUYEN");
    }

    @Test
    void onlyTheAdministratorScrapesTheHubsMetrics() throws Exception {
        for (As who : List.of(As.AUDITOR, As.REVIEWER_1, As.REVIEWER_2, As.BANK_APP)) {
            assertThat(scrape(who).statusCode()).as(who.name()).isEqualTo(403);
        }
        assertThat(scrape(null).statusCode()).isEqualTo(401);
    }

    @Test
    void theServersPoolsQueuesAndEjbsAreOnTheManagementInterface() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(MANAGEMENT).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        // statistics on (wildfly-config 60-metrics.cli, 10-datasource.cli): the case store's pool, the broker's queues
        assertThat(r.body()).contains("data_source=\"KycDS\"").contains("KYC.REQUEST");
    }
}

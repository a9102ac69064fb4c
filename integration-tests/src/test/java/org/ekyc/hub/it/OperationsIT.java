package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Operations: liveness/readiness probes and structured JSON logs that carry the case id. */
class OperationsIT extends HubDeployments {

    @Test
    void livenessAndReadinessAreUpWithEveryDependencyChecked() throws Exception {
        HttpResponse<String> live = get("/kyc/api/v1/health/live");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(json(live).get("status").asText()).isEqualTo("UP");

        HttpResponse<String> ready = get("/kyc/api/v1/health/ready");
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        JsonNode body = json(ready);
        assertThat(body.get("status").asText()).isEqualTo("UP");
        assertThat(body.get("checks").get("routes").asText()).isEqualTo("UP");
        assertThat(body.get("checks").get("caseStore").asText()).isEqualTo("UP");
        assertThat(body.get("checks").get("broker").asText()).isEqualTo("UP");
        assertThat(body.get("checks").get("sanctionsLists").asText()).isEqualTo("UP");
        assertThat(body.get("listVersion").asText()).matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z#[0-9a-f]{8}");
    }

    @Test
    void jsonLogLinesCarryTheCaseIdAndNoPersonalData() throws Exception {
        String surname = "OPSLOGTEST";
        HttpResponse<String> created = postJson("/kyc/api/v1/cases", """
                {"surname":"%s","givenNames":"QUYEN","nationality":"VNM","birthDate":"1999-09-09","product":"CARD"}
                """.formatted(surname), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String caseId = json(created).get("caseId").asText();

        Path log = Path.of(jbossHome(), "standalone", "log", "kyc-hub.json");
        List<JsonNode> lines = List.of();
        for (int i = 0; i < 40; i++) {
            lines = Files.readAllLines(log).stream().map(OperationsIT::parse)
                    .filter(n -> caseId.equals(n.path("mdc").path("caseId").asText()))
                    .toList();
            if (lines.size() >= 2) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(lines).as("JSON log lines with mdc.caseId=%s", caseId).hasSizeGreaterThanOrEqualTo(2);
        assertThat(lines).allSatisfy(n -> {
            assertThat(n.has("timestamp")).isTrue();
            assertThat(n.has("level")).isTrue();
            assertThat(n.has("loggerName")).isTrue();
            assertThat(n.path("service").asText()).isEqualTo("ekyc-hub");
        });
        assertThat(lines).anySatisfy(n -> assertThat(n.path("message").asText()).contains("case opened"));
        assertThat(Files.readString(log)).doesNotContain(surname);
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new IllegalStateException("not a JSON log line: " + line, e);
        }
    }
}

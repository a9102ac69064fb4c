package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Immigration registry outage, over the wire: the simulator is switched DOWN, cases wait PENDING and
 * the circuit opens; the simulator comes back and the pending cases complete by themselves.
 * (The ITs run with a 2 s retry interval, 1 s back-off base, a circuit over 4 calls that stays open
 * 3 s; see integration-tests/pom.xml.)
 */
class RegistryResilienceIT extends HubDeployments {

    private static void fault(String mode) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                        BASE.resolve("/registry-sim/admin/faults/immigration?mode=" + mode))
                .timeout(Duration.ofSeconds(10)).PUT(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @AfterEach
    void registryBack() throws Exception {
        fault("OK");
    }

    private static String openWang(String ref) throws Exception {
        HttpResponse<String> created = postJson("/kyc/api/v1/cases", """
                {"surname":"WANG","givenNames":"XIAOMING","nationality":"CHN","birthDate":"1985-12-24",
                 "product":"LOAN","externalReference":"%s"}""".formatted(ref), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = json(created);
        assertThat(body.get("immigrationCheck").asText()).isEqualTo("PENDING");
        assertThat(body.get("reasons").get(0).get("code").asText()).isEqualTo("REGISTRY_UNAVAILABLE");
        return body.get("caseId").asText();
    }

    @Test
    void peerDownCircuitOpensCasesWaitAndCompleteWhenThePeerIsBack() throws Exception {
        fault("DOWN");
        String first = openWang("RES-IT-1");
        String second = openWang("RES-IT-2");
        openWang("RES-IT-3");
        openWang("RES-IT-4");

        JsonNode ready = json(get("/kyc/api/v1/health/ready"));
        assertThat(ready.get("status").asText()).as("a down peer does not make the hub unready").isEqualTo("UP");
        assertThat(ready.get("peers").get("immigrationRegistry").asText()).isEqualTo("circuit OPEN");

        fault("OK");
        for (String caseId : new String[] {first, second}) {
            JsonNode view = null;
            for (int i = 0; i < 120; i++) {
                view = json(get("/kyc/api/v1/cases/" + caseId));
                if (!"PENDING".equals(view.get("immigrationCheck").asText())) {
                    break;
                }
                Thread.sleep(500);
            }
            assertThat(view.get("immigrationCheck").asText()).as("case %s after the registry came back", caseId)
                    .isEqualTo("VERIFIED");
            assertThat(view.get("stayStatusCode").asText()).isEqualTo("F-4");
            assertThat(view.get("reasons")).isEmpty();
        }
    }

    @Test
    void garbledAnswerIsNotTakenForAValidStay() throws Exception {
        fault("GARBLED");
        String caseId = openWang("RES-IT-GARBLED");
        assertThat(json(get("/kyc/api/v1/cases/" + caseId)).get("immigrationCheck").asText()).isEqualTo("PENDING");
    }
}

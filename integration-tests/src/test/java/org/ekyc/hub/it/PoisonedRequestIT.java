package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name no registry request can carry (NUL, ESC and other C0 control characters, which XML 1.0 does not
 * allow) hurts nobody else, over the wire: such a case is refused at the edge (400 with a code) or, if it
 * gets through, goes to REVIEW with PEER_REQUEST_INVALID without the registry being asked — either way the
 * immigration circuit stays closed and the next applicant's check is answered at once. Before, each such
 * case counted as the registry being down: more of them than the circuit's window (4 in the ITs) opened
 * it for every applicant, and the cases were retried for ever.
 */
class PoisonedRequestIT extends HubDeployments {

    /**
     * JSON string escapes, so the characters reach the hub exactly as a hostile client sends them; inside the
     * names (the edge trims what surrounds a name).
     */
    private static final List<String[]> POISONED_NAMES = List.of(
            new String[] {"NGU\\u0000YEN", "VAN AN"},
            new String[] {"NGUYEN", "VAN\\u001bAN"},
            new String[] {"NGU\\u001b[31mYEN", "VAN AN"},
            new String[] {"NGUY\\u0007EN", "VAN AN"},
            new String[] {"NGU\\u0008YEN", "VAN\\u0000AN"},
            new String[] {"NGUYEN", "VAN\\u001fAN"});

    private static String poisonedJson(String surname, String givenNames, String reference) {
        return """
                {"surname":"%s","givenNames":"%s","nationality":"VNM","birthDate":"1994-03-17",
                 "product":"ACCOUNT","externalReference":"%s","registrationNumber":"9403175123456"}
                """.formatted(surname, givenNames, reference);
    }

    private static String registryStatus() throws Exception {
        return json(get("/kyc/api/v1/health/ready")).get("peers").get("immigrationRegistry").asText();
    }

    /** A normal applicant's case, as the registry answers it now. */
    private static JsonNode openNguyen(String reference) throws Exception {
        HttpResponse<String> created = postJson("/kyc/api/v1/cases", nguyenJson(reference), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created);
    }

    @Test
    void poisonedNamesNeverOpenTheImmigrationCircuitForOthers() throws Exception {
        // start from a closed circuit: an earlier IT in this deployment may have left it open or half-open
        for (int i = 0; i < 60 && !("VERIFIED".equals(openNguyen("POISON-IT-WARMUP-" + i).get("immigrationCheck").asText())
                && registryStatus().equals("circuit CLOSED")); i++) {
            Thread.sleep(1000);
        }
        assertThat(registryStatus()).isEqualTo("circuit CLOSED");

        List<String> outcomes = new ArrayList<>();
        List<String> inReview = new ArrayList<>();
        for (int i = 0; i < POISONED_NAMES.size(); i++) {
            String[] name = POISONED_NAMES.get(i);
            HttpResponse<String> r = postJson("/kyc/api/v1/cases", poisonedJson(name[0], name[1], "POISON-IT-" + i), null);
            JsonNode body = json(r);
            if (r.statusCode() == 400) {
                // the edge's field rules refuse the name: typed, with a code
                assertThat(body.get("code").asText()).as(r.body()).isNotBlank();
                outcomes.add("400 " + body.get("code").asText());
                continue;
            }
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            assertThat(body.get("status").asText()).as(r.body()).isEqualTo("REVIEW");
            assertThat(body.get("immigrationCheck").asText()).as("the registry was not asked").isEqualTo("PENDING");
            assertThat(body.get("reasons").findValuesAsText("code")).as(r.body())
                    .contains("PEER_REQUEST_INVALID").doesNotContain("REGISTRY_UNAVAILABLE");
            outcomes.add("REVIEW");
            inReview.add(body.get("caseId").asText());
        }
        assertThat(outcomes).hasSize(POISONED_NAMES.size());

        // out of the retry rotation: still the same a few retry rounds later (2 s interval in the ITs)
        Thread.sleep(inReview.isEmpty() ? 0 : 5000);
        for (String caseId : inReview) {
            JsonNode later = json(get("/kyc/api/v1/cases/" + caseId));
            assertThat(later.get("status").asText()).isEqualTo("REVIEW");
            assertThat(later.get("reasons").findValuesAsText("code")).contains("PEER_REQUEST_INVALID")
                    .doesNotContain("REGISTRY_UNAVAILABLE");
        }

        assertThat(registryStatus()).as("after %s", outcomes).isEqualTo("circuit CLOSED");
        JsonNode next = openNguyen("POISON-IT-NEXT");
        assertThat(next.get("immigrationCheck").asText()).as("the next applicant is answered at once, not PENDING")
                .isEqualTo("VERIFIED");
        assertThat(next.get("reasons").findValuesAsText("code")).doesNotContain("REGISTRY_UNAVAILABLE");
    }
}

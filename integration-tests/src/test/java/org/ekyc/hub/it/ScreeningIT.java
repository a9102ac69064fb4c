package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Screening in the deployed hub, on the real OFAC and UN lists (KYC_SANCTIONS_DIR): a listed
 * person is found through a Hangul spelling of the name, a case for a listed person goes to review,
 * an invented applicant is clear.
 */
class ScreeningIT extends HubDeployments {

    @Test
    void screeningOnlyFindsAListedPersonByTheHangulSpellingOfTheName() throws Exception {
        HttpResponse<String> r = postJson("/kyc/api/v1/screening", "{\"names\":[\"박도춘\"]}", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(body.get("outcome").asText()).isEqualTo("HIT");
        assertThat(body.get("listVersion").asText()).isNotBlank();
        assertThat(body.get("matches").toString()).contains("OFAC-SDN:15769");
    }

    @Test
    void caseForAListedPersonGoesToComplianceReview() throws Exception {
        HttpResponse<String> created = postJson("/kyc/api/v1/cases", """
                {"surname":"HUSSEIN","givenNames":"SADDAM","nationality":"IRQ","birthDate":"1937-04-28","product":"REMITTANCE"}
                """, null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode view = json(created);
        assertThat(view.get("screening").asText()).isEqualTo("HIT");
        assertThat(view.get("status").asText()).isEqualTo("REVIEW");
        assertThat(view.get("reasons").toString()).contains("SANCTIONS_HIT");
    }

    @Test
    void inventedApplicantIsClear() throws Exception {
        HttpResponse<String> created = postJson("/kyc/api/v1/cases", nguyenJson("SCREEN-IT-CLEAR"), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode view = json(created);
        assertThat(view.get("screening").asText()).isEqualTo("CLEAR");
        assertThat(view.get("reasons").toString()).doesNotContain("SANCTIONS");
        // the case records which list version screened it: the one in service (readiness names it)
        assertThat(view.get("screeningListVersion").asText())
                .isEqualTo(json(get("/kyc/api/v1/health/ready")).get("listVersion").asText());
    }

    @Test
    void screeningRequestWithoutNamesIsRefused() throws Exception {
        HttpResponse<String> r = postJson("/kyc/api/v1/screening", "{\"names\":[]}", "ko");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("code").asText()).isEqualTo("FIELD_REQUIRED");
    }
}

package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The field rules every channel shares (docs/validation.md), over REST: each hostile value is refused with its
 * code and field, and a normal request right after it still opens a case.
 */
class FieldRulesIT extends HubDeployments {

    /** A JSON field, its hostile value as JSON source (escapes included), the expected code and field. */
    private record Hostile(String field, String json, String code, String refusedField) {
    }

    private static final List<Hostile> HOSTILE = List.of(
            new Hostile("surname", "\"NGUYEN\\u0000\"", "INVALID_CHARACTERS", "surname"),
            new Hostile("surname", "\"NGUYEN\\u001b[31m\"", "INVALID_CHARACTERS", "surname"),
            new Hostile("surname", "\"NGUYEN\\nINFO forged log line\"", "INVALID_CHARACTERS", "surname"),
            new Hostile("surname", "\"\\ud800NGUYEN\"", "INVALID_CHARACTERS", "surname"),
            new Hostile("surname", "\"\\u202eNGUYEN\"", "INVALID_CHARACTERS", "surname"),
            new Hostile("surname", "\"<script>alert(1)</script>\"", "INVALID_CHARACTERS", "surname"),
            new Hostile("surname", "\"NGUYEN 응우옌\"", "INVALID_CHARACTERS", "surname"),
            new Hostile("givenNames", "\"VAN\\tAN\"", "INVALID_CHARACTERS", "givenNames"),
            new Hostile("hangulName", "\"응우옌 VAN\"", "INVALID_CHARACTERS", "hangulName"),
            new Hostile("nationality", "\"ZZZ\"", "INVALID_NATIONALITY", "nationality"),
            new Hostile("birthDate", "\"2023-02-29\"", "INVALID_BIRTH_DATE", "birthDate"),
            new Hostile("birthDate", "\"1899-12-31\"", "INVALID_BIRTH_DATE", "birthDate"),
            new Hostile("externalReference", "\"REF\\r\\nX\"", "INVALID_CHARACTERS", "externalReference"));

    private static String with(String field, String jsonValue) {
        String base = nguyenJson("FIELD-RULES-IT");
        return base.replaceFirst("\"" + field + "\":\"[^\"]*\"", java.util.regex.Matcher.quoteReplacement(
                "\"" + field + "\":" + jsonValue));
    }

    @Test
    void eachHostileValueIsRefusedWithItsCodeAndFieldAndTheNextRequestWorks() throws Exception {
        for (Hostile h : HOSTILE) {
            HttpResponse<String> refused = postJson("/kyc/api/v1/cases", with(h.field(), h.json()), "en");
            assertThat(refused.statusCode()).as(h + " " + refused.body()).isEqualTo(400);
            JsonNode body = json(refused);
            assertThat(body.get("code").asText()).as(h.toString()).isEqualTo(h.code());
            assertThat(body.get("field").asText()).as(h.toString()).isEqualTo(h.refusedField());
            HttpResponse<String> normal = postJson("/kyc/api/v1/cases", nguyenJson("FIELD-RULES-IT-OK"), null);
            assertThat(normal.statusCode()).as(normal.body()).isEqualTo(201);
        }
    }

    @Test
    void namesInTheirOwnScriptsAreAccepted() throws Exception {
        for (String surname : List.of("O'NEIL", "NGUYỄN", "王", "ЕЛЕНА", "AL-HASSAN")) {
            HttpResponse<String> created = postJson("/kyc/api/v1/cases", with("surname", "\"" + surname + "\""), null);
            assertThat(created.statusCode()).as(surname + " " + created.body()).isEqualTo(201);
        }
    }
}

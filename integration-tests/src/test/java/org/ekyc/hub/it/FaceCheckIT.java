package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Face check over REST with the real ONNX models: consent before any image, a challenge bound to the
 * case and used once, frames that do not perform the challenge fail liveness with a reason the app
 * can act on, and no image ever reaches the case store. (A passing liveness needs a recorded head
 * turn / blink sequence, which the repository has no footage for; the state machine's passing paths
 * are unit-tested with synthetic landmark sequences.)
 */
class FaceCheckIT extends HubDeployments {

    private static String image(String name) throws Exception {
        Path p = Path.of(System.getProperty("it.faces.dir"), "london", name);
        return Base64.getEncoder().encodeToString(Files.readAllBytes(p));
    }

    private static String openCase() throws Exception {
        HttpResponse<String> created = postJson("/kyc/api/v1/cases", nguyenJson("FACE-IT-" + System.nanoTime()), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("caseId").asText();
    }

    private static String selfie(String nonce, String portrait, String frame, int count) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.put("nonce", nonce);
        body.put("portrait", portrait);
        ArrayNode frames = body.putArray("frames");
        long t = 1_800_000_000_000L;
        for (int i = 0; i < count; i++) {
            frames.addObject().put("image", frame).put("capturedAt", t + i * 300L);
        }
        return JSON.writeValueAsString(body);
    }

    @Test
    void noFaceImageIsAcceptedBeforeConsent() throws Exception {
        String caseId = openCase();
        HttpResponse<String> challenge = get("/kyc/api/v1/cases/" + caseId + "/liveness/challenge");
        assertThat(challenge.statusCode()).isEqualTo(400);
        assertThat(json(challenge).get("code").asText()).isEqualTo("CONSENT_REQUIRED");
        HttpResponse<String> selfie = postJson("/kyc/api/v1/cases/" + caseId + "/selfie",
                selfie("0123456789abcdef0123", "not even base64 %%%", "x", 1), "ko");
        assertThat(selfie.statusCode()).isEqualTo(400);
        assertThat(json(selfie).get("code").asText()).isEqualTo("CONSENT_REQUIRED");
        assertThat(json(selfie).get("message").asText()).startsWith("얼굴 이미지를 보내기 전에");
    }

    @Test
    void framesThatDoNotPerformTheChallengeFailLivenessAndTheCaseAsksForARetry() throws Exception {
        String caseId = openCase();
        HttpResponse<String> consent = postJson("/kyc/api/v1/cases/" + caseId + "/consent",
                "{\"noticeVersion\":\"2026-11\",\"language\":\"ko\",\"templateRetentionDays\":30}", null);
        assertThat(consent.statusCode()).as(consent.body()).isEqualTo(200);
        assertThat(json(consent).get("face").get("consentAt").asText()).isNotBlank();

        JsonNode challenge = json(get("/kyc/api/v1/cases/" + caseId + "/liveness/challenge"));
        String nonce = challenge.get("nonce").asText();
        assertThat(challenge.get("actions").size()).isBetween(2, 3);

        // a still photo held to the camera: ten frames, no head turn, no blink
        HttpResponse<String> checked = postJson("/kyc/api/v1/cases/" + caseId + "/selfie",
                selfie(nonce, image("001_03.jpg"), image("001_08.jpg"), 10), "en");
        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
        JsonNode view = json(checked);
        assertThat(view.get("face").get("liveness").asText()).isEqualTo("FAILED");
        assertThat(view.get("status").asText()).isEqualTo("RETRY");
        assertThat(view.get("reasons").toString()).containsAnyOf("LIVENESS_ACTION_MISSING", "LIVENESS_FRAME_REPLAYED",
                "LIVENESS_ACTION_ORDER");
        assertThat(view.get("face").get("templatePurgeAt").isNull()).isTrue();

        // the challenge was used: sending it again is refused before any image is looked at
        HttpResponse<String> again = postJson("/kyc/api/v1/cases/" + caseId + "/selfie",
                selfie(nonce, image("001_03.jpg"), image("001_08.jpg"), 10), null);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(json(again).get("code").asText()).isEqualTo("LIVENESS_CHALLENGE_NOT_FOR_CASE");

        // nothing but codes and a template column ever reach the store: no image
        try (Connection db = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"));
             ResultSet row = db.createStatement().executeQuery(
                     "SELECT face_liveness, face_template_enc FROM verification_case WHERE id = '" + caseId + "'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString("face_liveness")).isEqualTo("FAILED");
            assertThat(row.getString("face_template_enc")).isNull();
        }
    }

    @Test
    void aChallengeOfAnotherCaseIsRefused() throws Exception {
        String mine = openCase();
        String other = openCase();
        for (String id : new String[] {mine, other}) {
            postJson("/kyc/api/v1/cases/" + id + "/consent", "{\"noticeVersion\":\"2026-11\",\"language\":\"en\"}", null);
        }
        String othersNonce = json(get("/kyc/api/v1/cases/" + other + "/liveness/challenge")).get("nonce").asText();
        get("/kyc/api/v1/cases/" + mine + "/liveness/challenge");
        HttpResponse<String> r = postJson("/kyc/api/v1/cases/" + mine + "/selfie",
                selfie(othersNonce, image("001_03.jpg"), image("001_08.jpg"), 3), null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("code").asText()).isEqualTo("LIVENESS_CHALLENGE_NOT_FOR_CASE");
    }

    @Test
    void anImageThatIsNotAnImageIsATypedErrorNotA5xx() throws Exception {
        String caseId = openCase();
        postJson("/kyc/api/v1/cases/" + caseId + "/consent", "{\"noticeVersion\":\"2026-11\",\"language\":\"vi\"}", null);
        String nonce = json(get("/kyc/api/v1/cases/" + caseId + "/liveness/challenge")).get("nonce").asText();
        String garbage = Base64.getEncoder().encodeToString("this is not a JPEG".getBytes());
        HttpResponse<String> r = postJson("/kyc/api/v1/cases/" + caseId + "/selfie",
                selfie(nonce, garbage, garbage, 5), "vi");
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 499);
        JsonNode body = json(r);
        String text = body.toString();
        assertThat(text).contains("FACE_IMAGE_UNREADABLE");
    }
}

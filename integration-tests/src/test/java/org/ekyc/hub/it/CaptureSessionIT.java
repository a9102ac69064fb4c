package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The customer's own session over the wire: the partner that opened a case gets a capture token; the
 * customer's browser does the steps with it alone (no account, no OIDC token), sees only where it stands,
 * hands the session over to another device with a single-use code, and is slowed down when it hammers a
 * costly step.
 */
class CaptureSessionIT extends HubDeployments {

    private static final String CAPTURE = "/kyc/api/v1/capture";

    private static String openedCase() throws Exception {
        HttpResponse<String> opened = postJson(As.BANK_APP, "/kyc/api/v1/cases", nguyenJson("CAPTURE-" + System.nanoTime()), "en");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return json(opened).get("caseId").asText();
    }

    private static JsonNode session(String caseId) throws Exception {
        HttpResponse<String> r = postJson(As.BANK_APP, "/kyc/api/v1/cases/" + caseId + "/capture-session", "", "en");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r);
    }

    /** A customer's call: the capture token only (null: none). */
    private static HttpResponse<String> customer(String method, String path, String token, String body, String language)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(BASE.resolve(CAPTURE + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Accept-Language", language);
        if (token != null) {
            b.header("X-Capture-Token", token);
        }
        if (method.equals("GET")) {
            b.GET();
        } else {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theCustomerDoesTheStepsWithTheCaptureTokenAloneAndSeesOnlyWhereItStands() throws Exception {
        String caseId = openedCase();
        JsonNode session = session(caseId);
        String token = session.get("captureToken").asText();
        assertThat(session.get("caseId").asText()).isEqualTo(caseId);
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);
        assertThat(Instant.parse(session.get("expiresAt").asText())).isAfter(Instant.now()).isBefore(Instant.now().plusSeconds(3600));

        HttpResponse<String> consent = customer("POST", "/consent", token,
                "{\"noticeVersion\":\"face-2026-01\",\"language\":\"vi\",\"templateRetentionDays\":30}", "vi");
        assertThat(consent.statusCode()).as(consent.body()).isEqualTo(200);
        assertThat(json(consent).get("consentGiven").asBoolean()).isTrue();
        HttpResponse<String> progress = customer("GET", "/case", token, null, "ko");
        assertThat(progress.statusCode()).as(progress.body()).isEqualTo(200);
        assertThat(json(progress).get("caseId").asText()).isEqualTo(caseId);
        assertThat(progress.body()).as("nothing of the case but the steps").doesNotContain("NGUYEN").doesNotContain("9403175123456")
                .doesNotContain("immigrationCheck");
        HttpResponse<String> challenge = customer("GET", "/liveness/challenge", token, null, "en");
        assertThat(challenge.statusCode()).as(challenge.body()).isEqualTo(200);
        assertThat(json(challenge).get("nonce").asText()).isNotBlank();
        HttpResponse<String> badImage = customer("POST", "/document", token, "{\"image\":\"bm90IGFuIGltYWdl\"}", "vi");
        assertThat(badImage.statusCode()).as("the document engine's own answer, with a retake reason").isEqualTo(422);

        // the consent is on the case, recorded under the customer (the partner sees it)
        JsonNode asPartner = json(get(As.BANK_APP, "/kyc/api/v1/cases/" + caseId));
        assertThat(asPartner.get("face").get("consentAt").isNull()).isFalse();
    }

    @Test
    void withoutAGoodTokenNothingIsDoneAndAnOidcTokenIsNoCaptureToken() throws Exception {
        for (String token : new String[] {null, "", "not-a-token", "x".repeat(43)}) {
            HttpResponse<String> r = customer("GET", "/case", token, null, "en");
            assertThat(r.statusCode()).as(String.valueOf(token)).isEqualTo(401);
            assertThat(json(r).get("code").asText()).isEqualTo("CAPTURE_TOKEN_INVALID");
        }
        HttpResponse<String> ko = customer("POST", "/consent", null, "{}", "ko");
        assertThat(json(ko).get("message").asText()).as("in the customer's language").contains("세션");
        // a partner's bearer token opens no customer step ...
        HttpResponse<String> bearer = HTTP.send(as(As.BANK_APP, HttpRequest.newBuilder(BASE.resolve(CAPTURE + "/case")))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bearer.statusCode()).isEqualTo(401);
        // ... and a capture token opens none of the partner's operations
        String token = session(openedCase()).get("captureToken").asText();
        HttpResponse<String> asPartner = HTTP.send(HttpRequest.newBuilder(BASE.resolve("/kyc/api/v1/cases"))
                .header("X-Capture-Token", token).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(asPartner.statusCode()).isEqualTo(401);
    }

    @Test
    void onlyThePartnerThatOpenedTheCaseGetsACaptureSessionForIt() throws Exception {
        String caseId = openedCase();
        assertThat(postJson(As.INSURER, "/kyc/api/v1/cases/" + caseId + "/capture-session", "", "en").statusCode())
                .as("another partner's case").isEqualTo(404);
        assertThat(postJson(As.REVIEWER_1, "/kyc/api/v1/cases/" + caseId + "/capture-session", "", "en").statusCode())
                .as("not a partner").isEqualTo(403);
        assertThat(postJson(null, "/kyc/api/v1/cases/" + caseId + "/capture-session", "", "en").statusCode()).isEqualTo(401);
    }

    @Test
    void aHandOffCodeContinuesTheSessionOnAnotherDeviceOnce() throws Exception {
        String caseId = openedCase();
        String desktop = session(caseId).get("captureToken").asText();
        HttpResponse<String> handOff = customer("POST", "/handoff", desktop, null, "en");
        assertThat(handOff.statusCode()).as(handOff.body()).isEqualTo(200);
        String code = json(handOff).get("code").asText();
        assertThat(code).matches("[A-Z2-9]{10}");

        // typed on the phone, in small letters with a hyphen: the same code
        String typed = code.substring(0, 5).toLowerCase() + "-" + code.substring(5);
        HttpResponse<String> redeemed = customer("POST", "/handoff/redeem", null, "{\"code\":\"" + typed + "\"}", "en");
        assertThat(redeemed.statusCode()).as(redeemed.body()).isEqualTo(201);
        String phone = json(redeemed).get("captureToken").asText();
        assertThat(phone).isNotEqualTo(desktop);
        assertThat(json(redeemed).get("caseId").asText()).isEqualTo(caseId);
        assertThat(json(customer("GET", "/case", phone, null, "en")).get("caseId").asText()).isEqualTo(caseId);

        HttpResponse<String> again = customer("POST", "/handoff/redeem", null, "{\"code\":\"" + code + "\"}", "zh");
        assertThat(again.statusCode()).as("single use").isEqualTo(401);
        assertThat(json(again).get("code").asText()).isEqualTo("HANDOFF_CODE_INVALID");
    }

    @Test
    void aCostlyStepTriedTooOftenIs429WithTheWaitLeft() throws Exception {
        String token = session(openedCase()).get("captureToken").asText();
        customer("POST", "/consent", token, "{\"noticeVersion\":\"face-2026-01\",\"language\":\"en\",\"templateRetentionDays\":30}", "en");
        HttpResponse<String> last = null;
        int ok = 0;
        for (int i = 0; i < 25 && (last == null || last.statusCode() != 429); i++) {
            last = customer("GET", "/liveness/challenge", token, null, "en");
            if (last.statusCode() == 200) {
                ok++;
            }
        }
        assertThat(ok).as("the allowed challenges").isEqualTo(20);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(json(last).get("code").asText()).isEqualTo("RATE_LIMITED");
        assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 601L);
        // another case's customer is not slowed down by this one
        String other = session(openedCase()).get("captureToken").asText();
        assertThat(customer("GET", "/case", other, null, "en").statusCode()).isEqualTo(200);
    }
}

package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.document.synth.Degradation;
import org.ekyc.hub.verification.document.synth.SyntheticDocuments;
import org.junit.jupiter.api.Test;

/**
 * #18 The customer's answers that decide where the case goes, over the wire with the capture token alone: a refusal
 * of face processing is recorded and closes the case (REJECTED, CONSENT_REFUSED; the other answer afterwards 409
 * CONSENT_ALREADY_ANSWERED; no liveness challenge after it, 409 CONSENT_REFUSED); a document sent as a file
 * ({@code captureMode} UPLOAD) goes to a person (REVIEW, DOCUMENT_UPLOADED_NOT_CAPTURED) while the same passport
 * taken with the camera does not.
 */
class CustomerFlowDecisionsIT extends HubDeployments {

    private static final String CAPTURE = "/kyc/api/v1/capture";
    private static final String REFUSAL = "{\"noticeVersion\":\"face-2026-01\",\"language\":\"vi\"}";
    private static final String CONSENT = "{\"noticeVersion\":\"face-2026-01\",\"language\":\"vi\",\"templateRetentionDays\":30}";

    private static String openedCase() throws Exception {
        HttpResponse<String> opened = postJson(As.BANK_APP, "/kyc/api/v1/cases", nguyenJson("FLOW-" + System.nanoTime()), "en");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return json(opened).get("caseId").asText();
    }

    private static String token(String caseId) throws Exception {
        HttpResponse<String> r = postJson(As.BANK_APP, "/kyc/api/v1/cases/" + caseId + "/capture-session", "", "en");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).get("captureToken").asText();
    }

    private static HttpResponse<String> customer(String method, String path, String token, String body, String language)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(BASE.resolve(CAPTURE + path)).timeout(Duration.ofSeconds(90))
                .header("Accept", "application/json").header("Accept-Language", language).header("X-Capture-Token", token);
        if (method.equals("GET")) {
            b.GET();
        } else {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> codes(JsonNode reasons) {
        List<String> out = new ArrayList<>();
        reasons.forEach(r -> out.add(r.path("code").asText()));
        return out;
    }

    private static String passport(String captureMode) {
        SyntheticDocuments doc = SyntheticDocuments.draw(ReviewSteps.NGUYEN, DocumentType.PASSPORT_TD3, Degradation.NONE, false, 17L);
        var body = JSON.createObjectNode().put("expectedType", "PASSPORT_TD3");
        body.putArray("frames").add(Base64.getEncoder().encodeToString(doc.jpeg()));
        if (captureMode != null) {
            body.put("captureMode", captureMode);
        }
        return body.toString();
    }

    @Test
    void aRefusalOfFaceProcessingIsRecordedAndClosesTheCaseForGood() throws Exception {
        String caseId = openedCase();
        String token = token(caseId);

        HttpResponse<String> refused = customer("POST", "/consent/refusal", token, REFUSAL, "vi");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
        assertThat(json(refused).get("status").asText()).isEqualTo("REJECTED");
        assertThat(json(refused).get("consentGiven").asBoolean()).isFalse();
        assertThat(codes(json(refused).get("reasons"))).contains("CONSENT_REFUSED");

        // the same answer again is no error; the other answer is refused, typed
        assertThat(customer("POST", "/consent/refusal", token, REFUSAL, "vi").statusCode()).isEqualTo(200);
        HttpResponse<String> consent = customer("POST", "/consent", token, CONSENT, "vi");
        assertThat(consent.statusCode()).as(consent.body()).isEqualTo(409);
        assertThat(json(consent).get("code").asText()).isEqualTo("CONSENT_ALREADY_ANSWERED");
        assertThat(json(consent).get("message").asText()).isNotBlank();
        // no biometric step after a refusal
        HttpResponse<String> challenge = customer("GET", "/liveness/challenge", token, null, "ko");
        assertThat(challenge.statusCode()).as(challenge.body()).isEqualTo(409);
        assertThat(json(challenge).get("code").asText()).isEqualTo("CONSENT_REFUSED");

        // the partner sees the case closed by the customer's answer, and cannot get a new capture session for it
        JsonNode asPartner = json(get(As.BANK_APP, "/kyc/api/v1/cases/" + caseId));
        assertThat(asPartner.get("status").asText()).isEqualTo("REJECTED");
        assertThat(codes(asPartner.get("reasons"))).contains("CONSENT_REFUSED");
        assertThat(asPartner.get("face").get("consentAt").isNull()).isTrue();
        assertThat(asPartner.get("decision").get("decidedBy").asText()).as("the customer, not a reviewer or 'auto'")
                .isNotBlank().isNotEqualTo("auto");
        assertThat(postJson(As.BANK_APP, "/kyc/api/v1/cases/" + caseId + "/capture-session", "", "en").statusCode())
                .isEqualTo(409);
    }

    @Test
    void aRefusalAfterAConsentIsRefusedAndTheCaseGoesOn() throws Exception {
        String caseId = openedCase();
        String token = token(caseId);
        assertThat(customer("POST", "/consent", token, CONSENT, "en").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = customer("POST", "/consent/refusal", token, REFUSAL, "en");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(json(refused).get("code").asText()).isEqualTo("CONSENT_ALREADY_ANSWERED");
        JsonNode asPartner = json(get(As.BANK_APP, "/kyc/api/v1/cases/" + caseId));
        assertThat(asPartner.get("status").asText()).isNotEqualTo("REJECTED");
        assertThat(codes(asPartner.get("reasons"))).doesNotContain("CONSENT_REFUSED");
    }

    @Test
    void aDocumentSentAsAFileGoesToAPersonWhereTheSamePassportTakenWithTheCameraDoesNot() throws Exception {
        String uploadedCase = openedCase();
        HttpResponse<String> uploaded = customer("POST", "/document", token(uploadedCase), passport("UPLOAD"), "en");
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        JsonNode view = json(uploaded).get("caseView");
        assertThat(view.get("status").asText()).isEqualTo("REVIEW");
        assertThat(codes(view.get("reasons"))).contains("DOCUMENT_UPLOADED_NOT_CAPTURED");

        String capturedCase = openedCase();
        HttpResponse<String> captured = customer("POST", "/document", token(capturedCase), passport(null), "en");
        assertThat(captured.statusCode()).as(captured.body()).isEqualTo(200);
        assertThat(json(captured).get("outcome").asText()).as(captured.body()).isEqualTo("ACCEPTED");
        assertThat(codes(json(captured).get("caseView").get("reasons"))).doesNotContain("DOCUMENT_UPLOADED_NOT_CAPTURED");
        assertThat(json(captured).get("caseView").get("status").asText()).isNotEqualTo("REVIEW");

        HttpResponse<String> bad = customer("POST", "/document", token(openedCase()), passport("FILE"), "en");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(json(bad).get("field").asText()).isEqualTo("captureMode");
    }

    @Test
    void aKeyFieldTheCustomerCorrectsToAnotherValueGoesToAPersonBesideWhatWasRead() throws Exception {
        String caseId = openedCase();
        String token = token(caseId);
        HttpResponse<String> captured = customer("POST", "/document", token, passport(null), "en");
        assertThat(json(captured).get("outcome").asText()).as(captured.body()).isEqualTo("ACCEPTED");

        // the same value in other letters is no correction
        HttpResponse<String> same = customer("POST", "/document/corrections", token,
                "{\"corrections\":[{\"field\":\"SURNAME\",\"value\":\"Nguyen\"}]}", "en");
        assertThat(same.statusCode()).as(same.body()).isEqualTo(200);
        assertThat(codes(json(same).get("reasons"))).doesNotContain("DOCUMENT_KEY_FIELD_CORRECTED");

        HttpResponse<String> corrected = customer("POST", "/document/corrections", token,
                "{\"corrections\":[{\"field\":\"BIRTH_DATE\",\"value\":\"1994-03-18\"}]}", "en");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(json(corrected).get("status").asText()).isEqualTo("REVIEW");
        assertThat(codes(json(corrected).get("reasons"))).contains("DOCUMENT_KEY_FIELD_CORRECTED");

        HttpResponse<String> unknown = customer("POST", "/document/corrections", token,
                "{\"corrections\":[{\"field\":\"SALARY\",\"value\":\"1\"}]}", "en");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("field").asText()).isEqualTo("field");
    }
}

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
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.document.synth.Degradation;
import org.ekyc.hub.verification.document.synth.SyntheticDocuments;
import org.ekyc.hub.verification.document.synth.SyntheticPeople;
import org.ekyc.hub.verification.document.synth.SyntheticPerson;
import org.junit.jupiter.api.Test;

/**
 * Face check over REST with the real ONNX models: consent before any image, a challenge bound to the
 * case and used once, the document first — the live face is matched only against the portrait the hub
 * located on the document accepted on the case (its template sealed on the case, never an image), the
 * selfie carries no portrait — frames that do not perform the challenge fail liveness with a reason the
 * app can act on, and no image ever reaches the case store. The documents are generated passports of a
 * synthetic person whose portrait is a licensed test face (`SyntheticPeople`); the selfie frames are
 * another photo of that face, or of someone else. (A passing liveness needs a recorded head turn / blink
 * sequence, which the repository has no footage for; the state machine's passing paths are unit-tested
 * with synthetic landmark sequences, and the match of a located document portrait against its owner and
 * an impostor in PortraitCheckTest and DocumentPortraitLimitsTest.)
 */
class FaceCheckIT extends HubDeployments {

    /** The synthetic passport holder; their portrait is one photo of a licensed test face. */
    private static final SyntheticPerson HOLDER = SyntheticPeople.person(5, 1);

    private static String image(String name) throws Exception {
        Path p = Path.of(System.getProperty("it.faces.dir"), "london", name);
        return Base64.getEncoder().encodeToString(Files.readAllBytes(p));
    }

    /** Another photo of the face printed on the holder's document (the London set has two per person). */
    private static String holdersOtherPhoto() {
        String drawn = HOLDER.portrait().getFileName().toString();
        return drawn.substring(0, 4) + (drawn.endsWith("_03.jpg") ? "08" : "03") + ".jpg";
    }

    /** A photo of another person than the holder. */
    private static String someoneElse() {
        return HOLDER.portrait().getFileName().toString().startsWith("005") ? "001_08.jpg" : "005_08.jpg";
    }

    /**
     * Records the consent to face processing (without it no portrait template is made) and uploads the
     * holder's generated passport; the document is read and not to be retaken or rejected.
     */
    static void uploadDocument(String caseId) throws Exception {
        HttpResponse<String> consent = postJson("/kyc/api/v1/cases/" + caseId + "/consent",
                "{\"noticeVersion\":\"2026-11\",\"language\":\"en\",\"templateRetentionDays\":30}", null);
        assertThat(consent.statusCode()).as(consent.body()).isEqualTo(200);
        uploadDocumentOnly(caseId);
    }

    private static void uploadDocumentOnly(String caseId) throws Exception {
        SyntheticDocuments doc = SyntheticDocuments.generate(5L, 1, DocumentType.PASSPORT_TD3, Degradation.NONE, false);
        HttpResponse<String> r = postJson("/kyc/api/v1/cases/" + caseId + "/document", JSON.createObjectNode()
                .put("image", Base64.getEncoder().encodeToString(doc.jpeg())).put("expectedType", "PASSPORT_TD3").toString(), "en");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).get("outcome").asText()).as(r.body()).isIn("ACCEPTED", "REVIEW");
        assertThat(r.body()).doesNotContain("DOCUMENT_PORTRAIT_UNUSABLE");
    }

    private static String consentAndChallenge(String caseId) throws Exception {
        HttpResponse<String> consent = postJson("/kyc/api/v1/cases/" + caseId + "/consent",
                "{\"noticeVersion\":\"2026-11\",\"language\":\"en\",\"templateRetentionDays\":30}", null);
        assertThat(consent.statusCode()).as(consent.body()).isEqualTo(200);
        return json(get("/kyc/api/v1/cases/" + caseId + "/liveness/challenge")).get("nonce").asText();
    }

    private static ResultSet row(Connection db, String caseId, String columns) throws Exception {
        ResultSet row = db.createStatement().executeQuery("SELECT " + columns + " FROM verification_case WHERE id = '" + caseId + "'");
        assertThat(row.next()).isTrue();
        return row;
    }

    private static Connection db() throws Exception {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
    }

    /** A case of the document's holder, so the document read is theirs (synthetic data only). */
    static String openCase() throws Exception {
        String applicant = JSON.createObjectNode().put("surname", HOLDER.surname()).put("givenNames", HOLDER.givenNames())
                .put("hangulName", HOLDER.hangulName()).put("nationality", HOLDER.nationality())
                .put("birthDate", HOLDER.birthDate().toString()).put("phone", "010-1234-5678").put("email", "holder@example.test")
                .put("product", "ACCOUNT").put("externalReference", "FACE-IT-" + System.nanoTime())
                .put("registrationNumber", HOLDER.registrationNumber()).toString();
        HttpResponse<String> created = postJson("/kyc/api/v1/cases", applicant, null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("caseId").asText();
    }

    static String selfie(String nonce, String frame, int count) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.put("nonce", nonce);
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
                selfie("0123456789abcdef0123", "x", 1), "ko");
        assertThat(selfie.statusCode()).isEqualTo(400);
        assertThat(json(selfie).get("code").asText()).isEqualTo("CONSENT_REQUIRED");
        assertThat(json(selfie).get("message").asText()).startsWith("얼굴 이미지를 보내기 전에");
    }

    @Test
    void framesThatDoNotPerformTheChallengeFailLivenessAndTheCaseAsksForARetry() throws Exception {
        String caseId = openCase();
        uploadDocument(caseId);
        HttpResponse<String> consent = postJson("/kyc/api/v1/cases/" + caseId + "/consent",
                "{\"noticeVersion\":\"2026-11\",\"language\":\"ko\",\"templateRetentionDays\":30}", null);
        assertThat(consent.statusCode()).as(consent.body()).isEqualTo(200);
        assertThat(json(consent).get("face").get("consentAt").asText()).isNotBlank();

        JsonNode challenge = json(get("/kyc/api/v1/cases/" + caseId + "/liveness/challenge"));
        String nonce = challenge.get("nonce").asText();
        assertThat(challenge.get("actions").size()).isBetween(2, 3);

        // a still photo held to the camera: ten frames, no head turn, no blink
        HttpResponse<String> checked = postJson("/kyc/api/v1/cases/" + caseId + "/selfie",
                selfie(nonce, image(holdersOtherPhoto()), 10), "en");
        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
        JsonNode view = json(checked);
        assertThat(view.get("face").get("liveness").asText()).isEqualTo("FAILED");
        assertThat(view.get("status").asText()).isEqualTo("RETRY");
        assertThat(view.get("reasons").toString()).containsAnyOf("LIVENESS_ACTION_MISSING", "LIVENESS_FRAME_REPLAYED",
                "LIVENESS_ACTION_ORDER");
        assertThat(view.get("face").get("templatePurgeAt").isNull()).isTrue();

        // the challenge was used: sending it again is refused before any image is looked at
        HttpResponse<String> again = postJson("/kyc/api/v1/cases/" + caseId + "/selfie",
                selfie(nonce, image(holdersOtherPhoto()), 10), null);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(json(again).get("code").asText()).isEqualTo("LIVENESS_CHALLENGE_NOT_FOR_CASE");

        // nothing but codes and template columns ever reach the store: no image; the document portrait's
        // template is sealed and waits for the retry
        try (Connection db = db(); ResultSet row = row(db, caseId,
                "face_liveness, face_template_enc, document_portrait_template_enc, document_portrait_model")) {
            assertThat(row.getString("face_liveness")).isEqualTo("FAILED");
            assertThat(row.getString("face_template_enc")).isNull();
            // sealed with AES-GCM (v1: nonce + ciphertext of the Base64 template), like the live template
            assertThat(row.getString("document_portrait_template_enc")).startsWith("v1:").hasSizeGreaterThan(600);
            assertThat(row.getString("document_portrait_model")).isNotBlank();
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
                selfie(othersNonce, image(holdersOtherPhoto()), 3), null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("code").asText()).isEqualTo("LIVENESS_CHALLENGE_NOT_FOR_CASE");
    }

    @Test
    void anImageThatIsNotAnImageIsATypedErrorNotA5xx() throws Exception {
        String caseId = openCase();
        uploadDocument(caseId);
        postJson("/kyc/api/v1/cases/" + caseId + "/consent", "{\"noticeVersion\":\"2026-11\",\"language\":\"vi\"}", null);
        String nonce = json(get("/kyc/api/v1/cases/" + caseId + "/liveness/challenge")).get("nonce").asText();
        String garbage = Base64.getEncoder().encodeToString("this is not a JPEG".getBytes());
        HttpResponse<String> r = postJson("/kyc/api/v1/cases/" + caseId + "/selfie",
                selfie(nonce, garbage, 5), "vi");
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 499);
        JsonNode body = json(r);
        String text = body.toString();
        assertThat(text).contains("FACE_IMAGE_UNREADABLE");
    }

    @Test
    void aSelfieBeforeAnyDocumentIsRefusedWithDocumentRequired() throws Exception {
        String caseId = openCase();
        String nonce = consentAndChallenge(caseId);
        HttpResponse<String> r = postJson("/kyc/api/v1/cases/" + caseId + "/selfie", selfie(nonce, image(holdersOtherPhoto()), 5), "ko");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        assertThat(json(r).get("code").asText()).isEqualTo("DOCUMENT_REQUIRED");
        assertThat(json(r).get("message").asText()).startsWith("먼저 신분증 사진을 올려 주세요");
        assertThat(json(get("/kyc/api/v1/cases/" + caseId)).get("face").get("liveness").isNull()).isTrue();
    }

    @Test
    void aDocumentReadBeforeTheConsentToFaceProcessingIsNoAnchorForTheFace() throws Exception {
        String caseId = openCase();
        uploadDocumentOnly(caseId);
        try (Connection db = db(); ResultSet row = row(db, caseId, "document_portrait_template_enc")) {
            assertThat(row.getString("document_portrait_template_enc")).isNull();
        }
        String nonce = consentAndChallenge(caseId);
        HttpResponse<String> r = postJson("/kyc/api/v1/cases/" + caseId + "/selfie", selfie(nonce, image(holdersOtherPhoto()), 5), "en");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        assertThat(json(r).get("code").asText()).isEqualTo("DOCUMENT_REQUIRED");
    }

    @Test
    void aDocumentToRetakeIsNoAnchorForTheFace() throws Exception {
        String caseId = openCase();
        SyntheticDocuments blurred = SyntheticDocuments.generate(5L, 1, DocumentType.PASSPORT_TD3, Degradation.BLUR, true);
        HttpResponse<String> upload = postJson("/kyc/api/v1/cases/" + caseId + "/document", JSON.createObjectNode()
                .put("image", Base64.getEncoder().encodeToString(blurred.jpeg())).toString(), "en");
        assertThat(json(upload).get("outcome").asText()).as(upload.body()).isEqualTo("RETAKE");
        String nonce = consentAndChallenge(caseId);
        HttpResponse<String> r = postJson("/kyc/api/v1/cases/" + caseId + "/selfie", selfie(nonce, image(holdersOtherPhoto()), 5), "en");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        assertThat(json(r).get("code").asText()).isEqualTo("DOCUMENT_REQUIRED");
        try (Connection db = db(); ResultSet row = row(db, caseId, "document_portrait_template_enc")) {
            assertThat(row.getString("document_portrait_template_enc")).isNull();
        }
    }

    @Test
    void aSelfieThatStillSendsAPortraitIsRefusedWhateverThePortrait() throws Exception {
        String caseId = openCase();
        uploadDocument(caseId);
        String nonce = consentAndChallenge(caseId);
        ObjectNode body = (ObjectNode) JSON.readTree(selfie(nonce, image(someoneElse()), 5));
        body.put("portrait", image(someoneElse()));
        HttpResponse<String> r = postJson("/kyc/api/v1/cases/" + caseId + "/selfie", body.toString(), "zh");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(json(r).get("code").asText()).isEqualTo("SELFIE_PORTRAIT_NOT_ACCEPTED");
        assertThat(json(r).get("field").asText()).isEqualTo("portrait");
        // refused before anything was looked at: the challenge is still the case's
        HttpResponse<String> without = postJson("/kyc/api/v1/cases/" + caseId + "/selfie", selfie(nonce, image(someoneElse()), 5), null);
        assertThat(without.statusCode()).as(without.body()).isEqualTo(200);
    }

    /**
     * Someone else's face against the holder's document never gives a match. With the still frames an IT can
     * send, liveness fails first and no match is made; were liveness to pass, the match against the document's
     * portrait must be NO_MATCH — both are accepted here, a MATCH never.
     */
    @Test
    void anotherPersonsSelfieDoesNotMatchTheDocumentsPortrait() throws Exception {
        String caseId = openCase();
        uploadDocument(caseId);
        String nonce = consentAndChallenge(caseId);
        HttpResponse<String> r = postJson("/kyc/api/v1/cases/" + caseId + "/selfie", selfie(nonce, image(someoneElse()), 10), "en");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode face = json(r).get("face");
        assertThat(face.get("match").asText()).isNotEqualTo("MATCH");
        if (face.get("liveness").asText().equals("FAILED")) {
            assertThat(face.get("match").isNull()).isTrue();
        } else {
            assertThat(face.get("match").asText()).isEqualTo("NO_MATCH");
            assertThat(json(r).get("reasons").toString()).contains("FACE_NO_MATCH");
        }
        assertThat(json(r).get("status").asText()).isNotEqualTo("APPROVED");
    }
}

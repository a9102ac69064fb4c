package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.face.LiveFrame;
import org.ekyc.hub.verification.api.face.LivenessAction;
import org.ekyc.hub.verification.document.synth.Degradation;
import org.ekyc.hub.verification.document.synth.SyntheticDocuments;
import org.ekyc.hub.verification.document.synth.SyntheticPerson;
import org.ekyc.hub.verification.face.synth.LivenessFrames;
import org.junit.jupiter.api.Test;

/**
 * The verdict end to end, over the wire, with nothing claimed: a case opened for a person the immigration
 * registry knows, her passport photographed, her consent, a liveness challenge performed by rendered selfie
 * frames of her face (a textured 3D head that turns and closes its eyes, {@link LivenessFrames}), matched
 * against the portrait the hub located on her passport, screened and confirmed by the registry — and
 * approved automatically. The same flow is refused when the selfie is another person, when the passport
 * names someone other than the applicant, and when a selfie is replayed.
 */
class VerdictIT extends HubDeployments {

    private static final Path LONDON = Path.of(System.getProperty("it.faces.dir"), "london");
    /** Her face: a London identity whose rendered blink the engine sees; the passport shows one photo, the selfie renders the other. */
    private static final String FACE = LivenessFrames.BLINKING_FACES.get(1);
    private static final String OTHER_FACE = LivenessFrames.BLINKING_FACES.get(3);

    /** WANG XIAOMING of China (a STANDARD-tier nationality), as the immigration simulator knows her. */
    private static final SyntheticPerson WANG = new SyntheticPerson("WANG", "XIAOMING", "왕샤오밍", "CHN", "CHINA", 'F',
            LocalDate.of(1985, 12, 24), "EH4729183", LocalDate.of(2032, 8, 14), "8512246234567", "F-4",
            LocalDate.of(2022, 9, 1), LONDON.resolve(FACE + "_08.jpg"));

    private static String wangJson(String reference) {
        return JSON.createObjectNode().put("surname", "WANG").put("givenNames", "XIAOMING").put("nationality", "CHN")
                .put("birthDate", "1985-12-24").put("phone", "010-2345-6789").put("email", "xiaoming@example.test")
                .put("product", "ACCOUNT").put("externalReference", reference).put("registrationNumber", "8512246234567")
                .toString();
    }

    private static String openWangsCase() throws Exception {
        HttpResponse<String> created = postJson("/kyc/api/v1/cases", wangJson("VERDICT-IT-" + System.nanoTime()), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("caseId").asText();
    }

    private static void consent(String caseId) throws Exception {
        HttpResponse<String> consent = postJson("/kyc/api/v1/cases/" + caseId + "/consent",
                "{\"noticeVersion\":\"2026-11\",\"language\":\"zh\",\"templateRetentionDays\":30}", null);
        assertThat(consent.statusCode()).as(consent.body()).isEqualTo(200);
    }

    private static JsonNode uploadPassport(String caseId, SyntheticPerson holder) throws Exception {
        SyntheticDocuments doc = SyntheticDocuments.draw(holder, DocumentType.PASSPORT_TD3, Degradation.NONE, false, 23L);
        HttpResponse<String> r = postJson("/kyc/api/v1/cases/" + caseId + "/document", JSON.createObjectNode()
                .put("image", Base64.getEncoder().encodeToString(doc.jpeg())).put("expectedType", "PASSPORT_TD3").toString(), "en");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r);
    }

    /** The challenge's nonce and the frames of {@code face} performing its actions (a fresh seed: the hub remembers frames). */
    private record Selfie(String nonce, String json) {
    }

    private static Selfie performChallenge(String caseId, String face) throws Exception {
        JsonNode challenge = json(get("/kyc/api/v1/cases/" + caseId + "/liveness/challenge"));
        List<LivenessAction> actions = new ArrayList<>();
        challenge.get("actions").forEach(a -> actions.add(LivenessAction.valueOf(a.asText())));
        List<LiveFrame> frames = LivenessFrames.forChallenge(actions, LONDON.resolve(face + "_03.jpg"), System.nanoTime());
        return new Selfie(challenge.get("nonce").asText(), selfieJson(challenge.get("nonce").asText(), frames));
    }

    private static String selfieJson(String nonce, List<LiveFrame> frames) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.put("nonce", nonce);
        ArrayNode array = body.putArray("frames");
        long start = System.currentTimeMillis() - 10_000;
        for (LiveFrame f : frames) {
            array.addObject().put("image", Base64.getEncoder().encodeToString(f.image())).put("capturedAt", start + f.capturedAtMillis());
        }
        return JSON.writeValueAsString(body);
    }

    private static HttpResponse<String> sendSelfie(String caseId, String json) throws Exception {
        return postJson("/kyc/api/v1/cases/" + caseId + "/selfie", json, "en");
    }

    /** A case with her passport accepted, the registry's answer in, her consent given. */
    private static String readyForTheFace(SyntheticPerson passportHolder) throws Exception {
        String caseId = openWangsCase();
        consent(caseId);
        JsonNode reading = uploadPassport(caseId, passportHolder);
        assertThat(reading.get("outcome").asText()).as(reading.toString()).isIn("ACCEPTED", "REVIEW");
        JsonNode answered = awaitImmigrationAnswer(caseId);
        assertThat(answered.get("immigrationCheck").asText()).isEqualTo("VERIFIED");
        return caseId;
    }

    /**
     * #19 The face block of the reviewer's case detail (as the auditor reads it): after a face check its threshold,
     * review threshold and liveness score are numbers, never null, and no image is in it.
     */
    private static JsonNode reviewersFace(String caseId) throws Exception {
        HttpResponse<String> detail = get(As.AUDITOR, "/kyc/api/v1/review/cases/" + caseId);
        assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
        JsonNode face = json(detail).get("face");
        for (String field : List.of("matchScore", "threshold", "reviewThreshold", "livenessScore")) {
            assertThat(face.get(field).isNumber()).as(field + " in " + face).isTrue();
        }
        assertThat(face.toString()).doesNotContain("image");
        return face;
    }

    @Test
    void herPassportHerLiveFaceAndACleanRegistryAnswerApproveTheCaseAutomatically() throws Exception {
        String caseId = readyForTheFace(WANG);
        assertThat(json(get("/kyc/api/v1/cases/" + caseId)).get("document").get("outcome").asText()).isEqualTo("ACCEPTED");
        Selfie selfie = performChallenge(caseId, FACE);
        HttpResponse<String> checked = sendSelfie(caseId, selfie.json());
        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
        JsonNode view = json(checked);
        assertThat(view.get("face").get("liveness").asText()).as(checked.body()).isEqualTo("PASSED");
        assertThat(view.get("face").get("match").asText()).as(checked.body()).isEqualTo("MATCH");
        assertThat(view.get("screening").asText()).isEqualTo("CLEAR");
        assertThat(view.get("status").asText()).as(checked.body()).isEqualTo("APPROVED");
        assertThat(view.get("decision").get("decidedBy").asText()).isEqualTo("auto");
        assertThat(view.get("decision").get("riskTier").asText()).isEqualTo("STANDARD");
        assertThat(view.get("decision").get("methods").toString()).contains("ID_COPY_VERIFIED").contains("BIOMETRIC_MATCH");
        assertThat(view.get("account").get("state").asText()).as("an approved ACCOUNT case orders its account").isEqualTo("PENDING");
        // #19 the reviewer's detail shows the thresholds the engine applied and the P(live) it measured
        JsonNode face = reviewersFace(caseId);
        assertThat(face.get("matchScore").asDouble()).as(face.toString()).isGreaterThanOrEqualTo(face.get("threshold").asDouble());
        assertThat(face.get("livenessScore").asDouble()).as(face.toString())
                .isGreaterThanOrEqualTo(org.ekyc.hub.verification.face.FacePolicy.calibrated().spoofReview());

        // replayed: the same selfie, and the same passport, on the decided case are refused; the case stays as it was
        HttpResponse<String> replayed = sendSelfie(caseId, selfie.json());
        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(409);
        assertThat(json(replayed).get("code").asText()).isEqualTo("CASE_ALREADY_DECIDED");
        SyntheticDocuments again = SyntheticDocuments.draw(WANG, DocumentType.PASSPORT_TD3, Degradation.NONE, false, 23L);
        HttpResponse<String> document = postJson("/kyc/api/v1/cases/" + caseId + "/document", JSON.createObjectNode()
                .put("image", Base64.getEncoder().encodeToString(again.jpeg())).put("expectedType", "PASSPORT_TD3").toString(), "en");
        assertThat(document.statusCode()).as(document.body()).isEqualTo(409);
        JsonNode after = json(get("/kyc/api/v1/cases/" + caseId));
        assertThat(after.get("status").asText()).isEqualTo("APPROVED");
        // (the account opening the approval ordered may change the last change; the checks do not change)
        for (String field : List.of("liveness", "match", "similarity")) {
            assertThat(after.get("face").get(field)).isEqualTo(view.get("face").get(field));
        }
        assertThat(after.get("document")).isEqualTo(view.get("document"));
    }

    @Test
    void anotherPersonsLiveFaceIsNoMatchAndTheCaseIsNotApproved() throws Exception {
        String caseId = readyForTheFace(WANG);
        HttpResponse<String> checked = sendSelfie(caseId, performChallenge(caseId, OTHER_FACE).json());
        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
        JsonNode view = json(checked);
        assertThat(view.get("face").get("liveness").asText()).as("a live person, only not her").isEqualTo("PASSED");
        assertThat(view.get("face").get("match").asText()).isEqualTo("NO_MATCH");
        assertThat(view.get("status").asText()).isNotEqualTo("APPROVED");
        // #19 the reviewer sees why: the score below the review threshold the engine applied, and a live P(live)
        JsonNode face = reviewersFace(caseId);
        assertThat(face.get("matchScore").asDouble()).as(face.toString()).isLessThan(face.get("reviewThreshold").asDouble());
        assertThat(face.get("reviewThreshold").asDouble()).isLessThanOrEqualTo(face.get("threshold").asDouble());
        assertThat(face.get("livenessScore").asDouble()).as(face.toString())
                .isGreaterThanOrEqualTo(org.ekyc.hub.verification.face.FacePolicy.calibrated().spoofReview());
        assertThat(view.get("decision").get("methods").toString()).doesNotContain("BIOMETRIC_MATCH");
    }

    @Test
    void aPassportOfSomeoneElseWithHerFaceOnItIsNotApproved() throws Exception {
        // another person's identity with her photo: the face matches, the document does not name the applicant
        SyntheticPerson someoneElse = new SyntheticPerson("LI", "MEI", "리메이", "CHN", "CHINA", 'F',
                LocalDate.of(1991, 4, 2), "EJ1836452", LocalDate.of(2031, 2, 3), null, "F-4",
                LocalDate.of(2022, 9, 1), WANG.portrait());
        String caseId = readyForTheFace(someoneElse);
        JsonNode before = json(get("/kyc/api/v1/cases/" + caseId));
        assertThat(before.get("reasons").toString()).contains("DOCUMENT_NAME_MISMATCH").contains("DOCUMENT_BIRTH_DATE_MISMATCH");
        HttpResponse<String> checked = sendSelfie(caseId, performChallenge(caseId, FACE).json());
        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
        JsonNode view = json(checked);
        assertThat(view.get("face").get("match").asText()).isEqualTo("MATCH");
        assertThat(view.get("status").asText()).as(checked.body()).isEqualTo("REVIEW");
        assertThat(view.get("decision").get("methods").toString()).doesNotContain("ID_COPY_VERIFIED");
    }

    @Test
    void aSelfieReplayedOnAnotherCaseIsRefused() throws Exception {
        String first = readyForTheFace(WANG);
        Selfie selfie = performChallenge(first, FACE);
        assertThat(sendSelfie(first, selfie.json()).statusCode()).isEqualTo(200);
        // the same frames under a fresh challenge of a second case: the hub has seen them
        String second = readyForTheFace(WANG);
        JsonNode challenge = json(get("/kyc/api/v1/cases/" + second + "/liveness/challenge"));
        String replay = selfie.json().replace(selfie.nonce(), challenge.get("nonce").asText());
        HttpResponse<String> replayed = sendSelfie(second, replay);
        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
        JsonNode view = json(replayed);
        assertThat(view.get("face").get("liveness").asText()).isEqualTo("FAILED");
        assertThat(view.get("reasons").toString()).contains("LIVENESS_FRAME_REPLAYED");
        assertThat(view.get("status").asText()).isEqualTo("RETRY");
        assertThat(view.get("decision").get("methods").toString()).doesNotContain("BIOMETRIC_MATCH");
    }
}

package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.document.synth.Degradation;
import org.ekyc.hub.verification.document.synth.SyntheticDocuments;
import org.ekyc.hub.verification.document.synth.SyntheticPeople;
import org.junit.jupiter.api.Test;

/**
 * Document upload over REST with real Tesseract inside WildFly: a generated passport photo of a
 * synthetic person is read (MRZ) and its outcome recorded on the case; a file that is no image gets
 * a typed 422, not a 5xx.
 */
class DocumentUploadIT extends HubDeployments {

    private static String openCase() throws Exception {
        HttpResponse<String> created = postJson("/kyc/api/v1/cases", nguyenJson("DOC-IT-" + System.nanoTime()), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("caseId").asText();
    }

    @Test
    void generatedPassportIsReadAndTheOutcomeRecordedOnTheCase() throws Exception {
        String caseId = openCase();
        SyntheticDocuments doc = SyntheticDocuments.generate(7L, 3, DocumentType.PASSPORT_TD3, Degradation.values()[0], false);
        String body = JSON.createObjectNode().put("image", Base64.getEncoder().encodeToString(doc.jpeg()))
                .put("expectedType", "PASSPORT_TD3").toString();

        HttpResponse<String> r = postJson("/kyc/api/v1/cases/" + caseId + "/document", body, "en");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode reading = json(r);
        assertThat(reading.get("documentType").asText()).isEqualTo("PASSPORT_TD3");
        assertThat(reading.get("fields").toString()).contains("MRZ").contains(doc.person().surname());
        assertThat(r.body()).doesNotContain("DOCUMENT_PORTRAIT_NO_FACE").doesNotContain("DOCUMENT_PORTRAIT_MISPLACED")
                .doesNotContain("DOCUMENT_SCREEN_RECAPTURE");
        assertThat(reading.get("caseView").get("document").get("type").asText()).isEqualTo("PASSPORT_TD3");
        JsonNode stored = json(get("/kyc/api/v1/cases/" + caseId));
        assertThat(stored.get("document").get("outcome").asText()).isEqualTo(reading.get("outcome").asText());
    }

    @Test
    void aFileThatIsNotAnImageIsA422WithAReason() throws Exception {
        String caseId = openCase();
        String body = JSON.createObjectNode()
                .put("image", Base64.getEncoder().encodeToString("%PDF-1.4 not an image".getBytes())).toString();
        HttpResponse<String> r = postJson("/kyc/api/v1/cases/" + caseId + "/document", body, "ko");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(json(r).get("code").asText()).startsWith("IMAGE_");
    }

    @Test
    void aResidenceCardWithItsBackAndABurstOfFramesIsReadFromBothSides() throws Exception {
        String caseId = openCase();
        SyntheticDocuments front = SyntheticDocuments.generate(9L, 2, DocumentType.ALIEN_REGISTRATION_CARD, Degradation.NONE, false);
        SyntheticDocuments frontNoisy = SyntheticDocuments.generate(9L, 2, DocumentType.ALIEN_REGISTRATION_CARD,
                Degradation.JPEG_NOISE, false);
        SyntheticDocuments back = SyntheticDocuments.generate(9L, 2, DocumentType.RESIDENCE_CARD_BACK, Degradation.NONE, false);
        var extensions = SyntheticPeople.extensions(back.person());
        var body = JSON.createObjectNode().put("image", Base64.getEncoder().encodeToString(front.jpeg()));
        body.putArray("frames").add(Base64.getEncoder().encodeToString(frontNoisy.jpeg()))
                .add(Base64.getEncoder().encodeToString(front.jpeg()));
        body.putArray("back").add(Base64.getEncoder().encodeToString(back.jpeg()));

        HttpResponse<String> r = postJson("/kyc/api/v1/cases/" + caseId + "/document", body.toString(), "en");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode reading = json(r);
        assertThat(reading.get("documentType").asText()).isEqualTo("ALIEN_REGISTRATION_CARD");
        assertThat(reading.get("fields").toString()).contains(front.person().stayStatus())
                .contains("STAY_EXPIRY_DATE").contains(extensions.get(extensions.size() - 1).expiry().toString())
                .contains("CARD_SERIAL");
    }

    @Test
    void aKoreanResidentIdCardIsClassifiedByItsTitle() throws Exception {
        String caseId = openCase();
        SyntheticDocuments card = SyntheticDocuments.generate(9L, 4, DocumentType.RESIDENT_ID_CARD, Degradation.NONE, false);
        String body = JSON.createObjectNode().put("image", Base64.getEncoder().encodeToString(card.jpeg())).toString();
        HttpResponse<String> r = postJson("/kyc/api/v1/cases/" + caseId + "/document", body, "ko");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).get("documentType").asText()).isEqualTo("RESIDENT_ID_CARD");
        assertThat(json(r).get("fields").toString()).contains(SyntheticPeople.citizen(card.person()).residentNumber());
    }

    @Test
    void tooManyFramesIsA422WithItsReason() throws Exception {
        String caseId = openCase();
        SyntheticDocuments doc = SyntheticDocuments.generate(9L, 5, DocumentType.PASSPORT_TD3, Degradation.NONE, false);
        String photo = Base64.getEncoder().encodeToString(doc.jpeg());
        var body = JSON.createObjectNode().put("image", photo);
        var frames = body.putArray("frames");
        for (int i = 0; i < 5; i++) {
            frames.add(photo);
        }
        HttpResponse<String> r = postJson("/kyc/api/v1/cases/" + caseId + "/document", body.toString(), "vi");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(json(r).get("code").asText()).isEqualTo("DOCUMENT_FRAME_COUNT");
        assertThat(json(r).get("message").asText()).contains("5");
    }

    @Test
    void aPassportWhosePortraitWasPaintedOverIsSentToReviewByTheFaceDetector() throws Exception {
        String caseId = openCase();
        var person = SyntheticPeople.person(9L, 6);
        java.awt.image.BufferedImage page = org.ekyc.hub.verification.document.synth.DocumentRenderer.passport(person);
        var layout = org.ekyc.hub.verification.document.DocumentLayout.PASSPORT_TD3;
        java.awt.Rectangle portrait = layout.pixels(layout.portrait());
        java.awt.Graphics2D g = page.createGraphics();
        g.setColor(new java.awt.Color(220, 232, 226));
        g.fillRect(portrait.x, portrait.y, portrait.width, portrait.height);
        g.dispose();
        byte[] jpeg = org.ekyc.hub.verification.document.synth.Capture.jpeg(
                org.ekyc.hub.verification.document.synth.Capture.photo(page, Degradation.NONE, false, 5), 0.9f);
        String body = JSON.createObjectNode().put("image", Base64.getEncoder().encodeToString(jpeg)).toString();

        HttpResponse<String> r = postJson("/kyc/api/v1/cases/" + caseId + "/document", body, "en");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).get("outcome").asText()).isEqualTo("REVIEW");
        assertThat(r.body()).contains("DOCUMENT_PORTRAIT_NO_FACE");
    }

    @Test
    void aPassportPhotographedOffAScreenIsReadAndSentToReview() throws Exception {
        String caseId = openCase();
        // the clean capture shown on a simulated LCD and photographed again (synthetic person)
        SyntheticDocuments doc = SyntheticDocuments.generate(5L, 1, DocumentType.PASSPORT_TD3, Degradation.SCREEN, false);
        String body = JSON.createObjectNode().put("image", Base64.getEncoder().encodeToString(doc.jpeg())).toString();

        HttpResponse<String> r = postJson("/kyc/api/v1/cases/" + caseId + "/document", body, "en");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).get("documentType").asText()).isEqualTo("PASSPORT_TD3");
        assertThat(json(r).get("outcome").asText()).isEqualTo("REVIEW");
        assertThat(r.body()).contains("DOCUMENT_SCREEN_RECAPTURE");
    }
}

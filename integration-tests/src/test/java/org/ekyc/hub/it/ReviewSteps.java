package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ekyc.hub.it.HubDeployments.JSON;
import static org.ekyc.hub.it.HubDeployments.awaitImmigrationAnswer;
import static org.ekyc.hub.it.HubDeployments.json;
import static org.ekyc.hub.it.HubDeployments.nguyenJson;
import static org.ekyc.hub.it.HubDeployments.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.document.synth.Degradation;
import org.ekyc.hub.verification.document.synth.SyntheticDocuments;
import org.ekyc.hub.verification.document.synth.SyntheticPeople;
import org.ekyc.hub.verification.document.synth.SyntheticPerson;

/**
 * The way to a case a reviewer may approve, over the wire, with nothing claimed: the applicant's own
 * passport read and confirmed by the immigration registry (the ID copy), a confirmed video interview and
 * source-of-funds evidence recorded by a named reviewer, then two different reviewers' approvals (the
 * applicant, NGUYEN VAN AN of Viet Nam, is ENHANCED).
 */
final class ReviewSteps {

    /** The synthetic applicant of {@link HubDeployments#nguyenJson} as the immigration simulator knows him, with a test face. */
    static final SyntheticPerson NGUYEN = new SyntheticPerson("NGUYEN", "VAN AN", "응우옌반안", "VNM", "VIETNAM", 'M',
            LocalDate.of(1994, 3, 17), "C4817263", LocalDate.of(2031, 6, 30), "9403175123456", "E-9",
            LocalDate.of(2023, 4, 3), SyntheticPeople.person(5, 1).portrait());

    private ReviewSteps() {
    }

    /** Uploads NGUYEN VAN AN's passport (no consent to face processing needed: no face check here); it is accepted. */
    static void uploadNguyensPassport(String caseId) throws Exception {
        SyntheticDocuments doc = SyntheticDocuments.draw(NGUYEN, DocumentType.PASSPORT_TD3, Degradation.NONE, false, 17L);
        HttpResponse<String> r = postJson("/kyc/api/v1/cases/" + caseId + "/document", JSON.createObjectNode()
                .put("image", Base64.getEncoder().encodeToString(doc.jpeg())).put("expectedType", "PASSPORT_TD3").toString(), "en");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).get("outcome").asText()).as(r.body()).isEqualTo("ACCEPTED");
    }

    /** A video interview recorded by {@code reviewer} (the hub records the authenticated reviewer). */
    static HttpResponse<String> interview(String caseId, As reviewer, String outcome) throws Exception {
        // held after the case was opened (the hub refuses an interview before it), over by now
        Instant heldAt = Instant.now().minus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        return postJson(reviewer, "/kyc/api/v1/cases/" + caseId + "/video-interview", JSON.createObjectNode()
                .put("heldAt", heldAt.toString()).put("durationSeconds", 90)
                .put("outcome", outcome).put("recordingRef", "rec://vc/it/" + caseId).toString(), "en");
    }

    static HttpResponse<String> sourceOfFunds(String caseId, As reviewer) throws Exception {
        return postJson(reviewer, "/kyc/api/v1/cases/" + caseId + "/source-of-funds", JSON.createObjectNode()
                .put("source", "SALARY").put("evidenceRef", "dms://kyc/it/payslips")
                .put("note", "three payslips of the employer seen").toString(), "en");
    }

    static HttpResponse<String> approve(String caseId, As reviewer) throws Exception {
        return postJson(reviewer, "/kyc/api/v1/cases/" + caseId + "/decision", "{\"decision\":\"APPROVED\"}", "en");
    }

    /** Opens NGUYEN VAN AN's case and records the evidence an approval needs; the case is not decided yet. */
    static String caseWithEvidence(String reference) throws Exception {
        return caseWithEvidence(reference, null);
    }

    /** The same, the case opened with {@code acceptLanguage} (null: none; #19 it gives the applicant's language). */
    static String caseWithEvidence(String reference, String acceptLanguage) throws Exception {
        String caseId = json(postJson("/kyc/api/v1/cases", nguyenJson(reference), acceptLanguage)).get("caseId").asText();
        JsonNode answered = awaitImmigrationAnswer(caseId);
        assertThat(answered.get("immigrationCheck").asText()).isEqualTo("VERIFIED");
        uploadNguyensPassport(caseId);
        HttpResponse<String> interview = interview(caseId, As.REVIEWER_1, "CONFIRMED");
        assertThat(interview.statusCode()).as(interview.body()).isEqualTo(200);
        HttpResponse<String> funds = sourceOfFunds(caseId, As.REVIEWER_1);
        assertThat(funds.statusCode()).as(funds.body()).isEqualTo(200);
        return caseId;
    }

    /**
     * NGUYEN VAN AN's case with the evidence an approval needs, waiting for a person (REVIEW): the phone number the
     * application gave (010-1234-5678) is no subscriber of the simulated carriers (telecom-people.csv knows his phone
     * as 010-5555-0003), so the carrier does not confirm it and the case goes to REVIEW with PHONE_NOT_VERIFIED. Without
     * a face check no other step sends a clean case to a person.
     */
    static String caseInReview(String reference) throws Exception {
        return caseInReview(reference, null);
    }

    /** The same, the case opened with {@code acceptLanguage} (#19 the applicant's language at opening). */
    static String caseInReview(String reference, String acceptLanguage) throws Exception {
        String caseId = caseWithEvidence(reference, acceptLanguage);
        HttpResponse<String> phone = postJson("/kyc/api/v1/cases/" + caseId + "/phone-verification",
                "{\"sex\":\"M\",\"carrier\":\"SKT\"}", "en");
        assertThat(phone.statusCode()).as(phone.body()).isEqualTo(200);
        assertThat(json(phone).get("status").asText()).as(phone.body()).isEqualTo("REVIEW");
        assertThat(json(phone).get("reasons").toString()).contains("PHONE_NOT_VERIFIED");
        return caseId;
    }

    /** A case approved by two reviewers on recorded evidence (the second a senior reviewer). */
    static JsonNode approvedCase(String reference) throws Exception {
        String caseId = caseWithEvidence(reference);
        HttpResponse<String> first = approve(caseId, As.REVIEWER_1);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json(first).get("status").asText()).as(first.body()).isNotEqualTo("APPROVED");
        HttpResponse<String> second = approve(caseId, As.REVIEWER_2);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(json(second).get("status").asText()).as(second.body()).isEqualTo("APPROVED");
        return json(second);
    }
}

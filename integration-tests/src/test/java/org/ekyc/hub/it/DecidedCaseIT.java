package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.ekyc.hub.it.soap.client.KycCaseService;
import org.ekyc.hub.it.soap.client.KycFault_Exception;
import org.ekyc.hub.it.soap.client.UploadDocument;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.document.synth.Degradation;
import org.ekyc.hub.verification.document.synth.SyntheticDocuments;
import org.junit.jupiter.api.Test;

/**
 * A decided case is final, over the wire: every mutating operation on an approved or rejected case is
 * refused with 409 CASE_ALREADY_DECIDED (a KycFault on SOAP), and the case reads back unchanged —
 * same status, same reasons, same last change.
 */
class DecidedCaseIT extends HubDeployments {

    /** A case a reviewer rejected (after the immigration registry answered: nothing else is due on it). */
    private static String rejectedCase() throws Exception {
        String caseId = json(postJson("/kyc/api/v1/cases", nguyenJson("DECIDED-IT-" + System.nanoTime()), null))
                .get("caseId").asText();
        awaitImmigrationAnswer(caseId);
        HttpResponse<String> rejected = postJson(As.REVIEWER_1, "/kyc/api/v1/cases/" + caseId + "/decision", """
                {"decision":"REJECTED","reasonCode":"IDENTITY_NOT_CONFIRMED","note":"customer withdrew"}""", "en");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(json(rejected).get("status").asText()).isEqualTo("REJECTED");
        return caseId;
    }

    private static JsonNode read(String caseId) throws Exception {
        return json(get("/kyc/api/v1/cases/" + caseId));
    }

    /** The answer is the typed refusal and the case reads back as it was. */
    private static void refused(String caseId, JsonNode before, HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
        assertThat(json(answer).get("code").asText()).isEqualTo("CASE_ALREADY_DECIDED");
        JsonNode after = read(caseId);
        assertThat(after.get("status")).isEqualTo(before.get("status"));
        assertThat(after.get("reasons")).isEqualTo(before.get("reasons"));
        assertThat(after.get("updatedAt")).isEqualTo(before.get("updatedAt"));
        assertThat(after.get("decision").get("decidedBy")).isEqualTo(before.get("decision").get("decidedBy"));
    }

    /** POSTs {@code body} to {@code operation} of a rejected case: refused, the case unchanged. */
    private static void postRefused(String operation, String body, String language) throws Exception {
        String caseId = rejectedCase();
        refused(caseId, read(caseId), postJson("/kyc/api/v1/cases/" + caseId + operation, body, language));
    }

    private static String passportJson() {
        SyntheticDocuments doc = SyntheticDocuments.generate(7L, 3, DocumentType.PASSPORT_TD3, Degradation.values()[0], false);
        return JSON.createObjectNode().put("image", Base64.getEncoder().encodeToString(doc.jpeg()))
                .put("expectedType", "PASSPORT_TD3").toString();
    }

    @Test
    void aDocumentOnARejectedCaseIsRefused() throws Exception {
        postRefused("/document", passportJson(), "en");
    }

    @Test
    void aDocumentOnAnApprovedCaseIsRefused() throws Exception {
        String caseId = AccountOpeningIT.approvedCase("DECIDED-IT-" + System.nanoTime());
        JsonNode before = read(caseId);
        HttpResponse<String> answer = postJson("/kyc/api/v1/cases/" + caseId + "/document", passportJson(), "en");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
        assertThat(json(answer).get("code").asText()).isEqualTo("CASE_ALREADY_DECIDED");
        // the account opening the approval ordered goes on (it may change the case's last change): the
        // status and the document part do not change
        JsonNode after = read(caseId);
        assertThat(after.get("status").asText()).isEqualTo("APPROVED");
        assertThat(after.get("document")).isEqualTo(before.get("document"));
    }

    @Test
    void consentOnADecidedCaseIsRefused() throws Exception {
        postRefused("/consent", "{\"noticeVersion\":\"2026-11\",\"language\":\"ko\",\"templateRetentionDays\":30}", null);
    }

    @Test
    void aLivenessChallengeForADecidedCaseIsRefused() throws Exception {
        String caseId = rejectedCase();
        refused(caseId, read(caseId), get("/kyc/api/v1/cases/" + caseId + "/liveness/challenge"));
    }

    @Test
    void aSelfieOnADecidedCaseIsRefused() throws Exception {
        // refused before any image is looked at: the frames need not be a face
        var body = JSON.createObjectNode().put("nonce", "0123456789abcdef0123");
        body.putArray("frames").addObject().put("image", Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}))
                .put("capturedAt", 1_800_000_000_000L);
        postRefused("/selfie", body.toString(), "en");
    }

    @Test
    void aPhoneVerificationOnADecidedCaseIsRefusedAndTheCarrierNotAsked() throws Exception {
        postRefused("/phone-verification", "{\"sex\":\"M\",\"carrier\":\"SKT\"}", null);
    }

    @Test
    void aPhoneConfirmationOnADecidedCaseIsRefused() throws Exception {
        postRefused("/phone-verification/confirm", "{\"otp\":\"123456\"}", null);
    }

    @Test
    void aCreditSummaryOnADecidedCaseIsRefusedAndTheBureauNotAsked() throws Exception {
        postRefused("/credit-summary", "{\"consent\":true}", null);
    }

    @Test
    void aResidentCheckOnADecidedCaseIsRefused() throws Exception {
        postRefused("/resident-check",
                JSON.createObjectNode().put("name", "김민준").put("residentNumber", "9001011000017")
                        .put("issueDate", "2019-05-20").toString(), "en");
    }

    @Test
    void anIncomeCheckOnADecidedCaseIsRefused() throws Exception {
        postRefused("/income-check", """
                {"taxYear":2025,"registrationNumber":"123-45-67890","name":"한빛상회"}""", "en");
    }

    @Test
    void aVideoInterviewOnADecidedCaseIsRefused() throws Exception {
        String caseId = rejectedCase();
        refused(caseId, read(caseId), ReviewSteps.interview(caseId, As.REVIEWER_2, "CONFIRMED"));
    }

    @Test
    void sourceOfFundsEvidenceOnADecidedCaseIsRefused() throws Exception {
        String caseId = rejectedCase();
        refused(caseId, read(caseId), ReviewSteps.sourceOfFunds(caseId, As.REVIEWER_2));
    }

    @Test
    void aSecondDecisionIsRefusedAndARejectedCaseIsNeverApproved() throws Exception {
        String caseId = rejectedCase();
        String url = "/kyc/api/v1/cases/" + caseId + "/decision";
        refused(caseId, read(caseId), postJson(As.REVIEWER_2, url, """
                {"decision":"APPROVED"}""", "en"));
        assertThat(read(caseId).hasNonNull("account")).as("a rejected case orders no account").isFalse();
        refused(caseId, read(caseId), postJson(As.REVIEWER_2, url, """
                {"decision":"REJECTED"}""", "en"));
    }

    @Test
    void aSoapUploadDocumentOnADecidedCaseIsAKycFault() throws Exception {
        String caseId = rejectedCase();
        JsonNode before = read(caseId);
        UploadDocument request = new UploadDocument();
        request.setCaseId(caseId);
        request.setImage(SyntheticDocuments.generate(7L, 3, DocumentType.PASSPORT_TD3, Degradation.values()[0], false).jpeg());
        request.setExpectedType("PASSPORT_TD3");
        // the partner that opened the case, over SOAP this time
        var port = new KycCaseService(BASE.resolve("/kyc/services/kyc-case/v1?wsdl").toURL()).getKycCasePort();
        ((jakarta.xml.ws.BindingProvider) port).getRequestContext().put(jakarta.xml.ws.handler.MessageContext.HTTP_REQUEST_HEADERS,
                java.util.Map.of("Authorization", java.util.List.of(As.BANK_APP.bearer())));
        KycFault_Exception fault = catchThrowableOfType(KycFault_Exception.class, () -> port.uploadDocument(request));
        assertThat(fault).as("the call ends in a KycFault").isNotNull();
        assertThat(fault.getFaultInfo().getReasonCode()).isEqualTo("CASE_ALREADY_DECIDED");
        JsonNode after = read(caseId);
        assertThat(after.get("status")).isEqualTo(before.get("status"));
        assertThat(after.get("reasons")).isEqualTo(before.get("reasons"));
        assertThat(after.get("updatedAt")).isEqualTo(before.get("updatedAt"));
    }
}

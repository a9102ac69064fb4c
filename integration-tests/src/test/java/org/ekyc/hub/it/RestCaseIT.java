package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** REST channel: POST/GET /kyc/api/v1/cases over HTTP/JSON, with the immigration check behind it. */
class RestCaseIT extends HubDeployments {

    @Test
    void openCaseIsPersistedCheckedWithTheImmigrationRegistryAndReadBack() throws Exception {
        HttpResponse<String> created = postJson("/kyc/api/v1/cases", nguyenJson("REST-IT-1"), null);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = json(created);
        String caseId = body.get("caseId").asText();
        assertThat(caseId).matches("[0-9a-f-]{36}");
        assertThat(created.headers().firstValue("Location")).hasValue("/kyc/api/v1/cases/" + caseId);
        assertThat(created.headers().map().keySet()).as("no request or internal header echoed")
                .noneMatch(h -> h.equalsIgnoreCase("kycCaseId") || h.equalsIgnoreCase("Accept")
                        || h.equalsIgnoreCase("User-Agent") || h.toLowerCase().startsWith("camel"));
        assertThat(body.get("status").asText()).isEqualTo("OPENED");
        assertThat(body.get("channel").asText()).isEqualTo("REST");

        HttpResponse<String> read = get("/kyc/api/v1/cases/" + caseId);
        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode again = awaitImmigrationAnswer(caseId);
        assertThat(again.get("immigrationCheck").asText()).isEqualTo("VERIFIED");
        assertThat(again.get("stayStatusCode").asText()).isEqualTo("E-9");
        assertThat(again.get("caseId").asText()).isEqualTo(caseId);
        assertThat(again.get("externalReference").asText()).isEqualTo("REST-IT-1");
        assertThat(again.get("applicant").get("surname").asText()).isEqualTo("NGUYEN");
        assertThat(again.get("applicant").get("hangulName").asText()).isEqualTo("응우옌 반 안");
        assertThat(again.get("applicant").get("birthDate").asText()).isEqualTo("1994-03-17");
        assertThat(again.get("stayExpiry").asText()).isEqualTo("2027-08-31");
    }

    @Test
    void expiredStaySendsTheCaseToReviewWithAReason() throws Exception {
        String tran = """
                {"surname":"TRAN","givenNames":"THI BINH","nationality":"VNM","birthDate":"1990-01-01",
                 "product":"REMITTANCE"}""";
        HttpResponse<String> created = postJson("/kyc/api/v1/cases", tran, "vi");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String caseId = json(created).get("caseId").asText();
        JsonNode body = json(HTTP.send(as(As.BANK_APP, java.net.http.HttpRequest.newBuilder(
                BASE.resolve("/kyc/api/v1/cases/" + awaitImmigrationAnswer(caseId).get("caseId").asText())))
                .header("Accept-Language", "vi").GET().build(), HttpResponse.BodyHandlers.ofString()));
        assertThat(body.get("status").asText()).isEqualTo("REVIEW");
        assertThat(body.get("immigrationCheck").asText()).isEqualTo("INVALID");
        assertThat(body.get("reasons").get(0).get("code").asText()).isEqualTo("STAY_NOT_VALID");
        assertThat(body.get("reasons").get(0).get("message").asText())
                .isEqualTo("Hệ thống quản lý xuất nhập cảnh cho biết thời hạn lưu trú không hợp lệ.");
    }

    @Test
    void registryOutageKeepsTheCasePendingAndSaysSo() throws Exception {
        // the whole registry down (not one applicant that always fails: such a case would keep failing
        // in the background and open the shared circuit under later tests), then back
        String outage = """
                {"surname":"OUTAGE","givenNames":"REHEARSAL","nationality":"GBR","birthDate":"1980-02-02","product":"CARD"}""";
        HttpResponse<String> created;
        immigrationFault("DOWN");
        try {
            created = postJson("/kyc/api/v1/cases", outage, null);
        } finally {
            immigrationFault("OK");
        }
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = json(created);
        assertThat(body.get("status").asText()).isEqualTo("OPENED");
        assertThat(body.get("immigrationCheck").asText()).isEqualTo("PENDING");
        assertThat(body.get("reasons").get(0).get("code").asText()).isEqualTo("REGISTRY_UNAVAILABLE");
        assertThat(get("/kyc/api/v1/cases/" + body.get("caseId").asText()).statusCode()).isEqualTo(200);
        // and it resumes by itself once the registry is back (the simulator does not know this person)
        assertThat(awaitImmigrationAnswer(body.get("caseId").asText()).get("immigrationCheck").asText())
                .isEqualTo("NOT_FOUND");
    }

    static void immigrationFault(String mode) throws Exception {
        HttpResponse<String> r = HTTP.send(java.net.http.HttpRequest.newBuilder(
                        BASE.resolve("/registry-sim/admin/faults/immigration?mode=" + mode))
                .timeout(java.time.Duration.ofSeconds(10)).PUT(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void invalidFieldIsRefusedWithACodeAndAMessageInTheCallersLanguage() throws Exception {
        String bad = nguyenJson("REST-IT-2").replace("\"VNM\"", "\"VN\"");
        HttpResponse<String> refused = postJson("/kyc/api/v1/cases", bad, "ko-KR,ko;q=0.9");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode body = json(refused);
        assertThat(body.get("code").asText()).isEqualTo("INVALID_NATIONALITY");
        assertThat(body.get("field").asText()).isEqualTo("nationality");
        assertThat(body.get("message").asText()).startsWith("국적은 여권에 표기된 세 글자 국가 코드");

        HttpResponse<String> zh = postJson("/kyc/api/v1/cases",
                "{\"nationality\":\"CHN\",\"birthDate\":\"1985-12-24\",\"product\":\"LOAN\"}", "zh-CN");
        assertThat(zh.statusCode()).isEqualTo(400);
        assertThat(json(zh).get("code").asText()).isEqualTo("FIELD_REQUIRED");
        assertThat(json(zh).get("message").asText()).isEqualTo("字段“surname”为必填项。");
    }

    @Test
    void malformedJsonIsA400NotA500() throws Exception {
        HttpResponse<String> refused = postJson("/kyc/api/v1/cases", "{\"surname\": ", null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("code").asText()).isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void retriedPostWithTheSameIdempotencyKeyReturnsTheSameCase() throws Exception {
        String key = "retry-" + java.util.UUID.randomUUID();
        java.net.http.HttpRequest post = as(As.BANK_APP, java.net.http.HttpRequest.newBuilder(BASE.resolve("/kyc/api/v1/cases")))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(nguyenJson("REST-IT-IDEMP"))).build();
        HttpResponse<String> first = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> second = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(json(second).get("caseId").asText()).isEqualTo(json(first).get("caseId").asText());
        HttpResponse<String> other = postJson("/kyc/api/v1/cases", nguyenJson("REST-IT-IDEMP"), null);
        assertThat(json(other).get("caseId").asText()).isNotEqualTo(json(first).get("caseId").asText());
    }

    @Test
    void theSameIdempotencyKeyWithAnotherPersonIsRefusedWith422AndShowsNothingOfTheFirstCase() throws Exception {
        String key = "reuse-" + java.util.UUID.randomUUID();
        HttpResponse<String> first = postWithKey(key, nguyenJson("REST-IT-REUSE"));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String firstCase = json(first).get("caseId").asText();

        String otherPerson = """
                {"surname":"TRAN","givenNames":"THI BINH","nationality":"VNM","birthDate":"1990-01-01",
                 "product":"ACCOUNT","externalReference":"REST-IT-REUSE"}""";
        HttpResponse<String> reused = postWithKey(key, otherPerson);
        assertThat(reused.statusCode()).as(reused.body()).isEqualTo(422);
        assertThat(json(reused).get("code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(json(reused).get("field").asText()).isEqualTo("idempotencyKey");
        assertThat(reused.body()).doesNotContain(firstCase).doesNotContain("NGUYEN");

        // the first request sent again is still answered with its case
        HttpResponse<String> repeated = postWithKey(key, nguyenJson("REST-IT-REUSE"));
        assertThat(repeated.statusCode()).as(repeated.body()).isEqualTo(201);
        assertThat(json(repeated).get("caseId").asText()).isEqualTo(firstCase);
    }

    private static HttpResponse<String> postWithKey(String key, String body) throws Exception {
        return HTTP.send(as(As.BANK_APP, java.net.http.HttpRequest.newBuilder(BASE.resolve("/kyc/api/v1/cases")))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAddressInAFatfCountryMakesTheCaseEnhancedAndTheAddressesAreKept() throws Exception {
        String withAddresses = """
                {"surname":"HARLOWE","givenNames":"JUNE MARIE","nationality":"USA","birthDate":"1988-06-30",
                 "product":"CARD","addresses":[
                   {"kind":"RESIDENCE","country":"KOR","lines":"101-1203, 12 Sejong-daero, Jung-gu, Seoul"},
                   {"kind":"HOME_COUNTRY","country":"irn","lines":"Unit 4, 7 Example Street, Tehran"}]}""";
        HttpResponse<String> created = postJson("/kyc/api/v1/cases", withAddresses, null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode decision = json(created).get("decision");
        // the nationality (USA) is on no FATF list: the home-country address in Iran alone decides
        assertThat(decision.get("riskTier").asText()).isEqualTo("ENHANCED");
        assertThat(decision.get("riskReasons").toString()).contains("ADDRESS_COUNTRY_HIGH_RISK")
                .doesNotContain("\"COUNTRY_");
        JsonNode read = json(get("/kyc/api/v1/cases/" + json(created).get("caseId").asText()));
        JsonNode addresses = read.get("applicant").get("addresses");
        assertThat(addresses).hasSize(2);
        assertThat(addresses.get(1).get("kind").asText()).isEqualTo("HOME_COUNTRY");
        assertThat(addresses.get(1).get("country").asText()).isEqualTo("IRN");
        assertThat(addresses.get(0).get("lines").asText()).isEqualTo("101-1203, 12 Sejong-daero, Jung-gu, Seoul");

        String onlyKorea = withAddresses.replace("irn", "KOR").replace("HARLOWE", "HARLOWS");
        JsonNode standard = json(postJson("/kyc/api/v1/cases", onlyKorea, null)).get("decision");
        assertThat(standard.get("riskReasons").toString()).doesNotContain("ADDRESS_COUNTRY");

        HttpResponse<String> refused = postJson("/kyc/api/v1/cases",
                withAddresses.replace("\"irn\"", "\"XX\""), "ko");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(json(refused).get("code").asText()).isEqualTo("INVALID_ADDRESS_COUNTRY");
        assertThat(json(refused).get("message").asText()).contains("주소의 국가");
    }

    @Test
    void anEnhancedCaseIsApprovedOnlyOnRecordedEvidenceByTwoReviewersAndTheDecisionIsFinal() throws Exception {
        HttpResponse<String> created = postJson("/kyc/api/v1/cases", nguyenJson("REST-IT-DECIDE-" + System.nanoTime()), null);
        String caseId = json(created).get("caseId").asText();
        // Viet Nam is on FATF's increased-monitoring list in the bundled table: ENHANCED from the start
        JsonNode decision = json(created).get("decision");
        assertThat(decision.get("riskTier").asText()).isEqualTo("ENHANCED");
        assertThat(decision.get("riskReasons").toString()).contains("COUNTRY_INCREASED_MONITORING");
        assertThat(decision.get("openTasks").toString()).contains("VIDEO_INTERVIEW").contains("SOURCE_OF_FUNDS");
        String url = "/kyc/api/v1/cases/" + caseId + "/decision";

        // methods and tasks claimed in the body count for nothing: the request is refused
        HttpResponse<String> claimed = postJson(As.REVIEWER_1, url, """
                {"decision":"APPROVED",
                 "attestedMethods":["VIDEO_CALL","EXISTING_ACCOUNT"],"completedTasks":["VIDEO_INTERVIEW","SOURCE_OF_FUNDS"]}""", "ko");
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(400);
        assertThat(json(claimed).get("code").asText()).isEqualTo("CLAIMS_NOT_ACCEPTED");
        assertThat(json(claimed).get("field").asText()).isEqualTo("attestedMethods");
        assertThat(json(claimed).get("message").asText()).contains("증빙");

        // nothing recorded yet: no method
        HttpResponse<String> nothing = ReviewSteps.approve(caseId, As.REVIEWER_1);
        assertThat(nothing.statusCode()).as(nothing.body()).isEqualTo(409);
        assertThat(json(nothing).get("code").asText()).isEqualTo("NON_FACE_TO_FACE_INSUFFICIENT");

        // the applicant's passport, confirmed by the registry, and a confirmed video interview: two methods
        HubDeployments.awaitImmigrationAnswer(caseId);
        ReviewSteps.uploadNguyensPassport(caseId);
        HttpResponse<String> tooShort = postJson(As.REVIEWER_1, "/kyc/api/v1/cases/" + caseId + "/video-interview", """
                {"heldAt":"%s","durationSeconds":5,"outcome":"CONFIRMED","recordingRef":"rec://vc/1"}"""
                .formatted(java.time.Instant.now().minusSeconds(600)), "vi");
        assertThat(tooShort.statusCode()).as(tooShort.body()).isEqualTo(400);
        assertThat(json(tooShort).get("code").asText()).isEqualTo("EVIDENCE_INVALID");
        assertThat(json(tooShort).get("field").asText()).isEqualTo("durationSeconds");
        HttpResponse<String> interview = ReviewSteps.interview(caseId, As.REVIEWER_1, "CONFIRMED");
        assertThat(interview.statusCode()).as(interview.body()).isEqualTo(200);
        JsonNode recorded = json(interview).get("decision");
        assertThat(recorded.get("methods").toString()).contains("ID_COPY_VERIFIED").contains("VIDEO_CALL");
        assertThat(recorded.get("review").get("videoInterview").get("reviewer").asText())
                .as("the authenticated reviewer").isEqualTo("reviewer-1");
        assertThat(recorded.get("review").get("videoInterview").get("durationSeconds").asInt()).isEqualTo(90);
        assertThat(interview.body()).as("the recording reference is kept, not shown").doesNotContain("rec://vc/it/");

        HttpResponse<String> tasksOpen = ReviewSteps.approve(caseId, As.REVIEWER_1);
        assertThat(tasksOpen.statusCode()).as(tasksOpen.body()).isEqualTo(409);
        assertThat(json(tasksOpen).get("code").asText()).isEqualTo("ENHANCED_TASKS_OPEN");
        assertThat(json(tasksOpen).get("field").asText()).isEqualTo("SOURCE_OF_FUNDS");

        HttpResponse<String> funds = ReviewSteps.sourceOfFunds(caseId, As.REVIEWER_1);
        assertThat(funds.statusCode()).as(funds.body()).isEqualTo(200);
        assertThat(funds.body()).as("the note and the evidence reference are kept, not shown")
                .doesNotContain("payslips").doesNotContain("dms://");

        // four eyes: the first approval waits, the same reviewer cannot give the second
        HttpResponse<String> first = ReviewSteps.approve(caseId, As.REVIEWER_1);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json(first).get("status").asText()).isNotIn("APPROVED", "REJECTED");
        assertThat(first.body()).contains("SECOND_APPROVAL_PENDING");
        assertThat(json(first).get("decision").get("review").get("firstApprovedBy").asText()).isEqualTo("reviewer-1");
        assertThat(json(first).get("account").isNull()).as("no account before the case is decided").isTrue();
        HttpResponse<String> sameAgain = ReviewSteps.approve(caseId, As.REVIEWER_1);
        assertThat(sameAgain.statusCode()).as(sameAgain.body()).isEqualTo(409);
        assertThat(json(sameAgain).get("code").asText()).isEqualTo("SECOND_REVIEWER_REQUIRED");

        // a name typed into the request is not who decides: the authenticated reviewer is
        HttpResponse<String> typedName = postJson(As.REVIEWER_2, url, """
                {"decision":"APPROVED","reviewer":"emp-0043"}""", "en");
        assertThat(typedName.statusCode()).as(typedName.body()).isEqualTo(400);
        assertThat(json(typedName).get("code").asText()).isEqualTo("REVIEWER_NOT_CALLER");
        HttpResponse<String> approved = postJson(As.REVIEWER_2, url, """
                {"decision":"APPROVED","note":"interview and payslips checked"}""", "en");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(json(approved).get("status").asText()).isEqualTo("APPROVED");
        assertThat(json(approved).get("decision").get("decidedBy").asText()).isEqualTo("reviewer-2");
        assertThat(approved.body()).as("the reviewer's note is kept, not shown").doesNotContain("payslips checked")
                .doesNotContain("SECOND_APPROVAL_PENDING");

        HttpResponse<String> again = postJson(As.REVIEWER_1, url, """
                {"decision":"REJECTED"}""", "en");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("code").asText()).isEqualTo("CASE_ALREADY_DECIDED");
        assertThat(json(get("/kyc/api/v1/cases/" + caseId)).get("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void unknownCaseIs404() throws Exception {
        HttpResponse<String> missing = get("/kyc/api/v1/cases/00000000-0000-0000-0000-000000000000");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("code").asText()).isEqualTo("CASE_NOT_FOUND");
    }
}

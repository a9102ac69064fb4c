package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reviewer's API on the deployed hub (#19): the queue from the database with its filters and paging, claims
 * between two reviewers, the case detail with its audited history, the decision reasons, and a decision that must
 * come from the claim's holder with a listed reason. Tokens from the realm (reviewer-1, reviewer-2 senior, auditor,
 * admin) as in the other ITs.
 */
class ReviewQueueIT extends HubDeployments {

    private static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(i -> out.add(i.get("caseId").asText()));
        return out;
    }

    private static JsonNode item(JsonNode page, String caseId) {
        for (JsonNode i : page.get("items")) {
            if (i.get("caseId").asText().equals(caseId)) {
                return i;
            }
        }
        return null;
    }

    @Test
    void twoReviewersWorkAnEnhancedCaseFromTheQueueToItsFirstApproval() throws Exception {
        // a case the queue lists: in REVIEW (the carrier did not confirm the phone), with the evidence an approval needs
        String caseId = ReviewSteps.caseInReview("QUEUE-IT-" + System.nanoTime());
        // oldest first: the reason only this test's kind of case carries keeps it on the first page
        String queue = "/kyc/api/v1/review/queue?nationality=VNM&reason=PHONE_NOT_VERIFIED&assigned=unassigned&size=100";

        HttpResponse<String> listed = get(As.REVIEWER_1, queue);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        JsonNode row = item(json(listed), caseId);
        assertThat(row).as(listed.body()).isNotNull();
        assertThat(row.get("riskTier").asText()).isEqualTo("ENHANCED");
        assertThat(row.get("slaDueAt").asText()).isNotBlank();
        assertThat(row.get("overdue").asBoolean()).isFalse();
        assertThat(row.get("assignee").isNull()).isTrue();

        HttpResponse<String> onePage = get(As.AUDITOR, "/kyc/api/v1/review/queue?size=1&page=0");
        assertThat(json(onePage).get("items").size()).as(onePage.body()).isLessThanOrEqualTo(1);
        assertThat(json(onePage).get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(get(As.ADMIN, queue).statusCode()).as("no personal data for an administrator").isEqualTo(403);
        assertThat(get(As.BANK_APP, queue).statusCode()).isEqualTo(403);

        HttpResponse<String> claimed = postJson(As.REVIEWER_1, "/kyc/api/v1/review/cases/" + caseId + "/claim", "", "en");
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(200);
        assertThat(json(claimed).get("assignee").asText()).isEqualTo("reviewer-1");
        HttpResponse<String> taken = postJson(As.REVIEWER_2, "/kyc/api/v1/review/cases/" + caseId + "/claim", "", "en");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(409);
        assertThat(json(taken).get("code").asText()).isEqualTo("CASE_CLAIMED");
        HttpResponse<String> notTheirs = postJson(As.REVIEWER_2, "/kyc/api/v1/cases/" + caseId + "/decision",
                "{\"decision\":\"APPROVED\",\"reasonCode\":\"EVIDENCE_CONSISTENT\"}", "en");
        assertThat(notTheirs.statusCode()).as(notTheirs.body()).isEqualTo(409);
        assertThat(json(notTheirs).get("code").asText()).isEqualTo("CASE_CLAIMED");
        assertThat(ids(json(get(As.REVIEWER_1, "/kyc/api/v1/review/queue?assigned=mine&size=100")))).contains(caseId);

        HttpResponse<String> detail = get(As.AUDITOR, "/kyc/api/v1/review/cases/" + caseId);
        assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
        JsonNode d = json(detail);
        assertThat(d.at("/submitted/name").asText()).contains("NGUYEN");
        assertThat(d.at("/review/assignee").asText()).isEqualTo("reviewer-1");
        assertThat(d.get("document").get("fields").size()).isPositive();
        assertThat(detail.body()).doesNotContain("image");
        JsonNode history = json(get(As.REVIEWER_1, "/kyc/api/v1/review/cases/" + caseId)).get("history");
        List<String> actions = new ArrayList<>();
        history.forEach(h -> actions.add(h.get("actor").asText() + " " + h.get("action").asText()));
        assertThat(actions).contains("reviewer-1 CASE_CLAIMED", "auditor CASE_VIEWED");
        assertThat(get(As.ADMIN, "/kyc/api/v1/review/cases/" + caseId).statusCode()).isEqualTo(403);

        HttpResponse<String> reasons = get(As.REVIEWER_1, "/kyc/api/v1/review/decision-reasons");
        assertThat(reasons.statusCode()).isEqualTo(200);
        assertThat(reasons.body()).contains("EVIDENCE_CONSISTENT").contains("MORE_INFO");
        HttpResponse<String> noReason = postJson(As.REVIEWER_1, "/kyc/api/v1/cases/" + caseId + "/decision",
                "{\"decision\":\"REJECTED\"}", "en");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(json(noReason).get("code").asText()).isEqualTo("DECISION_REASON_REQUIRED");
        HttpResponse<String> wrongReason = postJson(As.REVIEWER_1, "/kyc/api/v1/cases/" + caseId + "/decision",
                "{\"decision\":\"APPROVED\",\"reasonCode\":\"DOCUMENT_NOT_GENUINE\"}", "ko");
        assertThat(wrongReason.statusCode()).as(wrongReason.body()).isEqualTo(400);
        assertThat(json(wrongReason).get("code").asText()).isEqualTo("DECISION_REASON_UNKNOWN");

        HttpResponse<String> first = postJson(As.REVIEWER_1, "/kyc/api/v1/cases/" + caseId + "/decision",
                "{\"decision\":\"APPROVED\",\"reasonCode\":\"EVIDENCE_CONSISTENT\",\"note\":\"seen on the call\"}", "en");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode after = item(json(get(As.REVIEWER_2, queue)), caseId);
        assertThat(after).as("the first approval ends the claim: the case waits unassigned for a second reviewer").isNotNull();
        assertThat(after.get("firstApprovalBy").asText()).isEqualTo("reviewer-1");

        HttpResponse<String> next = postJson(As.REVIEWER_1, "/kyc/api/v1/review/next", "", "en");
        assertThat(next.statusCode()).isIn(200, 204);
        if (next.statusCode() == 200) {
            assertThat(json(next).get("caseId").asText()).as("never one's own first approval").isNotEqualTo(caseId);
            postJson(As.REVIEWER_1, "/kyc/api/v1/review/cases/" + json(next).get("caseId").asText() + "/release", "", "en");
        }
    }

    /**
     * A synthetic applicant bearing a listed person's name (as ScreeningIT's): screened HIT at intake, in REVIEW with the
     * matches kept on the case. Each match is disposed by a reviewer (not the auditor) before any approval; one marked
     * MATCH leaves only a rejection, which needs a reason.
     */
    @Test
    void eachScreeningMatchIsDisposedAndAConfirmedMatchLeavesOnlyARejection() throws Exception {
        HttpResponse<String> opened = postJson("/kyc/api/v1/cases", """
                {"surname":"HUSSEIN","givenNames":"SADDAM","nationality":"IRQ","birthDate":"1937-04-28","product":"REMITTANCE",
                 "externalReference":"MATCH-IT-%d"}""".formatted(System.nanoTime()), "en");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String caseId = json(opened).get("caseId").asText();
        assertThat(json(opened).get("status").asText()).isEqualTo("REVIEW");
        String base = "/kyc/api/v1/review/cases/" + caseId;

        JsonNode detail = json(get(As.AUDITOR, base));
        JsonNode matches = detail.at("/screening/matches");
        assertThat(matches.size()).as(detail.toString()).isPositive();
        for (JsonNode m : matches) {
            assertThat(m.get("matchId").asText()).isNotBlank();
            assertThat(m.get("entryId").asText()).contains(":");
            assertThat(m.get("listVersion").asText()).isEqualTo(detail.at("/screening/listVersion").asText());
            assertThat(m.get("evidence").size()).isPositive();
            assertThat(m.get("disposition").isNull()).isTrue();
        }
        String first = matches.get(0).get("matchId").asText();

        HttpResponse<String> notDisposed = postJson(As.REVIEWER_1, "/kyc/api/v1/cases/" + caseId + "/decision",
                "{\"decision\":\"APPROVED\",\"reasonCode\":\"EVIDENCE_CONSISTENT\"}", "ko");
        assertThat(notDisposed.statusCode()).as(notDisposed.body()).isEqualTo(409);
        assertThat(json(notDisposed).get("code").asText()).isEqualTo("MATCHES_NOT_DISPOSED");
        assertThat(json(notDisposed).get("message").asText()).contains("승인");

        String body = "{\"disposition\":\"NO_MATCH\",\"note\":\"other birth date on the document\"}";
        assertThat(postJson(As.AUDITOR, base + "/matches/" + first + "/disposition", body, "en").statusCode())
                .as("an auditor reads, never marks").isEqualTo(403);
        HttpResponse<String> unknown = postJson(As.REVIEWER_1, base + "/matches/no-such-match/disposition", body, "en");
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
        assertThat(json(unknown).get("code").asText()).isEqualTo("MATCH_NOT_FOUND");
        HttpResponse<String> bad = postJson(As.REVIEWER_1, base + "/matches/" + first + "/disposition",
                "{\"disposition\":\"MAYBE\"}", "en");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);

        HttpResponse<String> marked = postJson(As.REVIEWER_1, base + "/matches/" + first + "/disposition",
                "{\"disposition\":\"MATCH\",\"note\":\"same name, birth date and nationality\"}", "en");
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
        assertThat(json(marked).get("disposition").asText()).isEqualTo("MATCH");
        assertThat(json(marked).get("by").asText()).as("the authenticated reviewer").isEqualTo("reviewer-1");
        assertThat(json(marked).get("at").asText()).isNotBlank();
        for (int i = 1; i < matches.size(); i++) {
            HttpResponse<String> other = postJson(As.REVIEWER_1, base + "/matches/" + matches.get(i).get("matchId").asText()
                    + "/disposition", body, "en");
            assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
        }

        JsonNode after = json(get(As.REVIEWER_2, base));
        assertThat(after.at("/screening/matches/0/disposition").asText()).isEqualTo("MATCH");
        assertThat(after.at("/screening/matches/0/by").asText()).isEqualTo("reviewer-1");
        List<String> actions = new ArrayList<>();
        after.get("history").forEach(h -> actions.add(h.get("actor").asText() + " " + h.get("action").asText()));
        assertThat(actions).anyMatch(a -> a.startsWith("reviewer-1 MATCH_DISPOSED match=" + first + " disposition=MATCH"));

        HttpResponse<String> approve = postJson(As.REVIEWER_1, "/kyc/api/v1/cases/" + caseId + "/decision",
                "{\"decision\":\"APPROVED\",\"reasonCode\":\"EVIDENCE_CONSISTENT\"}", "en");
        assertThat(approve.statusCode()).as(approve.body()).isEqualTo(409);
        assertThat(json(approve).get("code").asText()).isEqualTo("SCREENING_MATCH_CONFIRMED");
        HttpResponse<String> noReason = postJson(As.REVIEWER_1, "/kyc/api/v1/cases/" + caseId + "/decision",
                "{\"decision\":\"REJECTED\",\"note\":\"listed person\"}", "en");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(json(noReason).get("code").asText()).isEqualTo("DECISION_REASON_REQUIRED");
        HttpResponse<String> rejected = postJson(As.REVIEWER_1, "/kyc/api/v1/cases/" + caseId + "/decision",
                "{\"decision\":\"REJECTED\",\"reasonCode\":\"SANCTIONS_CONFIRMED\",\"note\":\"listed person\"}", "en");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(json(rejected).get("status").asText()).isEqualTo("REJECTED");
        assertThat(json(rejected).at("/decision/reasonCode").asText()).isEqualTo("SANCTIONS_CONFIRMED");
        assertThat(rejected.body()).as("the private note is kept, not shown").doesNotContain("listed person");
    }

    /**
     * Asking the customer for more: the case leaves the queue (RETRY, MORE_INFO_REQUESTED), only the document step is
     * taken (the face step is refused), and the document read again brings the case back to the queue (REVIEW).
     */
    @Test
    void askingTheCustomerForAnotherDocumentTakesTheCaseOutOfTheQueueUntilItIsResubmitted() throws Exception {
        String caseId = ReviewSteps.caseInReview("MORE-INFO-IT-" + System.nanoTime());
        String queue = "/kyc/api/v1/review/queue?nationality=VNM&reason=PHONE_NOT_VERIFIED&size=100";
        assertThat(ids(json(get(As.REVIEWER_1, queue)))).contains(caseId);

        HttpResponse<String> wrongList = postJson(As.REVIEWER_1, "/kyc/api/v1/cases/" + caseId + "/decision",
                "{\"decision\":\"MORE_INFO\",\"reasonCode\":\"DOCUMENT_NOT_GENUINE\"}", "en");
        assertThat(wrongList.statusCode()).as(wrongList.body()).isEqualTo(400);
        assertThat(json(wrongList).get("code").asText()).isEqualTo("DECISION_REASON_UNKNOWN");
        HttpResponse<String> asked = postJson(As.REVIEWER_1, "/kyc/api/v1/cases/" + caseId + "/decision",
                "{\"decision\":\"MORE_INFO\",\"reasonCode\":\"DOCUMENT_PHOTO_UNCLEAR\",\"note\":\"glare on the photo page\"}",
                "en");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
        JsonNode waiting = json(asked);
        assertThat(waiting.get("status").asText()).isEqualTo("RETRY");
        assertThat(waiting.get("reasons").toString()).contains("MORE_INFO_REQUESTED");
        assertThat(waiting.at("/decision/moreInfo/step").asText()).isEqualTo("DOCUMENT");
        assertThat(waiting.at("/decision/moreInfo/reasonCode").asText()).isEqualTo("DOCUMENT_PHOTO_UNCLEAR");
        assertThat(waiting.at("/decision/moreInfo/requestedBy").asText()).isEqualTo("reviewer-1");
        assertThat(asked.body()).as("the private note is kept, not shown").doesNotContain("glare");
        assertThat(ids(json(get(As.REVIEWER_1, queue)))).as("waiting for the customer, not for a person").doesNotContain(caseId);

        HttpResponse<String> consent = postJson("/kyc/api/v1/cases/" + caseId + "/consent",
                "{\"noticeVersion\":\"face-2026-01\",\"language\":\"en\",\"templateRetentionDays\":30}", "en");
        assertThat(consent.statusCode()).as(consent.body()).isEqualTo(409);
        assertThat(json(consent).get("code").asText()).isEqualTo("STEP_NOT_REOPENED");
        HttpResponse<String> approve = postJson(As.REVIEWER_2, "/kyc/api/v1/cases/" + caseId + "/decision",
                "{\"decision\":\"APPROVED\",\"reasonCode\":\"EVIDENCE_CONSISTENT\"}", "en");
        assertThat(approve.statusCode()).as(approve.body()).isEqualTo(409);

        ReviewSteps.uploadNguyensPassport(caseId);
        JsonNode back = json(get(As.REVIEWER_1, "/kyc/api/v1/cases/" + caseId));
        assertThat(back.get("status").asText()).as(back.toString()).isEqualTo("REVIEW");
        assertThat(back.get("reasons").toString()).doesNotContain("MORE_INFO_REQUESTED");
        assertThat(back.at("/decision/moreInfo").isMissingNode() || back.at("/decision/moreInfo").isNull()).isTrue();
        assertThat(ids(json(get(As.REVIEWER_1, queue)))).contains(caseId);
        List<String> actions = new ArrayList<>();
        json(get(As.AUDITOR, "/kyc/api/v1/review/cases/" + caseId)).get("history")
                .forEach(h -> actions.add(h.get("actor").asText() + " " + h.get("action").asText()));
        assertThat(actions).contains("reviewer-1 CASE_MORE_INFO_REQUESTED step=DOCUMENT reason=DOCUMENT_PHOTO_UNCLEAR");
    }

    /**
     * #19 The applicant's language over the wire: a case opened by the partner with Accept-Language ko carries ko; the
     * applicant then answers the consent notice in Vietnamese and the case carries vi, listed by {@code language=vi}
     * (not by ko); a language that is none of the four is 400 naming it. reviewer-2 reads Vietnamese
     * ({@code KYC_REVIEWER_LANGUAGES=reviewer-2=vi} in this module's pom), so {@code next} gives them a Vietnamese case
     * before any older case in another language.
     */
    @Test
    void aCaseConsentedInVietnameseIsFilteredByItsLanguageAndGoesToAReviewerWhoReadsIt() throws Exception {
        String caseId = ReviewSteps.caseInReview("LANG-IT-" + System.nanoTime(), "ko");
        String byKorean = "/kyc/api/v1/review/queue?language=ko&nationality=VNM&reason=PHONE_NOT_VERIFIED&assigned=unassigned&size=100";
        String byVietnamese = "/kyc/api/v1/review/queue?language=vi&nationality=VNM&reason=PHONE_NOT_VERIFIED&assigned=unassigned&size=100";
        JsonNode opened = item(json(get(As.REVIEWER_1, byKorean)), caseId);
        assertThat(opened).as("opened with Accept-Language ko").isNotNull();
        assertThat(opened.get("language").asText()).isEqualTo("ko");

        HttpResponse<String> consent = postJson("/kyc/api/v1/cases/" + caseId + "/consent",
                "{\"noticeVersion\":\"face-2026-01\",\"language\":\"vi\",\"templateRetentionDays\":30}", "ko");
        assertThat(consent.statusCode()).as(consent.body()).isEqualTo(200);
        HttpResponse<String> listed = get(As.REVIEWER_1, byVietnamese);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        JsonNode row = item(json(listed), caseId);
        assertThat(row).as("the consent notice's language is the applicant's: " + listed.body()).isNotNull();
        assertThat(row.get("language").asText()).isEqualTo("vi");
        json(listed).get("items").forEach(i -> assertThat(i.get("language").asText()).isEqualTo("vi"));
        assertThat(ids(json(get(As.REVIEWER_1, byKorean)))).doesNotContain(caseId);

        HttpResponse<String> bad = get(As.REVIEWER_1, "/kyc/api/v1/review/queue?language=fr");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(json(bad).get("code").asText()).isEqualTo("MALFORMED_REQUEST");
        assertThat(json(bad).get("field").asText()).isEqualTo("language");

        HttpResponse<String> next = postJson(As.REVIEWER_2, "/kyc/api/v1/review/next", "", "en");
        assertThat(next.statusCode()).as("a Vietnamese case waits unclaimed: " + next.body()).isEqualTo(200);
        assertThat(json(next).get("language").asText()).as("the language reviewer-2 reads first").isEqualTo("vi");
        assertThat(json(next).get("assignee").asText()).isEqualTo("reviewer-2");
        HttpResponse<String> released = postJson(As.REVIEWER_2, "/kyc/api/v1/review/cases/"
                + json(next).get("caseId").asText() + "/release", "", "en");
        assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
    }
}

package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Disabled;
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
    @Disabled("first run over the wire (2026-12-04): the case ReviewSteps.caseWithEvidence builds is not in REVIEW"
            + " (no face check yet), so the queue, which lists REVIEW only, does not show it; the test needs a case that"
            + " reaches REVIEW with its evidence (issue #19, kept open)")
    void twoReviewersWorkAnEnhancedCaseFromTheQueueToItsFirstApproval() throws Exception {
        String caseId = ReviewSteps.caseWithEvidence("QUEUE-IT-" + System.nanoTime());
        String queue = "/kyc/api/v1/review/queue?nationality=VNM&assigned=unassigned&size=100";

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
}

package org.ekyc.hub.routes.channel.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.ekyc.hub.verification.api.review.ReviewCase;
import org.junit.jupiter.api.Test;

/** #19 The reviewer's case detail shows the face outcome with the thresholds it was judged by and the liveness score. */
class ReviewJsonFaceTest {

    private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");

    private static JsonNode detail(CaseView.FaceView face) throws Exception {
        CaseView view = new CaseView("c-1", CaseStatus.REVIEW, Product.LOAN, Channel.REST, null,
                new Applicant("NGUYEN", "VAN AN", null, "VNM", LocalDate.of(1994, 3, 17), null, null),
                RegistryCheckOutcome.VERIFIED, "F-4", null, List.<ReasonCode>of(ReasonCode.FACE_MATCH_REVIEW), T0, T0, face,
                "CLEAR", null);
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        return json.readTree(json.writeValueAsString(
                ReviewJson.detail(new ReviewCase(view, null, List.of(), List.of(), List.of()), Locale.ENGLISH)));
    }

    @Test
    void theMatchThresholdsAndTheLivenessScoreRecordedOnTheCaseAreInTheFaceBlock() throws Exception {
        JsonNode face = detail(new CaseView.FaceView(T0, "PASSED", "REVIEW", 0.47, T0.plusSeconds(86_400), 0.55, 0.40, 0.93))
                .get("face");
        assertThat(face.get("matchScore").asDouble()).isEqualTo(0.47);
        assertThat(face.get("threshold").asDouble()).isEqualTo(0.55);
        assertThat(face.get("reviewThreshold").asDouble()).isEqualTo(0.40);
        assertThat(face.get("match").asText()).isEqualTo("REVIEW");
        assertThat(face.get("liveness").asText()).isEqualTo("PASSED");
        assertThat(face.get("livenessScore").asDouble()).isEqualTo(0.93);
        assertThat(face.toString()).doesNotContain("image").doesNotContain("template");
    }

    @Test
    void aCaseWithoutAFaceCheckHasNullScoresAndThresholds() throws Exception {
        JsonNode face = detail(null).get("face");
        for (String field : List.of("matchScore", "threshold", "reviewThreshold", "match", "liveness", "livenessScore")) {
            assertThat(face.get(field).isNull()).as(field).isTrue();
        }
    }
}

package org.ekyc.hub.routes.channel.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.review.FundsSource;
import org.ekyc.hub.verification.api.review.InterviewOutcome;
import org.ekyc.hub.verification.api.review.VideoInterview;
import org.junit.jupiter.api.Test;

/** The reviewer's JSON: evidence records mapped, claims of methods and tasks refused. */
class ReviewRequestsTest {

    @Test
    void aVideoInterviewIsMappedWithItsTimeAndDuration() {
        VideoInterview v = ReviewRequests.interview(new ReviewRequests.VideoInterviewRequest("emp-0042",
                "2026-12-03T09:30:00Z", 720L, "CONFIRMED", "rec://vc/1"));
        assertThat(v.heldAt()).isEqualTo(Instant.parse("2026-12-03T09:30:00Z"));
        assertThat(v.duration()).isEqualTo(Duration.ofMinutes(12));
        assertThat(v.outcome()).isEqualTo(InterviewOutcome.CONFIRMED);
    }

    @Test
    void anUnreadableTimeOrAnUnknownOutcomeIsRefusedWithItsField() {
        InvalidRequestException time = catchThrowableOfType(InvalidRequestException.class, () -> ReviewRequests.interview(
                new ReviewRequests.VideoInterviewRequest("emp-0042", "yesterday", 720L, "CONFIRMED", "rec://vc/1")));
        assertThat(time.reason()).isEqualTo(ReasonCode.EVIDENCE_INVALID);
        assertThat(time.field()).isEqualTo("heldAt");
        InvalidRequestException outcome = catchThrowableOfType(InvalidRequestException.class, () -> ReviewRequests.interview(
                new ReviewRequests.VideoInterviewRequest("emp-0042", "2026-12-03T09:30:00Z", 720L, "PROBABLY", "rec://vc/1")));
        assertThat(outcome.field()).isEqualTo("outcome");
        InvalidRequestException source = catchThrowableOfType(InvalidRequestException.class, () -> ReviewRequests.sourceOfFunds(
                new ReviewRequests.SourceOfFundsRequest("emp-0042", "LOTTERY", "dms://1", null)));
        assertThat(source.field()).isEqualTo("source");
        assertThat(ReviewRequests.sourceOfFunds(new ReviewRequests.SourceOfFundsRequest("emp-0042", "SALARY", "dms://1", null))
                .source()).isEqualTo(FundsSource.SALARY);
    }

    @Test
    void aDecisionClaimingMethodsOrTasksIsRefusedAndAPlainOneIsTaken() {
        InvalidRequestException methods = catchThrowableOfType(InvalidRequestException.class, () -> RestMapper.decision(
                new DecisionRequest("APPROVED", "emp-0042", null, List.of("VIDEO_CALL"), null)));
        assertThat(methods.reason()).isEqualTo(ReasonCode.CLAIMS_NOT_ACCEPTED);
        assertThat(methods.field()).isEqualTo("attestedMethods");
        InvalidRequestException tasks = catchThrowableOfType(InvalidRequestException.class, () -> RestMapper.decision(
                new DecisionRequest("APPROVED", "emp-0042", null, null, List.of())));
        assertThat(tasks.field()).as("even an empty claim: the field is gone").isEqualTo("completedTasks");
        assertThat(RestMapper.decision(new DecisionRequest("REJECTED", "emp-0042", "withdrawn", null, null)).outcome())
                .isEqualTo(CaseStatus.REJECTED);
    }

    @Test
    void askingTheCustomerForMoreIsTheRetryOutcomeAndNoOtherStatusIsADecision() {
        var more = RestMapper.decision(new DecisionRequest("MORE_INFO", null, "asked by phone", null, null, "SELFIE_UNCLEAR"));
        assertThat(more.outcome()).isEqualTo(CaseStatus.RETRY);
        assertThat(more.outcomeName()).isEqualTo("MORE_INFO");
        assertThat(more.reasonCode()).isEqualTo("SELFIE_UNCLEAR");
        for (String status : List.of("RETRY", "REVIEW", "OPENED", "approved")) {
            assertThat(catchThrowableOfType(InvalidRequestException.class, () -> RestMapper.decision(
                    new DecisionRequest(status, null, null, null, null, "SELFIE_UNCLEAR"))).reason()).as(status)
                    .isEqualTo(ReasonCode.MALFORMED_REQUEST);
        }
    }
}

package org.ekyc.hub.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.LocalizedMessages;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.review.DecisionReason;
import org.ekyc.hub.verification.api.risk.Decision;
import org.junit.jupiter.api.Test;

/** The decision reasons (#19): each outcome's list, labelled in four languages, and the engine's check of a given reason. */
class DecisionReasonTest {

    @Test
    void aReasonBelongsToTheOutcomesItExplains() {
        assertThat(DecisionReason.forOutcome("EVIDENCE_CONSISTENT", "APPROVED")).isEqualTo(DecisionReason.EVIDENCE_CONSISTENT);
        assertThat(DecisionReason.forOutcome("EVIDENCE_CONSISTENT", "REJECTED")).isNull();
        assertThat(DecisionReason.forOutcome("NO_SUCH_REASON", "REJECTED")).isNull();
        assertThat(DecisionReason.all()).allSatisfy(r -> assertThat(r.outcomes()).isNotEmpty());
        assertThat(DecisionReason.all()).anySatisfy(r -> assertThat(r.outcomes()).contains("MORE_INFO"));
    }

    @Test
    void theListIsTypedEachReasonExplainsOneOutcomeAndEachRequestForMoreNamesItsStep() {
        assertThat(DecisionReason.all()).allSatisfy(r -> assertThat(r.outcomes()).hasSize(1));
        assertThat(DecisionReason.all()).filteredOn(r -> r.outcomes().contains("REJECTED")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(DecisionReason.all()).allSatisfy(r -> assertThat(r.step() != null).as(r.name())
                .isEqualTo(r.outcomes().contains("MORE_INFO")));
        assertThat(DecisionReason.SELFIE_UNCLEAR.step()).isEqualTo(org.ekyc.hub.verification.api.review.ReopenedStep.FACE);
        assertThat(DecisionReason.DOCUMENT_PHOTO_UNCLEAR.step()).isEqualTo(org.ekyc.hub.verification.api.review.ReopenedStep.DOCUMENT);
    }

    @Test
    void everyReasonAndEveryNewRefusalHasItsTextInTheFourLanguages() {
        for (Locale l : LocalizedMessages.SUPPORTED) {
            for (DecisionReason r : DecisionReason.values()) {
                assertThat(r.label(l)).as(r + " " + l).isNotEqualTo(r.name()).isNotBlank();
            }
            for (ReasonCode c : new ReasonCode[] {ReasonCode.DECISION_REASON_UNKNOWN, ReasonCode.CASE_CLAIMED,
                    ReasonCode.REVIEWER_LIMIT_REACHED, ReasonCode.CASE_NOT_IN_REVIEW, ReasonCode.MATCHES_NOT_DISPOSED,
                    ReasonCode.SCREENING_MATCH_CONFIRMED, ReasonCode.MATCH_NOT_FOUND, ReasonCode.DECISION_REASON_REQUIRED,
                    ReasonCode.MORE_INFO_REQUESTED, ReasonCode.STEP_NOT_REOPENED}) {
                assertThat(LocalizedMessages.message(c, l)).as(c + " " + l).isNotEqualTo(c.name());
            }
        }
        assertThat(DecisionReason.SANCTIONS_CONFIRMED.label(Locale.KOREAN)).isEqualTo("제재 대상 확인");
        assertThat(DecisionReason.SANCTIONS_CONFIRMED.label(Locale.GERMAN)).isEqualTo("Sanctions match confirmed");
    }

    @Test
    void theEngineRefusesAReasonThatIsNotListedForTheOutcome() {
        DecisionPart part = new DecisionPart();
        assertThatThrownBy(() -> part.check(new Decision(CaseStatus.REJECTED, "reviewer-1", null, "EVIDENCE_CONSISTENT"),
                CaseStatus.REVIEW, true)).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ReasonCode.DECISION_REASON_UNKNOWN);
                    assertThat(e.field()).isEqualTo("reasonCode");
                });
        assertThatCode(() -> part.check(new Decision(CaseStatus.REJECTED, "reviewer-1", null, "DOCUMENT_NOT_GENUINE"),
                CaseStatus.REVIEW, true)).doesNotThrowAnyException();
    }
}

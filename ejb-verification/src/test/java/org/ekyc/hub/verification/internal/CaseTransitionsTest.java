package org.ekyc.hub.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ekyc.hub.verification.api.CaseStatus.APPROVED;
import static org.ekyc.hub.verification.api.CaseStatus.OPENED;
import static org.ekyc.hub.verification.api.CaseStatus.REJECTED;
import static org.ekyc.hub.verification.api.CaseStatus.RETRY;
import static org.ekyc.hub.verification.api.CaseStatus.REVIEW;

import org.ekyc.hub.verification.api.CaseStatus;
import org.junit.jupiter.api.Test;

/** The case's state table: undecided states move among themselves and to a decision; nothing leaves a decision. */
class CaseTransitionsTest {

    @Test
    void theTableIsTheOneInTheDocs() {
        assertThat(CaseTransitions.allowed(OPENED)).containsExactlyInAnyOrder(OPENED, RETRY, REVIEW, APPROVED, REJECTED);
        assertThat(CaseTransitions.allowed(RETRY)).containsExactlyInAnyOrder(RETRY, OPENED, REVIEW, REJECTED);
        assertThat(CaseTransitions.allowed(REVIEW)).containsExactlyInAnyOrder(REVIEW, RETRY, APPROVED, REJECTED);
        assertThat(CaseTransitions.allowed(APPROVED)).isEmpty();
        assertThat(CaseTransitions.allowed(REJECTED)).isEmpty();
    }

    @Test
    void onlyApprovedAndRejectedAreDecided() {
        for (CaseStatus s : CaseStatus.values()) {
            assertThat(CaseTransitions.decided(s)).as(s.name()).isEqualTo(s == APPROVED || s == REJECTED);
        }
    }

    @Test
    void aMoveOutsideTheTableIsADefect() {
        assertThat(CaseTransitions.move(OPENED, REVIEW)).isEqualTo(REVIEW);
        assertThat(CaseTransitions.move(RETRY, OPENED)).isEqualTo(OPENED);
        for (CaseStatus to : CaseStatus.values()) {
            assertThatThrownBy(() -> CaseTransitions.move(APPROVED, to)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> CaseTransitions.move(REJECTED, to)).isInstanceOf(IllegalStateException.class);
        }
        // an approval is never from a case waiting for the customer
        assertThatThrownBy(() -> CaseTransitions.move(RETRY, APPROVED)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CaseTransitions.move(REVIEW, OPENED)).isInstanceOf(IllegalStateException.class);
    }
}

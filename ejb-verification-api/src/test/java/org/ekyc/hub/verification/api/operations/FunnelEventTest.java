package org.ekyc.hub.verification.api.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.junit.jupiter.api.Test;

class FunnelEventTest {

    @Test
    void anEventOfTheVocabularyIsTaken() {
        FunnelEvent e = FunnelEvent.of("document", "EXIT", "vi", "PHONE", null);
        assertThat(e).isEqualTo(new FunnelEvent(FunnelEvent.Step.DOCUMENT, FunnelEvent.Type.EXIT, "vi",
                FunnelEvent.DeviceClass.PHONE, null));
        assertThat(FunnelEvent.of("liveness", "FAILED", "ko", "TABLET", "FACE_NOT_FOUND").reason()).isEqualTo("FACE_NOT_FOUND");
    }

    @Test
    void eachFieldOutsideTheVocabularyIsRefusedByName() {
        assertRefused(() -> FunnelEvent.of("checkout", "SHOWN", "ko", "PHONE", null), "step");
        assertRefused(() -> FunnelEvent.of(null, "SHOWN", "ko", "PHONE", null), "step");
        assertRefused(() -> FunnelEvent.of("consent", "shown", "ko", "PHONE", null), "event");
        assertRefused(() -> FunnelEvent.of("consent", "SHOWN", "ja", "PHONE", null), "language");
        assertRefused(() -> FunnelEvent.of("consent", "SHOWN", "ko", "WATCH", null), "deviceClass");
        // a reason is a code, never text (which could carry what a person typed)
        assertRefused(() -> FunnelEvent.of("document", "FAILED", "en", "DESKTOP", "my name is Kim"), "reason");
    }

    private static void assertRefused(Runnable r, String field) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.reason()).isEqualTo(ReasonCode.FUNNEL_EVENT_INVALID);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    @Test
    void ageBandsByCompletedYears() {
        LocalDate on = LocalDate.of(2026, 12, 4);
        assertThat(AgeBand.of(LocalDate.of(2008, 12, 5), on)).isEqualTo(AgeBand.UNDER_18);
        assertThat(AgeBand.of(LocalDate.of(2008, 12, 4), on).label()).isEqualTo("18-29");
        assertThat(AgeBand.of(LocalDate.of(1996, 12, 5), on).label()).isEqualTo("18-29");
        assertThat(AgeBand.of(LocalDate.of(1996, 12, 4), on).label()).isEqualTo("30-39");
        assertThat(AgeBand.of(LocalDate.of(1980, 1, 1), on).label()).isEqualTo("40-49");
        assertThat(AgeBand.of(LocalDate.of(1970, 1, 1), on).label()).isEqualTo("50-59");
        assertThat(AgeBand.of(LocalDate.of(1966, 12, 4), on).label()).isEqualTo("60+");
    }
}

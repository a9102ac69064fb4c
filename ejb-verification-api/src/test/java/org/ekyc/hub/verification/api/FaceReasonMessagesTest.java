package org.ekyc.hub.verification.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FaceReasonMessagesTest {

    private static final List<ReasonCode> FACE = Arrays.stream(ReasonCode.values())
            .filter(c -> c.name().startsWith("FACE_") || c.name().startsWith("SPOOF_") || c.name().startsWith("LIVENESS_"))
            .toList();

    @Test
    void everyFaceCodeIsTranslatedNotCopiedFromEnglish() {
        assertThat(FACE).hasSizeGreaterThanOrEqualTo(18);
        for (ReasonCode code : FACE) {
            String en = LocalizedMessages.message(code, Locale.ENGLISH);
            for (String lang : List.of("ko", "zh", "vi")) {
                assertThat(LocalizedMessages.message(code, Locale.forLanguageTag(lang))).as("%s %s", code, lang).isNotEqualTo(en);
            }
        }
    }

    @Test
    void retakeMessagesTellTheCustomerWhatToDo() {
        for (ReasonCode code : List.of(ReasonCode.FACE_NOT_FOUND, ReasonCode.FACE_MULTIPLE, ReasonCode.FACE_TOO_SMALL,
                ReasonCode.FACE_POSE_EXTREME, ReasonCode.FACE_IMAGE_UNREADABLE)) {
            assertThat(LocalizedMessages.message(code, Locale.ENGLISH)).as(code.name()).containsIgnoringCase("again");
            assertThat(LocalizedMessages.message(code, Locale.KOREAN)).as(code.name()).contains("주세요");
            assertThat(LocalizedMessages.message(code, Locale.forLanguageTag("vi"))).as(code.name())
                    .containsAnyOf("thử lại", "chụp lại");
            assertThat(LocalizedMessages.message(code, Locale.CHINESE)).as(code.name()).containsAnyOf("重试", "重新");
        }
    }
}

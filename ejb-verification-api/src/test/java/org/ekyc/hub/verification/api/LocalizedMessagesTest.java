package org.ekyc.hub.verification.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalizedMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ko", "en", "zh", "vi"})
    void everyReasonCodeHasAMessageInEachSupportedLanguage(String language) {
        ResourceBundle bundle = LocalizedMessages.bundle(Locale.forLanguageTag(language));
        assertThat(bundle.getLocale().getLanguage()).isEqualTo(language);
        for (ReasonCode code : ReasonCode.values()) {
            assertThat(bundle.containsKey(code.messageKey()))
                    .as("%s has a %s message", code, language).isTrue();
            assertThat(bundle.getString(code.messageKey())).isNotBlank();
        }
    }

    @Test
    void messagesDifferByLanguageAndFillInTheDetail() {
        String en = LocalizedMessages.message(ReasonCode.FIELD_REQUIRED, Locale.ENGLISH, "surname");
        String ko = LocalizedMessages.message(ReasonCode.FIELD_REQUIRED, Locale.KOREAN, "surname");
        String zh = LocalizedMessages.message(ReasonCode.FIELD_REQUIRED, Locale.CHINESE, "surname");
        String vi = LocalizedMessages.message(ReasonCode.FIELD_REQUIRED, Locale.forLanguageTag("vi"), "surname");
        assertThat(en).isEqualTo("The field \"surname\" is required.");
        assertThat(ko).isEqualTo("\"surname\" 항목은 필수입니다.");
        assertThat(zh).isEqualTo("字段“surname”为必填项。");
        assertThat(vi).isEqualTo("Trường \"surname\" là bắt buộc.");
    }

    @Test
    void acceptLanguageIsNegotiatedToASupportedLocaleWithEnglishAsFallback() {
        assertThat(LocalizedMessages.negotiate("ko-KR,ko;q=0.9,en;q=0.5")).isEqualTo(Locale.KOREAN);
        assertThat(LocalizedMessages.negotiate("vi-VN")).isEqualTo(Locale.forLanguageTag("vi"));
        assertThat(LocalizedMessages.negotiate("zh-CN,zh;q=0.8")).isEqualTo(Locale.CHINESE);
        assertThat(LocalizedMessages.negotiate("fr-FR")).isEqualTo(Locale.ENGLISH);
        assertThat(LocalizedMessages.negotiate(null)).isEqualTo(Locale.ENGLISH);
        assertThat(LocalizedMessages.negotiate("not a ;; header")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void unsupportedLocaleFallsBackToEnglishNotToTheJvmDefault() {
        assertThat(LocalizedMessages.message(ReasonCode.CASE_NOT_FOUND, Locale.GERMAN))
                .isEqualTo("No verification case was found with this number.");
    }
}

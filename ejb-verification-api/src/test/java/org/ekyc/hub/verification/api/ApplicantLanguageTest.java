package org.ekyc.hub.verification.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** #19 The applicant's language: one of ko, en, zh, vi or nothing, never a refusal nor an English default. */
class ApplicantLanguageTest {

    @Test
    void aTagIsItsLanguageWhenThatIsOneOfTheFour() {
        assertThat(ApplicantLanguage.CODES).containsExactly("ko", "en", "zh", "vi");
        assertThat(ApplicantLanguage.of("vi")).isEqualTo("vi");
        assertThat(ApplicantLanguage.of(" ko-KR ")).isEqualTo("ko");
        assertThat(ApplicantLanguage.of("zh_TW")).isEqualTo("zh");
        assertThat(ApplicantLanguage.of("fr")).isNull();
        assertThat(ApplicantLanguage.of("")).isNull();
        assertThat(ApplicantLanguage.of(null)).isNull();
    }

    @Test
    void acceptLanguageGivesTheFirstOfTheFourItsRangesAcceptAndNothingOtherwise() {
        assertThat(ApplicantLanguage.fromAcceptLanguage("vi-VN,vi;q=0.9,en;q=0.5")).isEqualTo("vi");
        assertThat(ApplicantLanguage.fromAcceptLanguage("fr-FR,zh;q=0.8")).isEqualTo("zh");
        assertThat(ApplicantLanguage.fromAcceptLanguage("fr-FR")).as("no English default").isNull();
        assertThat(ApplicantLanguage.fromAcceptLanguage("*")).isNull();
        assertThat(ApplicantLanguage.fromAcceptLanguage(";;q=x")).isNull();
        assertThat(ApplicantLanguage.fromAcceptLanguage(null)).isNull();
    }
}

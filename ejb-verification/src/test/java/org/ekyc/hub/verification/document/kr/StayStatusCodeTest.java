package org.ekyc.hub.verification.document.kr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StayStatusCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"D-2", "D-4", "E-7", "E-9", "F-2", "F-4", "F-5", "F-6", "H-2", "D-10", "G-1"})
    void officialCategoriesAreAccepted(String code) {
        assertThat(new StayStatusCode(code).code()).isEqualTo(code);
    }

    @Test
    void spellingIsNormalisedAndDetailNumbersKept() {
        assertThat(new StayStatusCode("e9").code()).isEqualTo("E-9");
        assertThat(new StayStatusCode("F - 4 - 11").code()).isEqualTo("F-4-11");
        assertThat(new StayStatusCode("F-4-11").category()).isEqualTo("F-4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"E-11", "Z-1", "F-7", "D-0", "H-3", "", "E9X"})
    void codesOutsideTheListAreRefused(String code) {
        assertThat(StayStatusCode.isValid(code)).isFalse();
        assertThatThrownBy(() -> new StayStatusCode(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyCategoryHasOneKoreanNameAndTheLongestNameWins() {
        assertThat(new java.util.TreeSet<>(StayStatusCode.KOREAN_NAMES.values())).isEqualTo(new java.util.TreeSet<>(StayStatusCode.CATEGORIES));
        assertThat(StayStatusCode.categoryOfKoreanName("결혼 이민(F-6)")).contains("F-6");
        assertThat(StayStatusCode.categoryOfKoreanName("일시취재")).contains("C-1");
        assertThat(StayStatusCode.categoryOfKoreanName("취재")).contains("D-5");
        assertThat(StayStatusCode.categoryOfKoreanName("F-6")).isEmpty();
    }
}

package org.ekyc.hub.verification.screening.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Revised Romanization of Korean (2000), per syllable as for personal names. */
class HangulRomanizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "김, gim",          // initial ㄱ is g, final ㅁ m
        "박, bak",          // initial ㅂ b, final ㄱ k
        "최, choe",         // ㅊ ch, ㅚ oe
        "이, i",            // silent initial ㅇ
        "리, ri",           // initial ㄹ r (North Korean spelling of 이)
        "정은, jeongeun",   // final ㅇ ng, no liaison inside a given name
        "한글, hangeul",    // ㅡ eu
        "밝, bak",          // final cluster ㄺ k
        "꽃, kkot",         // tense initial kk, final ㅊ t
        "서연, seoyeon"     // ㅓ eo, ㅕ yeo
    })
    void romanizesEachSyllable(String hangul, String latin) {
        assertThat(HangulRomanizer.romanize(hangul)).isEqualTo(latin);
    }

    @Test
    void leavesOtherCharactersAlone() {
        assertThat(HangulRomanizer.romanize("Kim 민준-1")).isEqualTo("Kim minjun-1");
        assertThat(HangulRomanizer.containsHangul("Kim")).isFalse();
        assertThat(HangulRomanizer.containsHangul("Kim 민준")).isTrue();
    }
}

package org.ekyc.hub.verification.screening.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Korean syllables across McCune-Reischauer, Revised and informal spellings; names are synthetic. */
class KoreanRomanizationTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "chol, cheol",        // McCune-Reischauer without marks / Revised: 철
        "myong, myeong",      // 명
        "paek, baek",         // 백
        "chang, jang",        // 장
        "kim, gim",           // 김
        "ri, i",              // 리 / 이 (the initial ㄹ South Korea leaves out)
        "ri, lee",
        "ri, yi",
        "choe, choi",
        "tongho, dongho",     // 동호 joined
        "kwangyon, gwangyeon",
        "sung, seong",        // informal u for ㅓ
        "hyun, hyeon",
        "young, yeong",
        "soo, su",            // oo for ㅜ
        "hee, hui",           // 희
        "koh, go"             // 고
    })
    void spellingsOfOneSyllableAreCompatible(String a, String b) {
        assertThat(KoreanRomanization.differences(a, b)).isZero();
    }

    @Test
    void aDifferentSyllableIsCounted() {
        assertThat(KoreanRomanization.differences("tongho", "tongchol")).isEqualTo(1);
        assertThat(KoreanRomanization.differences("jongchol", "jongnam")).isEqualTo(1);
        assertThat(KoreanRomanization.differences("myongsu", "kwanghyok")).isEqualTo(2);
    }

    @Test
    void wordsThatAreNotKoreanDoNotAlign() {
        assertThat(KoreanRomanization.differences("xiaoming", "xiaoming")).isEqualTo(-1);
        assertThat(KoreanRomanization.readsAsKorean("zhang")).isFalse();
        assertThat(KoreanRomanization.readsAsKorean("jongun")).isTrue();
        assertThat(KoreanRomanization.differences("tongho", "tonghochol")).isEqualTo(-1); // 2 syllables vs 3
        // the customary PARK is no syllable reading (r then k): KoreanSurnames makes it one name with PAK
        assertThat(KoreanRomanization.differences("pak", "park")).isEqualTo(-1);
    }

    @Test
    void countsSyllables() {
        assertThat(KoreanRomanization.syllableCount("kwangyon")).isEqualTo(2);
        assertThat(KoreanRomanization.syllableCount("kim")).isEqualTo(1);
        assertThat(KoreanRomanization.syllableCount("xiao")).isZero();
    }
}

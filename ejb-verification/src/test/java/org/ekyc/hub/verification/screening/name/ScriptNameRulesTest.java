package org.ekyc.hub.verification.screening.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules that keep clean names in Han, Hangul, Cyrillic and Arabic script from matching a listed
 * namesake-like name, one test per rule: a variant that must still match and a near name that must
 * not. Names are synthetic.
 */
class ScriptNameRulesTest {

    /** {@code MatchThresholds.DEFAULTS.potential()}. */
    private static final double POTENTIAL = 0.92;

    private static double score(String query, String candidate) {
        return NameMatcherTest.bestScore(query, candidate);
    }

    @Test
    void pinyinSyllablesAlignInPinyinAndWadeGiles() {
        assertThat(ChineseNames.differences("xiaoming", "xiaoming")).isZero();
        assertThat(ChineseNames.differences("xiaoming", "hsiaoming")).isZero();
        assertThat(ChineseNames.differences("zhang", "chang")).isZero();
        assertThat(ChineseNames.differences("zhiqiang", "chihchiang")).isZero();
        assertThat(ChineseNames.differences("xiaoming", "xiaobing")).isEqualTo(1);
        assertThat(ChineseNames.differences("shuting", "sidong")).isEqualTo(2);
        assertThat(ChineseNames.differences("fang", "fangwei")).isEqualTo(1);
        assertThat(ChineseNames.differences("xiaoming", "mohammed")).isEqualTo(-1);
    }

    @Test
    void hanNameDifferingInAGivenNameSyllableIsAnotherName() {
        assertThat(score("张晓明", "ZHANG, Xiaoming")).isGreaterThanOrEqualTo(0.95);
        assertThat(score("张晓明", "CHANG, Hsiao-ming")).isGreaterThanOrEqualTo(POTENTIAL);
        assertThat(score("张晓明", "ZHANG, Xiaobing")).isLessThan(POTENTIAL);
        assertThat(score("孙淑婷", "SUN, Sidong")).isLessThan(POTENTIAL);
        assertThat(score("杨晓明", "YAN, Xiaoming")).isLessThan(POTENTIAL); // surname differs
    }

    @Test
    void hanNameIsWhole() {
        assertThat(score("魏林娜", "WEI, Lin Na")).isGreaterThanOrEqualTo(0.95);
        assertThat(score("林娜", "WEI, Lin Na")).isLessThan(POTENTIAL);
        assertThat(score("李芳", "LI, Fangwei")).isLessThan(POTENTIAL);
    }

    @Test
    void hangulNameIsWholeAndExact() {
        assertThat(score("김민준", "KIM, Min Jun")).isGreaterThanOrEqualTo(0.95);
        assertThat(score("김민준", "KIM, Man Chun")).isLessThan(POTENTIAL); // 민 is not 만
        assertThat(score("이지우", "LEE, Ka Chiu")).isLessThan(POTENTIAL); // a syllable more on the list
    }

    @Test
    void koreanGivenNameDifferingInOneVowelIsAnotherName() {
        assertThat(NameMatcher.vowelForVowel("minjun", "manjun")).isTrue();
        assertThat(NameMatcher.vowelForVowel("jong", "jog")).isFalse();
        assertThat(score("KIM MINJUN", "KIM MANJUN")).isLessThan(POTENTIAL);
        assertThat(score("PARK SEOYEON", "PARK SEOYAN")).isLessThan(POTENTIAL);
        assertThat(score("KIM Jog Un", "KIM Jong Un")).isGreaterThanOrEqualTo(POTENTIAL); // a letter dropped: a typo
        assertThat(score("PAK Jong Un", "PARK Jeong Eun")).isGreaterThanOrEqualTo(POTENTIAL); // MR / RR forms
    }

    @Test
    void koreanLatinTypoIsOneLetterAsWrittenNotAfterFolding() {
        assertThat(score("KIM Jog Un", "KIM Jong Un")).isGreaterThanOrEqualTo(POTENTIAL);
        assertThat(score("GIM MINJUN", "KIM, Man Chun")).isLessThan(POTENTIAL);
        assertThat(score("I CHAEWON", "RI JE-SON")).isLessThan(POTENTIAL);
    }

    @Test
    void cyrillicNameWithoutPatronymicIsNotTheListedPersonWithOne() {
        assertThat(RussianNameForms.patronymic("petrovich")).isTrue();
        assertThat(RussianNameForms.patronymic("ивановна")).isTrue();
        assertThat(RussianNameForms.patronymic("sergeevna")).isTrue();
        assertThat(RussianNameForms.patronymic("ivanov")).isFalse();
        assertThat(RussianNameForms.patronymic("anna")).isFalse();
        assertThat(score("Андрей Павлов", "PAVLOV, Andrey Petrovich")).isLessThan(POTENTIAL);
        assertThat(score("Андрей Петрович Павлов", "PAVLOV, Andrey Petrovich")).isGreaterThanOrEqualTo(POTENTIAL);
        assertThat(score("Andrey Pavlov", "PAVLOV, Andrey Petrovich")).isGreaterThanOrEqualTo(POTENTIAL); // Latin: unchanged
        assertThat(score("Андрей Павлов", "PAVLOV, Andrey")).isGreaterThanOrEqualTo(POTENTIAL);
    }

    @Test
    void russianFormsOfOneStemAreDifferentPeople() {
        assertThat(RussianNameForms.otherForm("pavlov", "pavlova")).isTrue();
        assertThat(RussianNameForms.otherForm("ilyina", "ilyin")).isTrue();
        assertThat(RussianNameForms.otherForm("ivanova", "ivanovna")).isFalse(); // a typo of a patronymic as often
        assertThat(RussianNameForms.otherForm("pavlova", "pavlova")).isFalse();
        assertThat(RussianNameForms.otherForm("edwina", "edwinna")).isFalse();
        assertThat(score("Андрей Павлов", "PAVLOV, Andrey")).isGreaterThanOrEqualTo(0.95);
        assertThat(score("Андрей Павлова", "PAVLOV, Andrey")).isLessThan(POTENTIAL);
        assertThat(score("Olga Sokolova", "SOKOLOV, Olga")).isLessThan(POTENTIAL);
        assertThat(score("GAUSS Alexandra Viktorova", "GAUSS, Alexandra Viktorovna")).isGreaterThanOrEqualTo(POTENTIAL);
    }

    @Test
    void arabicYaRunIsWrittenWithIEOrY() {
        assertThat(ArabicConsonants.spells(ArabicConsonants.pattern("زياد"), "ziyad")).isTrue();
        assertThat(ArabicConsonants.spells(ArabicConsonants.pattern("زياد"), "ziad")).isTrue();
        assertThat(ArabicConsonants.spells(ArabicConsonants.pattern("زياد"), "saad")).isFalse();
        assertThat(score("زياد الشمري", "ZIAD AL-SHAMMARI")).isGreaterThanOrEqualTo(POTENTIAL);
        assertThat(score("زياد الشمري", "SA'AD AL-SHAMMARI")).isLessThan(POTENTIAL);
    }

    @Test
    void arabicScriptWordIsComparedByItsLetters() {
        assertThat(score("شادي الشمري", "SHADI AL-SHAMMARI")).isGreaterThanOrEqualTo(POTENTIAL);
        assertThat(score("شادي الشمري", "SA'AD AL-SHAMMARI")).isLessThan(POTENTIAL);
    }
}

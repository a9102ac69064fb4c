package org.ekyc.hub.verification.screening.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Korean and Arabic name variants, one test per variant class, each with a negative where it
 * applies; names are synthetic (built like list names, not taken from a list).
 */
class KoreanNameMatchingTest {

    private static final double POTENTIAL = 0.92;
    private final NameNormalizer normalizer = new NameNormalizer();
    private final NameMatcher matcher = new NameMatcher();

    private double score(String query, String candidate) {
        return NameMatcherTest.bestScore(normalizer, matcher, query, candidate);
    }

    @Test
    void mcCuneReischauerMarksAreOptional() {
        assertThat(score("PAEK Ch'o'l-Su", "PAEK Chol Su")).isGreaterThanOrEqualTo(0.97);
        assertThat(score("Paek Chŏl-su", "PAEK, Chol Su")).isGreaterThanOrEqualTo(0.97);
        assertThat(score("MUN CH'ŎNG-CH'ŎL", "MUN, Cho'ng-Ch'o'l")).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void revisedRomanizationFindsMcCuneReischauer() {
        assertThat(score("Baek Cheol-su", "PAEK, Chol Su")).isGreaterThanOrEqualTo(0.95);
        assertThat(score("Jang Myeong Ho", "CHANG Myong Ho")).isGreaterThanOrEqualTo(0.95);
        assertThat(score("Lee Dong-ho", "RI, Tong Ho")).isGreaterThanOrEqualTo(0.95);
        assertThat(score("Park Gwang-yeon", "PAK Kwang Yon")).isGreaterThanOrEqualTo(0.95);
        assertThat(score("Li Byeong-cheol", "RI Pyong Chol")).isGreaterThanOrEqualTo(0.95);
        assertThat(score("Yu Jin", "RYU Jin")).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void informalSpellingsFindTheListedName() {
        assertThat(score("Choi Sung Hyun", "CHOE Song Hyon")).isGreaterThanOrEqualTo(0.95);
        assertThat(score("Kim Young Soo", "KIM Yong Su")).isGreaterThanOrEqualTo(0.95);
        assertThat(score("Koh Min Hee", "KO Min Hui")).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void surnameFirstOrLastAndGivenNameSplitOrJoined() {
        assertThat(score("Tong Ho Ri", "RI, Tong-Ho")).isGreaterThanOrEqualTo(0.95);
        assertThat(score("Tongho Ri", "RI Tong Ho")).isGreaterThanOrEqualTo(0.95);
        assertThat(score("RI TONGHO", "RI, Tong Ho")).isGreaterThanOrEqualTo(0.95);
        assertThat(score("Kwang Yon Kim", "KIM, Kwang Yon")).isGreaterThanOrEqualTo(0.95);
        assertThat(score("KIM KWANG-YON", "KIM, Kwang Yon")).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void hangulFindsTheLatinEntryBothWays() {
        assertThat(score("리동호", "RI, Tong Ho")).isGreaterThanOrEqualTo(0.95);
        assertThat(score("백철수", "PAEK Chol Su")).isGreaterThanOrEqualTo(0.95);
        assertThat(score("RI Tong Ho", "리동호")).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aDifferentGivenNameSyllableIsWeakerEvidenceAndNoMatch() {
        double same = score("Ri Tong Ho", "RI, Tong Ho");
        double other = score("Ri Tong Chol", "RI, Tong Ho");
        assertThat(other).isLessThan(same).isLessThan(POTENTIAL);
        assertThat(score("Kim Jong Nam", "KIM Jong Chol")).isLessThan(POTENTIAL);
        assertThat(score("Baek Cheol-min", "PAEK, Chol Su")).isLessThan(POTENTIAL);
        assertThat(score("이동철", "RI, Tong Ho")).isLessThan(POTENTIAL);
        assertThat(score("Dohyun Park", "PAK, Do Chun")).isLessThan(POTENTIAL);
    }

    @Test
    void aTypoInASyllableIsNotCappedAsAnotherName() {
        assertThat(score("KIM Jog Un", "KIM, Jong Un")).isGreaterThanOrEqualTo(POTENTIAL)
                .isLessThan(score("KIM Jong Un", "KIM, Jong Un"));
        assertThat(score("KWAK Chong-hol", "KWAK, Chong-chol")).isGreaterThanOrEqualTo(POTENTIAL);
    }

    @Test
    void koreanTokensAreComparedSyllableBySyllable() {
        NormalizedName korean = normalizer.forms("Ri Tong Ho").get(0);
        assertThat(korean.korean()).isTrue();
        assertThat(normalizer.forms("Maria Lopez").get(0).korean()).isFalse();
        assertThat(normalizer.forms("Tong Ho Ri").stream().map(NormalizedName::text)).contains("tongho ri");
    }

    @Test
    void aynAndHamzaMarksAreOptional() {
        assertThat(score("Sa'id Nu'man", "SAID NUMAN")).isEqualTo(1.0);
        assertThat(score("Saʿid Nuʿman", "SA'ID, Nu'man")).isEqualTo(1.0);
        assertThat(score("Saʾid Nu’man", "SA'ID, Nu'man")).isEqualTo(1.0);
    }

    @Test
    void aliAlyAleeAreOneName() {
        assertThat(score("Aly Hassan Mahmoud", "ALI Hassan Mahmoud")).isGreaterThanOrEqualTo(0.95);
        assertThat(score("Alee Hassan", "HASSAN, Ali")).isGreaterThanOrEqualTo(0.95);
        assertThat(score("Fathy Karim", "KARIM, Fathi")).isGreaterThanOrEqualTo(0.95);
        assertThat(score("Alan Hassan", "ALI Hassan")).isLessThan(POTENTIAL);
    }

    @Test
    void articlesDroppedOrKept() {
        assertThat(score("Khalid Tikriti", "AL-TIKRITI, Khalid")).isEqualTo(1.0);
        assertThat(score("Khalid Al Tikriti", "AL-TIKRITI, Khalid")).isEqualTo(1.0);
        assertThat(score("Khalid El-Tikriti", "AL-TIKRITI, Khalid")).isEqualTo(1.0);
        assertThat(score("Izz-Din Hasan", "IZZ-AL-DIN, Hasan")).isEqualTo(1.0);
    }

    @Test
    void binAndIbnDroppedOrKept() {
        assertThat(score("Khalid bin Salim Harbi", "KHALID SALIM HARBI")).isEqualTo(1.0);
        assertThat(score("Khalid ibn Salim Harbi", "KHALID BIN SALIM HARBI")).isEqualTo(1.0);
        assertThat(score("Libi bin Shaykh", "AL-LIBI, Ibn Al-Shaykh")).isEqualTo(1.0);
    }

    @Test
    void abdCompoundsInEverySpelling() {
        assertThat(score("Abdul Rahman Salim", "ABD AL-RAHMAN, Salim")).isEqualTo(1.0);
        assertThat(score("Abdel Rahman Salim", "ABD AL-RAHMAN, Salim")).isEqualTo(1.0);
        assertThat(score("Abdulrahman Salim", "ABD AL-RAHMAN, Salim")).isEqualTo(1.0);
        assertThat(score("Abd-al-Rahman Salim", "ABDEL RAHMAN, Salim")).isEqualTo(1.0);
    }
}

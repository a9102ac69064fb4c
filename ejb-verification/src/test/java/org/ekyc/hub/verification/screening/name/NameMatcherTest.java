package org.ekyc.hub.verification.screening.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Token-set scoring rules; names are synthetic. */
class NameMatcherTest {

    private final NameNormalizer normalizer = new NameNormalizer();
    private final NameMatcher matcher = new NameMatcher();

    private double score(String query, String candidate) {
        return bestScore(normalizer, matcher, query, candidate);
    }

    /** {@link #bestScore(NameNormalizer, NameMatcher, String, String)} with a new normaliser and matcher. */
    static double bestScore(String query, String candidate) {
        return bestScore(new NameNormalizer(), new NameMatcher(), query, candidate);
    }

    /** The best score over the forms of the two names, as the screener takes it. */
    static double bestScore(NameNormalizer normalizer, NameMatcher matcher, String query, String candidate) {
        double best = 0;
        for (NormalizedName q : normalizer.forms(query)) {
            for (NormalizedName c : normalizer.forms(candidate)) {
                best = Math.max(best, matcher.score(q, c));
            }
        }
        return best;
    }

    @Test
    void wordOrderDoesNotMatter() {
        assertThat(score("Tran Thi Mai", "MAI, Tran Thi")).isEqualTo(1.0);
    }

    @Test
    void missingMiddleNameStillScoresHigh() {
        assertThat(score("Anna Petrova", "Anna Sergeyevna Petrova")).isBetween(0.92, 0.99);
    }

    @Test
    void oneTypoInALongWordStaysAbovePotential() {
        assertThat(score("Kowalczyk Marianna", "Kowalcyzk Marianna")).isGreaterThan(0.93);
    }

    @Test
    void koreanSurnameSpellingsAreOneName() {
        assertThat(score("Lee Minsu", "Rhee Minsu")).isEqualTo(1.0);
        assertThat(score("Yi Minsu", "Lee Minsu")).isEqualTo(1.0);
        assertThat(score("Park Seoyeon", "Pak Seoyeon")).isEqualTo(1.0);
        assertThat(score("Bak Seoyeon", "Park Seoyeon")).isEqualTo(1.0);
        assertThat(score("Gim Jiho", "Kim Jiho")).isEqualTo(1.0);
        assertThat(score("Choe Jiho", "Choi Jiho")).isEqualTo(1.0);
    }

    @Test
    void hangulMatchesItsUsualLatinSpelling() {
        assertThat(score("박민수", "Park Min-su")).isEqualTo(1.0);
        assertThat(score("이민수", "LEE, Min Su")).isEqualTo(1.0);
        assertThat(score("최지호", "Choi Ji-ho")).isEqualTo(1.0);
    }

    @Test
    void mccuneReischauerAndRevisedRomanizationOfAGivenNameMatch() {
        assertThat(score("Kim Chong-chol", "Kim Jeong-cheol")).isGreaterThan(0.93);
    }

    @Test
    void vowelVariantsOfArabicNamesMatch() {
        assertThat(score("Mohammed Hussein", "Muhammad Husayn")).isGreaterThan(0.93);
    }

    @Test
    void arabicScriptMatchesLatinBySkeleton() {
        assertThat(score("حمزة الزبيدي", "Hamza al-Zubaydi")).isGreaterThan(0.93);
    }

    @Test
    void arabicLettersWithSeveralLatinRenderingsMatchEachOfThem() {
        assertThat(score("رشيد طعان كاظم", "Rashid Taan Kathim")).isGreaterThan(0.93); // ظ as th
        assertThat(score("رشيد كاظم", "Rashid Kazim")).isGreaterThan(0.93);             // ظ as z
        assertThat(score("فضل رحيم", "FAZAL RAHIM")).isGreaterThan(0.93);              // ض as z
        assertThat(score("جمال عكاشة", "DJAMEL AKKACHA")).isGreaterThan(0.93);        // ج as dj, ش as ch
        assertThat(score("عبد الله رجب", "Abdallah Ragab")).isGreaterThan(0.93);       // ج as g
        assertThat(score("نسيم صحراوي", "NESSIM SAHRAOUI")).isGreaterThan(0.93);       // ص+ح is not ش
    }

    @Test
    void arabicCompoundsMatchTheirOneWordLatinSpelling() {
        assertThat(score("هدايت الله حقاني", "HIDAYATULLAH HAQQANI")).isGreaterThan(0.93);
        assertThat(score("جلال الدين حقانى", "JALALUDDIN HAQQANI")).isGreaterThan(0.93);
    }

    @Test
    void arabicConsonantClassesDoNotMatchOtherConsonants() {
        assertThat(score("كاظم حسن", "Kamal Hassan")).isLessThan(0.92);
        assertThat(score("جمال حسن", "Gamal Hassan")).isGreaterThan(0.92); // ج is also the Egyptian g
        assertThat(score("جمال حسن", "Kamal Hassan")).isLessThan(0.92);     // but not k (كمال)
        assertThat(score("فضل رحيم", "Fayez Rahim")).isLessThan(0.92);
    }

    @Test
    void aSingleWordIsNotAnIdentification() {
        assertThat(score("Minsu", "Park Minsu")).isLessThanOrEqualTo(0.80);
    }

    @Test
    void shortWordsTwoEditsApartAreDifferentNames() {
        assertThat(score("Quang Tran", "Quanguo Tran")).isLessThan(0.93); // at most POTENTIAL, never a HIT
    }

    @Test
    void differentPeopleScoreLow() {
        assertThat(score("Olivia Brown", "Dmitri Volkov")).isLessThan(0.5);
        assertThat(score("Nguyen Van An", "Pham Thu Huong")).isLessThan(0.6);
    }
}

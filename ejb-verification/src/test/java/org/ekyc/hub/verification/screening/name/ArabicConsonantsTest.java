package org.ekyc.hub.verification.screening.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The consonant classes of {@link ArabicConsonants}, one test per class and rule. */
class ArabicConsonantsTest {

    @Test
    void vowelsGlidesAinAndHamzaGiveNothing() {
        assertThat(ArabicConsonants.pattern("علي")).isEqualTo("l");
        assertThat(ArabicConsonants.pattern("يوسف")).isEqualTo("sf");
    }

    @Test
    void interdentalsAndEmphaticDAcceptTOrS() {
        assertThat(ArabicConsonants.pattern("كاظم")).isEqualTo("kTm");
        assertThat(ArabicConsonants.matches("kTm", "ktm")).isTrue(); // Kadhim, Kathim
        assertThat(ArabicConsonants.matches("kTm", "ksm")).isTrue(); // Kazim
        assertThat(ArabicConsonants.pattern("عثمان")).isEqualTo("Tmn");
        assertThat(ArabicConsonants.matches("Tmn", "smn")).isTrue(); // Osman
        assertThat(ArabicConsonants.matches("kTm", "kml")).isFalse();
    }

    @Test
    void shinAcceptsTheFrenchCh() {
        assertThat(ArabicConsonants.pattern("عكاشة")).isEqualTo("kS");
        assertThat(ArabicConsonants.matches("kS", NameNormalizer.skeleton(NameNormalizer.fold("akkacha")))).isTrue();
    }

    @Test
    void jimAcceptsTheEgyptianG() {
        assertThat(ArabicConsonants.pattern("رجب")).isEqualTo("rJp");
        assertThat(ArabicConsonants.matches("rJp", NameNormalizer.skeleton(NameNormalizer.fold("ragab")))).isTrue();
        assertThat(ArabicConsonants.matches("rJp", NameNormalizer.skeleton(NameNormalizer.fold("rajab")))).isTrue();
    }

    @Test
    void khaAcceptsKhAndTheGermanCh() {
        assertThat(ArabicConsonants.pattern("بريخ")).isEqualTo("prK");
        assertThat(ArabicConsonants.matches("prK", NameNormalizer.skeleton(NameNormalizer.fold("barich")))).isTrue();
    }

    @Test
    void sadFollowedByHaIsNotShin() {
        assertThat(ArabicConsonants.pattern("صحراوي")).isEqualTo("shr");
        assertThat(ArabicConsonants.pattern("شريف")).isEqualTo("Srf");
    }

    @Test
    void repeatsCollapseAndAFinalHIsDroppedAsInTheSkeleton() {
        assertThat(ArabicConsonants.pattern("حمزه")).isEqualTo("hms");
        assertThat(ArabicConsonants.pattern("خدايداد")).isEqualTo("Kt");
    }

    @Test
    void persianAndPashtoLettersCountAsTheirRomanization() {
        assertThat(ArabicConsonants.pattern("چوپان")).isEqualTo("jpn");
        assertThat(ArabicConsonants.pattern("ځدران")).isEqualTo("strn"); // Zadran
    }

    @Test
    void latinWordsGetThePatternOfTheLettersIcuWritesForThem() {
        assertThat(ArabicConsonants.pattern("allah")).isEqualTo("l");
        assertThat(ArabicConsonants.pattern("kadhm")).isEqualTo("kTm");
    }

    @Test
    void skeletonsListEveryRenderingForTheIndex() {
        assertThat(ArabicConsonants.skeletons("kTm")).containsExactly("ktm", "ksm");
        assertThat(ArabicConsonants.skeletons("JmS")).containsExactlyInAnyOrder("jms", "jmj", "kms", "kmj");
    }
}

package org.ekyc.hub.verification.screening.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per normalisation and transliteration rule of {@link NameNormalizer}. */
class NameNormalizerTest {

    private final NameNormalizer normalizer = new NameNormalizer();

    @Test
    void lowerCasesAndRemovesDiacritics() {
        assertThat(normalizer.words("José MÜLLER Nguyễn")).containsExactly("jose", "muller", "nguyen");
    }

    @Test
    void compatibilityFormsAreFolded() {
        assertThat(normalizer.words("ＫＩＭ　Ｍｉｎ")).containsExactly("kim", "min"); // full-width letters and space
    }

    @Test
    void punctuationSeparatesWordsAndOfacCommaOrderNeedsNoSpecialCase() {
        assertThat(normalizer.words("KIM, Jong Un")).containsExactly("kim", "jong", "un");
        assertThat(normalizer.words("Jong (Un) Kim.")).containsExactly("jong", "un", "kim");
    }

    @Test
    void apostrophesAndAinMarksAreRemovedInsideWords() {
        assertThat(normalizer.words("NU'MAN ʿUmar")).containsExactly("numan", "umar");
    }

    @Test
    void hyphenJoinsSyllablesOfAGivenName() {
        assertThat(normalizer.words("YUN Ho-Jin")).containsExactly("yun", "hojin");
    }

    @Test
    void arabicArticleBeforeAHyphenIsDropped() {
        assertThat(normalizer.words("SADDAM HUSSEIN AL-TIKRITI")).containsExactly("saddam", "hussein", "tikriti");
    }

    @Test
    void honorificsAndParticlesAreDropped() {
        assertThat(normalizer.words("Dr. Sheikh Ahmed bin Karimi")).containsExactly("ahmed", "karimi");
        assertThat(normalizer.words("Mr Anh Tuan Tran Jr")).containsExactly("anh", "tuan", "tran");
    }

    @Test
    void honorificIsKeptWhenItWouldLeaveASingleWord() {
        assertThat(normalizer.words("SAI'ID, Shaykh")).containsExactly("saiid", "shaykh");
    }

    @Test
    void abdPrefixBecomesAWordOfItsOwn() {
        assertThat(normalizer.words("Abdul Jalil")).containsExactly("abd", "jalil");
        assertThat(normalizer.words("Abduljalil")).containsExactly("abd", "jalil");
        assertThat(normalizer.words("Abdallah")).containsExactly("abd", "allah");
    }

    @Test
    void unspacedHangulNameIsSplitIntoSurnameAndGivenNameAndRomanized() {
        assertThat(normalizer.words("김민준")).containsExactly("gim", "minjun");
        assertThat(normalizer.words("남궁민수")).containsExactly("namgung", "minsu"); // two-syllable surname
        assertThat(normalizer.words("박 서연")).containsExactly("bak", "seoyeon");
    }

    @Test
    void hanIsTransliteratedToPinyinWithoutTones() {
        assertThat(normalizer.words("王小明")).containsExactly("wang", "xiao", "ming");
    }

    @Test
    void cyrillicFollowsBgnPcgn() {
        assertThat(normalizer.words("Иванова Анастасия Юрьевна")).containsExactly("ivanova", "anastasiya", "yuryevna");
    }

    @Test
    void arabicDropsTheArticleAndTaMarbutaAndIsMarkedConsonantal() {
        List<NormalizedName> forms = normalizer.forms("حمزة الزبيدي");
        assertThat(forms.get(0).consonantal()).isTrue();
        assertThat(forms.get(0).tokens()).extracting(NameToken::text).containsExactly("hmz", "zbydy");
        assertThat(normalizer.forms("Hamza al-Zubaydi").get(0).consonantal()).isFalse();
    }

    @Test
    void adjacentShortWordsAlsoGiveAJoinedForm() {
        assertThat(normalizer.forms("Kim Jong Un")).extracting(NormalizedName::text)
                .containsExactly("kim jong un", "kim jongun");
    }

    @Test
    void romanizationFoldingUnitesMcCuneReischauerAndRevisedSpellings() {
        assertThat(NameNormalizer.fold("chong")).isEqualTo(NameNormalizer.fold("jong"));
        assertThat(NameNormalizer.fold("kwang")).isEqualTo(NameNormalizer.fold("gwang"));
        assertThat(NameNormalizer.fold("seon")).isEqualTo(NameNormalizer.fold("son"));
        assertThat(NameNormalizer.fold("mohammed")).isEqualTo("mohamet");
    }

    @Test
    void skeletonKeepsConsonantsAndDropsAFinalH() {
        assertThat(NameNormalizer.skeleton(NameNormalizer.fold("hamzah"))).isEqualTo("hms");
        assertThat(NameNormalizer.skeleton(NameNormalizer.fold("hmz"))).isEqualTo("hms");
    }

    @Test
    void nothingLeftGivesNoForm() {
        assertThat(normalizer.forms(" -- ")).isEmpty();
    }
}

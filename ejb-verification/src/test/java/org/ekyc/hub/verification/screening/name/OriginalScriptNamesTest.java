package org.ekyc.hub.verification.screening.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ekyc.hub.verification.api.screening.ScreeningOutcome;
import org.ekyc.hub.verification.api.screening.ScreeningRequest;
import org.ekyc.hub.verification.api.screening.ScreeningResult;
import org.ekyc.hub.verification.screening.EntryType;
import org.ekyc.hub.verification.screening.ListEntry;
import org.ekyc.hub.verification.screening.ListSnapshot;
import org.ekyc.hub.verification.screening.Screener;
import org.junit.jupiter.api.Test;

/**
 * Names written in Arabic script against the lists' Latin and original-script names (#17): words
 * joined on one side only, a name written twice, characters that are not letters, and a query that is
 * the listed original-script name in other letter forms. One test per rule, each with a near name
 * that must stay below POTENTIAL. Names are synthetic.
 */
class OriginalScriptNamesTest {

    /** {@code MatchThresholds.DEFAULTS}. */
    private static final double POTENTIAL = 0.92;
    private static final double HIT = 0.93;

    private final NameNormalizer normalizer = new NameNormalizer();

    private static double score(String query, String candidate) {
        return NameMatcherTest.bestScore(query, candidate);
    }

    @Test
    void joinedPatternIsThePatternOfTheWordWrittenAsOne() {
        assertThat(ArabicConsonants.joined(ArabicConsonants.pattern("خداي"), ArabicConsonants.pattern("رحيم")))
                .isEqualTo(ArabicConsonants.pattern("خدايرحيم"));
        assertThat(ArabicConsonants.joined(ArabicConsonants.pattern("نور"), ArabicConsonants.pattern("رحيم")))
                .isEqualTo(ArabicConsonants.pattern("نوررحيم").replace("rr", "r"));
        // a ta marbuta ending the first word is dropped inside the joined word
        assertThat(ArabicConsonants.joined(ArabicConsonants.pattern("حمزة"), ArabicConsonants.pattern("سامر")))
                .doesNotContain("H");
    }

    @Test
    void oneArabicWordMatchesTwoListedWordsWrittenApart() {
        assertThat(score("وليد خدايرحيم حداد", "WALID KHUDAI RAHIM HADDAD")).isGreaterThanOrEqualTo(HIT);
        // the joined word must be spelt by the Arabic letters: another second half is another name
        assertThat(score("وليد خدايكريم حداد", "WALID KHUDAI RAHIM HADDAD")).isLessThan(POTENTIAL);
    }

    @Test
    void twoArabicWordsMatchOneListedWordWrittenTogether() {
        assertThat(score("عزیز الرحمان حداد", "AZIZIRAHMAN HADDAD")).isGreaterThanOrEqualTo(HIT);
        assertThat(score("عزیز الكريم حداد", "AZIZIRAHMAN HADDAD")).isLessThan(POTENTIAL);
    }

    @Test
    void joinedWordsAreLookedUpByTheJoinedPattern() {
        ListSnapshot lists = ListSnapshot.build("t", Instant.EPOCH, List.of(
                entry("1", "AZIZIRAHMAN HADDAD"), entry("2", "AZIZ HADDAD"), entry("3", "RAHMAN HADDAD")), normalizer);
        ScreeningResult result = new Screener().screen(lists, ScreeningRequest.ofName("عزیز الرحمان حداد"));
        assertThat(result.matches()).isNotEmpty();
        assertThat(result.matches().get(0).entryId()).isEqualTo("TEST:1");
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.HIT);
    }

    @Test
    void aQueryWordWrittenAsOneIsLookedUpUnderTheListedWordsJoined() {
        // 60 listed names share the given name and nothing else; the listed name written in two words
        // shares its family name only when its two words are joined, and must not be crowded out of the
        // 30 candidates that are scored
        List<ListEntry> entries = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            entries.add(entry("D" + i, "SAMER TESTNAME" + i));
        }
        entries.add(entry("1", "SAMER NOOR RAHIM"));
        ListSnapshot lists = ListSnapshot.build("t", Instant.EPOCH, entries, normalizer);
        ScreeningResult result = new Screener().screen(lists, ScreeningRequest.ofName("سامر نوررحيم"));
        assertThat(result.matches()).isNotEmpty();
        assertThat(result.matches().get(0).entryId()).isEqualTo("TEST:1");
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.HIT);
        ScreeningResult other = new Screener().screen(lists, ScreeningRequest.ofName("سامر نوركريم"));
        assertThat(other.outcome()).isEqualTo(ScreeningOutcome.CLEAR);
    }

    @Test
    void aNameWrittenTwiceOnTheListIsNotAMissingWord() {
        // محمد twice in the query is one word after normalisation; the list spells it two ways
        assertThat(score("سامر محمد حداد محمد", "SAMER MOHAMMAD HADDAD MUHAMMAD")).isGreaterThanOrEqualTo(HIT);
        // a word the query really leaves out still counts
        assertThat(score("سامر محمد", "SAMER MOHAMMAD HADDAD MUHAMMAD")).isLessThan(POTENTIAL);
    }

    @Test
    void marksThatAreNotLettersAreIgnored() {
        assertThat(normalizer.words("\u200Fسامر حداد\u200E")).isEqualTo(normalizer.words("سامر حداد"));
        assertThat(normalizer.words("\u2067سامر\u200D حداد\u2069")).isEqualTo(normalizer.words("سامر حداد"));
        // the Persian zero-width non-joiner separates the parts of a name as a space does
        assertThat(normalizer.words("محمد\u200Cرضا حداد")).isEqualTo(normalizer.words("محمد رضا حداد"));
    }

    @Test
    void aWordWithALostLetterIsLeftOutOfALatinName() {
        assertThat(NameNormalizer.visible("Samer Ha\uFFFDdad Nassar").split("\\s+")).containsExactly("Samer", "Nassar");
        // nothing else to read: the letters that are left
        assertThat(NameNormalizer.visible("Haddad\uFFFD")).isEqualTo("Haddad");
    }

    @Test
    void aLostLetterInArabicScriptIsAWildcardAndTheNameIsForAReviewer() {
        // a run of U+FFFD (the bytes of one letter) is one wildcard letter; the word is kept
        assertThat(normalizer.words("سامر الل\uFFFD\uFFFD حداد")).hasSize(3);
        assertThat(score("سامر الل\uFFFD\uFFFD حداد", "SAMER ALLAH HADDAD")).isGreaterThanOrEqualTo(POTENTIAL).isLessThan(HIT);
        assertThat(score("سامر عبد الل\uFFFD\uFFFD حداد", "SAMER ABDULLAH HADDAD")).isGreaterThanOrEqualTo(POTENTIAL).isLessThan(HIT);
        // the letters that are left decide, and the other words still count
        assertThat(score("سامر الل\uFFFD\uFFFD حداد", "SAMER OMAR HADDAD")).isLessThan(POTENTIAL);
        assertThat(score("سامر الل\uFFFD\uFFFD حداد", "KARIM ALLAH NASSAR")).isLessThan(POTENTIAL);
        // a word with fewer than two letters besides the lost one is left out, as before
        assertThat(normalizer.words("سامر ل\uFFFD حداد")).isEqualTo(normalizer.words("سامر حداد"));
    }

    @Test
    void aParticleGluedToTheNameIsTakenOff() {
        assertThat(score("سامر بن عمر بنحسين", "SAMER BIN OMAR BIN HUSSEIN")).isGreaterThanOrEqualTo(HIT);
        assertThat(score("سامر بنحسين حداد", "SAMER BEN HASSINE HADDAD")).isGreaterThanOrEqualTo(HIT);
        assertThat(score("سامر بنتسالم حداد", "SAMER HADDAD BINT SALEM")).isGreaterThanOrEqualTo(HIT);
        // names that begin with the same letters keep them: Bandar, Binyamin
        assertThat(score("سامر بندر حداد", "SAMER DAR HADDAD")).isLessThan(POTENTIAL);
        assertThat(score("سامر بنيامين حداد", "SAMER YAMIN HADDAD")).isLessThan(POTENTIAL);
        // what follows the particle is still compared: حسين is not Hassan
        assertThat(score("سامر بنحسين حداد", "SAMER HASSAN HADDAD")).isLessThan(POTENTIAL);
        // a glued ابو was split before (ArabicScript.words)
        assertThat(score("ابوبكر حداد", "ABU BAKR HADDAD")).isGreaterThanOrEqualTo(HIT);
    }

    @Test
    void aGluedParticleIsLookedUpWithoutIt() {
        List<ListEntry> entries = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            entries.add(entry("D" + i, "SAMER TESTNAME" + i));
        }
        entries.add(entry("1", "SAMER BEN HASSINE"));
        ListSnapshot lists = ListSnapshot.build("t", Instant.EPOCH, entries, normalizer);
        ScreeningResult result = new Screener().screen(lists, ScreeningRequest.ofName("سامر بنحسين"));
        assertThat(result.matches()).isNotEmpty();
        assertThat(result.matches().get(0).entryId()).isEqualTo("TEST:1");
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.HIT);
    }

    @Test
    void urduChaudhryWithTheHBeforeTheD() {
        assertThat(score("سامر چوہدری", "SAMER CHAUDHRY")).isGreaterThanOrEqualTo(HIT);
        assertThat(score("سامر علی چوہدری", "SAMER ALI CHAUDHARY")).isGreaterThanOrEqualTo(HIT);
        assertThat(score("سامر چوہان", "SAMER CHAUDHRY")).isLessThan(POTENTIAL);          // Chauhan
        assertThat(score("سامر فهمي حداد", "SAMER FAMHI HADDAD")).isLessThan(POTENTIAL);  // only the h of a d moves
    }

    @Test
    void aZadaCompoundWithoutItsD() {
        assertThat(score("سامر آخوند زاده", "SAMER AKHUNZADA")).isGreaterThanOrEqualTo(HIT);
        assertThat(score("سامر آخوندزاده", "SAMER AKHUNZADA")).isGreaterThanOrEqualTo(HIT);
        assertThat(score("سامر آخوند زاده", "SAMER AKHUNDZADA")).isGreaterThanOrEqualTo(HIT);
        assertThat(score("سامر آخوند زاده", "SAMER AKHUNZAI")).isLessThan(POTENTIAL);
        assertThat(score("سامر آخوند", "SAMER AKHUNZADA")).isLessThan(POTENTIAL);
    }

    @Test
    void sadWrittenShInIndonesianAndMalaySpellings() {
        assertThat(score("صلاح كريم حداد", "SHALAH KARIM HADDAD")).isGreaterThanOrEqualTo(HIT);
        assertThat(score("صلاح كريم حداد", "SALAH KARIM HADDAD")).isGreaterThanOrEqualTo(HIT);
        assertThat(score("سلام كريم حداد", "SHALAM KARIM HADDAD")).isLessThan(POTENTIAL);   // a sin is not sh
        assertThat(score("صلاح كريم حداد", "SHALAM KARIM HADDAD")).isLessThan(POTENTIAL);
    }

    @Test
    void theListedOriginalScriptNameInOtherLetterFormsIsAHit() {
        ListSnapshot lists = ListSnapshot.build("t", Instant.EPOCH, List.of(
                entry("1", "SAMI KARIM AL-HADDAD", "سامي كريم الحداد")), normalizer);
        Screener screener = new Screener();
        for (String query : List.of(
                "سامي كريم الحداد",          // as listed
                "سامی کریم الحداد",          // Persian yeh and keheh
                "ﺳﺎﻣﻲ ﻛﺮﻳﻢ ﺍﻟﺤﺪﺍﺩ",          // presentation forms (NFKC)
                "سامي كـريم الحـداد",        // tatweel
                "سَامِي كَرِيم الحَدَّاد",        // vowel signs and shadda
                "\u200Fسامي كريم الحداد")) { // a direction mark
            ScreeningResult result = screener.screen(lists, ScreeningRequest.ofName(query));
            assertThat(result.outcome()).as(query).isEqualTo(ScreeningOutcome.HIT);
            assertThat(result.matches().get(0).score()).as(query).isEqualTo(1.0);
        }
        ScreeningResult other = screener.screen(lists, ScreeningRequest.ofName("سامي كريم النجار"));
        assertThat(other.matches()).allSatisfy(m -> assertThat(m.score()).isLessThan(POTENTIAL));
    }

    private static ListEntry entry(String uid, String primary, String... aliases) {
        return new ListEntry("TEST", uid, EntryType.INDIVIDUAL, primary, List.of(aliases), List.of(), Set.of(),
                List.of("TEST"), "");
    }
}

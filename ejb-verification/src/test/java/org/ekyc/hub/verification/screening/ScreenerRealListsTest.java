package org.ekyc.hub.verification.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ekyc.hub.verification.api.screening.ScreeningOutcome;
import org.ekyc.hub.verification.api.screening.ScreeningRequest;
import org.ekyc.hub.verification.api.screening.ScreeningResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real designated persons of the OFAC and UN lists must be found by aliases, other scripts and
 * other orders; synthetic innocent people must not be flagged.
 */
class ScreenerRealListsTest {

    private final ListSnapshot lists = SanctionsTestData.snapshot();
    private final Screener screener = new Screener();

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
        "리제선|OFAC-SDN:12216",             // RI Je-Son in Hangul (North Korean spelling)
        "이제선|OFAC-SDN:12216",             // same in South Korean spelling; 이 = Ri/Lee/Yi
        "Lee Je-son|OFAC-SDN:12216",         // surname variant
        "Che-son Ri|OFAC-SDN:12216",         // alias RI, Che-Son, reordered
        "윤호진|UN:690734",                  // YUN HO-JIN in Hangul
        "Yun Ho-chin|UN:690734",             // UN alias, McCune-Reischauer
        "박도춘|OFAC-SDN:15769",             // PAK To-Chun in Hangul
        "Park Do-chun|OFAC-SDN:15769",       // surname variant + RR given name
        "Доку Умаров|OFAC-SDN:12110",        // UMAROV Doku in Cyrillic, given name first
        "Hussein Saddam|OFAC-SDN:7843"       // order swapped
    })
    void realEntriesAreFoundByAliasScriptAndOrder(String name, String entryId) {
        ScreeningResult result = screener.screen(lists, ScreeningRequest.ofName(name));
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.HIT);
        assertThat(result.matches()).extracting(m -> m.entryId()).contains(entryId);
    }

    @Test
    void arabicScriptQueryFindsTheLatinEntry() {
        ScreeningResult result = screener.screen(lists, ScreeningRequest.ofName("صدام حسين التكريتي"));
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.HIT);
        assertThat(result.matches()).extracting(m -> m.primaryName()).anyMatch(n -> n.contains("SADDAM"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nguyen Van An", "Tran Thi Mai Huong", "김서연", "Park Jiwoo", "Olivia Whitfield",
        "Lucia Fernandez Ortega", "Anastasia Sokolova", "Haruto Nakamura", "王晓明", "Dilnoza Rakhimova",
        "سامر حداد", "ليلى الخطيب", "مازن عبيدات", "Анастасия Соколова"})
    void syntheticInnocentNamesAreClear(String name) {
        ScreeningResult result = screener.screen(lists, ScreeningRequest.ofName(name));
        assertThat(result.outcome()).as("%s -> %s", name, result.matches()).isEqualTo(ScreeningOutcome.CLEAR);
    }

    @Test
    void dateOfBirthAndNationalityAreEvidence() {
        ScreeningResult same = screener.screen(lists,
                new ScreeningRequest(List.of("Ri Je Son"), LocalDate.of(1938, 5, 1), "PRK"));
        ScreeningResult other = screener.screen(lists,
                new ScreeningRequest(List.of("Ri Je Son"), LocalDate.of(1990, 5, 1), "VNM"));
        var sameMatch = same.matches().stream().filter(m -> m.entryId().equals("OFAC-SDN:12216")).findFirst().orElseThrow();
        assertThat(sameMatch.evidence()).contains("DOB_YEAR_MATCH 1938", "NATIONALITY_MATCH PRK");
        var otherMatch = other.matches().stream().filter(m -> m.entryId().equals("OFAC-SDN:12216")).findFirst();
        assertThat(otherMatch).hasValueSatisfying(m -> {
            assertThat(m.evidence()).anyMatch(e -> e.startsWith("DOB_MISMATCH"))
                    .anyMatch(e -> e.startsWith("NATIONALITY_DIFFERS"));
            assertThat(m.score()).isLessThan(sameMatch.score());
        });
    }

    @Test
    void resultCarriesTheListVersion() {
        assertThat(screener.screen(lists, ScreeningRequest.ofName("Olivia Whitfield")).listVersion())
                .isEqualTo(lists.version());
    }
}

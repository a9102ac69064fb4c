package org.ekyc.hub.bench.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.ekyc.hub.verification.screening.EntryType;
import org.ekyc.hub.verification.screening.ListEntry;
import org.junit.jupiter.api.Test;

/** The rule that leaves a listed name out of the generated clean names, on synthetic entries. */
class ListedSpellingsTest {

    private static ListEntry entry(String list, String uid, String name, String... aliases) {
        return new ListEntry(list, uid, EntryType.INDIVIDUAL, name, List.of(aliases), List.of(), Set.of(), List.of("TEST"), "");
    }

    private static final ListedSpellings LISTS = new ListedSpellings(List.of(
            entry("OFAC-SDN", "1", "AL-KHATIB, Basil"),
            entry("UN", "2", "NIZAR FIRAS HADDAD", "نزار فراس حداد"),
            entry("OFAC-SDN", "3", "SMIRNOVA, Olga"),
            entry("UN", "4", "WANG XIAO MING"),
            entry("UN", "5", "PAK MIN JUN")));

    private static List<List<String>> spelt(String... parts) {
        return java.util.Arrays.stream(parts).map(p -> List.of(p.split("\\|"))).toList();
    }

    @Test
    void aListedLatinNameSpeltByTheTableIsListed() {
        // باسل الخطيب: Basel (usual) or Basil (ALA-LC) Al-Khatib; the second is the listed name
        assertNotNull(LISTS.listedAs("باسل الخطيب", spelt("Basel|Basil|Bassel", "Al-Khatib|Al-Khateeb")));
        // a near name: one word more, or a given name the table does not spell Basil, stays clean
        assertNull(LISTS.listedAs("باسل سامر الخطيب", spelt("Basel|Basil|Bassel", "Samer|Samir", "Al-Khatib|Al-Khateeb")));
        assertNull(LISTS.listedAs("باسم الخطيب", spelt("Basem|Basim", "Al-Khatib|Al-Khateeb")));
        assertNull(LISTS.listedAs("باسل الحلبي", spelt("Basel|Basil|Bassel", "Al-Halabi|Al-Halaby")));
    }

    @Test
    void aListedNameWrittenTheSameIsListed() {
        // another order, hamza and ta marbuta written otherwise: the same written words
        assertNotNull(LISTS.listedAs("فراس نزار حداد", List.of()));
        assertNotNull(LISTS.listedAs("نِزار فراس حدّاد", List.of()));
        assertNull(LISTS.listedAs("نزار حداد", List.of()));
    }

    @Test
    void cyrillicHanAndHangulBySpellingTables() {
        assertTrue(ListedSpellings.cyrillicSpellings("Ольга").contains("olga"));
        assertTrue(ListedSpellings.cyrillicSpellings("Дмитрий").containsAll(List.of("dmitriy", "dmitrii", "dmitry")));
        assertNotNull(LISTS.listedAs("Ольга Смирнова", List.of(ListedSpellings.cyrillicSpellings("Ольга"),
                ListedSpellings.cyrillicSpellings("Смирнова"))));
        assertNull(LISTS.listedAs("Ольга Смирнова", List.of(ListedSpellings.cyrillicSpellings("Ольга"),
                ListedSpellings.cyrillicSpellings("Петровна"), ListedSpellings.cyrillicSpellings("Смирнова"))));
        assertEquals(List.of("xiaoming", "xiao ming"), ScreeningWorkload.syllables("小明", pinyin()));
        assertNotNull(LISTS.listedAs("王小明", List.of(List.of("wang"), List.of("xiaoming", "xiao ming"))));
        assertNull(LISTS.listedAs("王晓明", List.of(List.of("wang"), List.of("xiaoming", "xiao ming").subList(0, 1))));
        assertNotNull(LISTS.listedAs("박민준", List.of(List.of("bak", "pak", "park"), List.of("minjun", "min jun", "min chun"))));
        assertNull(LISTS.listedAs("박민서", List.of(List.of("bak", "pak", "park"), List.of("minseo", "min seo", "min so"))));
    }

    private static java.util.Map<Character, String> pinyin() {
        return java.util.Map.of('小', "xiao", '明', "ming");
    }
}

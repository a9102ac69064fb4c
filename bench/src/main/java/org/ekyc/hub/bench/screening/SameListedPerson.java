package org.ekyc.hub.bench.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ekyc.hub.verification.screening.EntryType;
import org.ekyc.hub.verification.screening.ListEntry;
import org.ekyc.hub.verification.screening.ListSnapshot;
import org.ekyc.hub.verification.screening.PartialDate;
import org.ekyc.hub.verification.screening.name.NameNormalizer;

/**
 * The same listed person across lists, for the evaluations only (the engine is not changed): an
 * entry of the UN list and an entry of an OFAC list (SDN or consolidated) that designate one person,
 * decided from the lists' data alone, never from a score. A compliance officer served a hit on the
 * OFAC entry of a person the UN also lists has been served, so the evaluations count a match on the
 * linked entry as a match on the expected one ({@link #sameOrLinked}); a match on any other entry is
 * still another person.
 * <p>
 * <b>Criterion</b> ({@link #linked}): both entries are individuals, one on the UN list and one on an
 * OFAC list, and
 * <ol>
 *   <li>they share a <b>complete date of birth</b>: year, month and day all published and equal
 *       ({@link ListEntry#birthDates}, as the mappers read them); a year or a month alone never links;</li>
 *   <li>the OFAC entry's <b>family name</b> — the part before the comma of its primary name or of a
 *       comma-written alias (OFAC writes individuals {@code FAMILY, Given}: {@code GASMI, Salah}) — has
 *       all its normalised words ({@link NameNormalizer#words}, exact, no romanization folding) among
 *       the words of one name of the UN entry (primary or alias); the UN list has no family-name field
 *       ({@code FIRST_NAME}..{@code FOURTH_NAME}), so the family name is OFAC's;</li>
 *   <li>and the <b>first given word</b> of that same OFAC name (the person's own name) is among the
 *       words of that same UN name; joined words are compared too, on both sides (two or three adjacent
 *       words of the UN name, the first two or three given words of the OFAC name), because lists write a
 *       syllabic given name joined, hyphenated or apart (OFAC {@code CH'OE, So'k-min}, UN
 *       {@code CH'OE SO'K MIN}). Not "any given word": Arabic names go on with the father's and
 *       grandfather's names, which brothers share, and a surname, a father's name and one date of
 *       birth linked {@code AL-TIKRITI, Kamal Mustafa Sultan Abdallah} (OFAC, alternative DOB
 *       1955-05-04) to his brother {@code JAMAL MUSTAFA ABDALLAH SULTAN AL-TIKRITI} (UN).</li>
 * </ol>
 * On the real lists of 2026-12 this links 286 UN–OFAC pairs (of 542 that share a complete date of
 * birth); every pair was printed ({@link #main}) and checked: the same names in the two lists'
 * spellings; where both lists give a place of birth (184 pairs) the same place in 182, and two places
 * the lists disagree on for a person whose names and day agree ({@code HAMID HAMAD HAMID AL-'ALI}
 * Kuwait / Qatar, {@code ELSHAFEE EL SHEIKH} London / Sudan); the other 102 have no place on one side
 * and were read by name. The criterion misses some pairs that are one person (a given name spelt
 * otherwise, {@code Mohammad} / {@code Mohammed}, {@code Tarak} / {@code Tariq}; a date of birth on
 * one side only): those stay counted as other entries, which is the strict side.
 * Entries of two OFAC lists are not linked with each other (one authority), nor PEP entries with anything.
 */
public final class SameListedPerson {

    private static final Pattern OFAC_POB = Pattern.compile("POB ([^;\"\\n]*)");
    private static final Pattern UN_POB = Pattern.compile("<INDIVIDUAL_PLACE_OF_BIRTH>(.*?)</INDIVIDUAL_PLACE_OF_BIRTH>",
            Pattern.DOTALL);

    private final Map<String, Set<String>> links;

    private SameListedPerson(Map<String, Set<String>> links) {
        this.links = links;
    }

    /** The links among the entries of {@code lists} (use the full lists: every alias is list data). */
    public static SameListedPerson of(ListSnapshot lists) {
        NameNormalizer normalizer = new NameNormalizer();
        Map<PartialDate, List<ListEntry>> ofacByDate = new HashMap<>();
        for (ListEntry e : lists.entries()) {
            if (e.type() == EntryType.INDIVIDUAL && ofac(e)) {
                e.birthDates().stream().filter(SameListedPerson::complete).distinct()
                        .forEach(d -> ofacByDate.computeIfAbsent(d, k -> new ArrayList<>()).add(e));
            }
        }
        Map<String, Set<String>> links = new HashMap<>();
        for (ListEntry un : lists.entries()) {
            if (un.type() != EntryType.INDIVIDUAL || !un.list().equals("UN")) {
                continue;
            }
            Set<ListEntry> candidates = new LinkedHashSet<>();
            un.birthDates().stream().filter(SameListedPerson::complete)
                    .forEach(d -> candidates.addAll(ofacByDate.getOrDefault(d, List.of())));
            for (ListEntry o : candidates) {
                if (namesAgree(un, o, normalizer)) {
                    links.computeIfAbsent(un.id(), k -> new LinkedHashSet<>()).add(o.id());
                    links.computeIfAbsent(o.id(), k -> new LinkedHashSet<>()).add(un.id());
                }
            }
        }
        return new SameListedPerson(links);
    }

    /** True when {@code a} and {@code b} are the same person by the criterion of this class (either order). */
    public static boolean linked(ListEntry a, ListEntry b, NameNormalizer normalizer) {
        if (a.type() != EntryType.INDIVIDUAL || b.type() != EntryType.INDIVIDUAL) {
            return false;
        }
        ListEntry un = a.list().equals("UN") ? a : b.list().equals("UN") ? b : null;
        ListEntry ofac = un == a ? b : a;
        if (un == null || un == ofac || !ofac(ofac)) {
            return false;
        }
        boolean sameDay = un.birthDates().stream().filter(SameListedPerson::complete)
                .anyMatch(d -> ofac.birthDates().contains(d));
        return sameDay && namesAgree(un, ofac, normalizer);
    }

    /** Conditions 2 and 3: one comma-written OFAC name whose family words and first given word are in one UN name. */
    private static boolean namesAgree(ListEntry un, ListEntry ofac, NameNormalizer normalizer) {
        List<Set<String>> unNames = un.allNames().stream().map(n -> withJoined(normalizer.words(n))).toList();
        for (String name : ofac.allNames()) {
            int comma = name.indexOf(',');
            if (comma <= 0) {
                continue;
            }
            List<String> family = normalizer.words(name.substring(0, comma));
            List<String> given = normalizer.words(name.substring(comma + 1));
            if (family.isEmpty() || given.isEmpty()) {
                continue;
            }
            // the own name: the first given word, or the first two or three joined (OFAC Song Min, UN SONG-MIN)
            Set<String> own = new HashSet<>(List.of(given.get(0)));
            for (int i = 1; i < Math.min(3, given.size()); i++) {
                own.add(String.join("", given.subList(0, i + 1)));
            }
            for (Set<String> words : unNames) {
                if (words.containsAll(family) && own.stream().anyMatch(words::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words of a name and every two or three adjacent words joined ({@code SO'K MIN} also as {@code sokmin}). */
    private static Set<String> withJoined(List<String> words) {
        Set<String> out = new HashSet<>(words);
        for (int i = 0; i + 1 < words.size(); i++) {
            out.add(words.get(i) + words.get(i + 1));
            if (i + 2 < words.size()) {
                out.add(words.get(i) + words.get(i + 1) + words.get(i + 2));
            }
        }
        return out;
    }

    private static boolean ofac(ListEntry e) {
        return e.list().startsWith("OFAC");
    }

    private static boolean complete(PartialDate d) {
        return d.month() != 0 && d.day() != 0;
    }

    /** The ids of the entries of other lists that are the same person as {@code id} (none: empty). */
    public Set<String> linkedTo(String id) {
        return links.getOrDefault(id, Set.of());
    }

    /** True when {@code matched} is {@code expected} or the same person in another list. */
    public boolean sameOrLinked(String expected, String matched) {
        return expected.equals(matched) || linkedTo(expected).contains(matched);
    }

    /** The number of linked UN–OFAC pairs. */
    public int pairs() {
        return links.entrySet().stream().filter(e -> e.getKey().startsWith("UN:")).mapToInt(e -> e.getValue().size())
                .sum();
    }

    /**
     * Prints the number of linked pairs and a sample of them (every {@code n}-th pair in id order, 20 by
     * default) with both entries' names, dates and places of birth, to check by eye that they are one person.
     * Arguments: {@code [pairs shown=20]}.
     */
    public static void main(String[] args) throws Exception {
        int shown = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        ListSnapshot full = ScreeningWorkload.fullLists();
        SameListedPerson same = of(full);
        Map<String, ListEntry> byId = new HashMap<>();
        full.entries().forEach(e -> byId.put(e.id(), e));
        Map<String, Set<String>> pairs = new TreeMap<>();
        same.links.forEach((id, others) -> {
            if (id.startsWith("UN:")) {
                pairs.put(id, others);
            }
        });
        long unWithOfac = pairs.size();
        long unWithTwo = pairs.values().stream().filter(s -> s.size() > 1).count();
        long ofacWithTwo = same.links.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("UN:") && e.getValue().size() > 1).count();
        System.out.printf("linked UN-OFAC pairs: %d (UN entries linked: %d, of which to two OFAC entries or more: %d;"
                + " OFAC entries linked to two UN entries or more: %d)%n", same.pairs(), unWithOfac, unWithTwo, ofacWithTwo);
        List<String[]> flat = new ArrayList<>();
        pairs.forEach((un, others) -> others.forEach(o -> flat.add(new String[] {un, o})));
        int step = Math.max(1, flat.size() / Math.max(1, shown));
        List<String[]> sample = new ArrayList<>();
        for (int i = 0; i < flat.size() && sample.size() < shown; i += step) {
            sample.add(flat.get(i));
        }
        if (args.length > 1 && args[1].equals("all")) {
            sample = flat;
        }
        for (String[] p : sample) {
            ListEntry un = byId.get(p[0]);
            ListEntry o = byId.get(p[1]);
            System.out.printf("%s %s | DOB %s | POB %s%n   %s %s | DOB %s | POB %s%n", un.id(), un.primaryName(),
                    un.birthDates(), unPob(un.raw()), o.id(), o.primaryName(), o.birthDates(), ofacPob(o.raw()));
        }
        // what the name conditions leave out: pairs sharing a complete date of birth but not linked
        NameNormalizer normalizer = new NameNormalizer();
        int sameDay = 0;
        List<String> familyOnly = new ArrayList<>();
        for (ListEntry un : full.entries()) {
            if (un.type() != EntryType.INDIVIDUAL || !un.list().equals("UN")) {
                continue;
            }
            for (ListEntry o : full.entries()) {
                if (o.type() != EntryType.INDIVIDUAL || !ofac(o) || un.birthDates().stream().filter(SameListedPerson::complete)
                        .noneMatch(d -> o.birthDates().contains(d))) {
                    continue;
                }
                sameDay++;
                if (!same.linkedTo(un.id()).contains(o.id()) && familyAgrees(un, o, normalizer)) {
                    familyOnly.add(un.id() + " " + un.primaryName() + " " + un.allNames() + " ~ " + o.id() + " " + o.allNames()
                            + " DOB " + o.birthDates() + " | POB " + unPob(un.raw()) + " / " + ofacPob(o.raw()));
                }
            }
        }
        System.out.printf("%nUN-OFAC pairs sharing a complete date of birth: %d; linked: %d; same day and OFAC family"
                + " name but not its first given name in the same UN name (not linked): %d%n", sameDay, same.pairs(), familyOnly.size());
        familyOnly.forEach(f -> System.out.println("  " + f));
    }

    private static boolean familyAgrees(ListEntry un, ListEntry ofac, NameNormalizer normalizer) {
        for (String name : ofac.allNames()) {
            int comma = name.indexOf(',');
            List<String> family = comma <= 0 ? List.of() : normalizer.words(name.substring(0, comma));
            if (!family.isEmpty() && un.allNames().stream().anyMatch(n -> normalizer.words(n).containsAll(family))) {
                return true;
            }
        }
        return false;
    }

    private static String ofacPob(String raw) {
        List<String> out = new ArrayList<>();
        Matcher m = OFAC_POB.matcher(raw);
        while (m.find()) {
            out.add(m.group(1).trim());
        }
        return out.isEmpty() ? "-" : String.join(" / ", out);
    }

    private static String unPob(String raw) {
        List<String> out = new ArrayList<>();
        Matcher m = UN_POB.matcher(raw);
        while (m.find()) {
            String place = m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
            if (!place.isEmpty()) {
                out.add(place);
            }
        }
        return out.isEmpty() ? "-" : String.join(" / ", out);
    }
}

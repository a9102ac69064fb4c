package org.ekyc.hub.verification.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ekyc.hub.verification.screening.name.ArabicConsonants;
import org.ekyc.hub.verification.screening.name.NameNormalizer;
import org.ekyc.hub.verification.screening.name.NameToken;
import org.ekyc.hub.verification.screening.name.NormalizedName;

/**
 * One version of the loaded lists with its candidate index; immutable, so a search in flight
 * keeps the version it started with while an update swaps in the next one ({@link ListIndex}).
 * <p>
 * Every name form of every individual is indexed under blocking keys of each of its words:
 * the Double Metaphone codes, the Korean surname class, the letter trigrams of the folded word
 * (with start and end marks) and the consonant skeleton; a typo changes at most three of a
 * word's trigrams and leaves the rest. A query only scores the forms that share keys with it,
 * ranked by the summed inverse document frequency of the shared keys, so search cost grows
 * with the number of similar names, not with the size of the lists.
 */
public final class ListSnapshot {

    private final String version;
    private final Instant loadedAt;
    private final List<ListEntry> entries;
    private final Map<String, Integer> countsByList;
    final NormalizedName[] forms;
    final int[] formEntry;
    final Map<String, int[]> postings;
    final Map<String, Double> idf;

    private ListSnapshot(String version, Instant loadedAt, List<ListEntry> entries, NormalizedName[] forms,
                         int[] formEntry, Map<String, int[]> postings) {
        this.version = version;
        this.loadedAt = loadedAt;
        this.entries = entries;
        this.forms = forms;
        this.formEntry = formEntry;
        this.postings = postings;
        Map<String, Integer> counts = new LinkedHashMap<>();
        entries.forEach(e -> counts.merge(e.list(), 1, Integer::sum));
        this.countsByList = Map.copyOf(counts);
        Map<String, Double> weights = new HashMap<>(postings.size() * 2);
        double n = Math.max(1, forms.length);
        postings.forEach((key, ids) -> weights.put(key, Math.log(1 + n / ids.length)));
        this.idf = weights;
    }

    /** An empty snapshot: everything screens CLEAR. In service until the first load succeeds. */
    public static ListSnapshot empty() {
        return new ListSnapshot("none", Instant.EPOCH, List.of(), new NormalizedName[0], new int[0], Map.of());
    }

    /** Builds the index over the entries; only individuals are indexed, persons are what is screened. */
    public static ListSnapshot build(String version, Instant loadedAt, List<ListEntry> entries,
                                     NameNormalizer normalizer) {
        List<NormalizedName> forms = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        Map<String, List<Integer>> keys = new HashMap<>();
        for (int e = 0; e < entries.size(); e++) {
            ListEntry entry = entries.get(e);
            if (entry.type() != EntryType.INDIVIDUAL) {
                continue;
            }
            Set<String> seen = new LinkedHashSet<>();
            for (String name : entry.allNames()) {
                for (NormalizedName form : normalizer.forms(name)) {
                    if (!seen.add(form.text())) {
                        continue;
                    }
                    int id = forms.size();
                    forms.add(form);
                    owners.add(e);
                    Set<String> formKeys = new LinkedHashSet<>();
                    form.tokens().forEach(t -> formKeys.addAll(blockingKeys(t)));
                    formKeys.addAll(joinedWordKeys(form.tokens()));
                    formKeys.forEach(k -> keys.computeIfAbsent(k, x -> new ArrayList<>()).add(id));
                }
            }
        }
        Map<String, int[]> postings = new HashMap<>(keys.size() * 2);
        keys.forEach((k, ids) -> postings.put(k, ids.stream().mapToInt(Integer::intValue).toArray()));
        return new ListSnapshot(version, loadedAt, List.copyOf(entries), forms.toArray(NormalizedName[]::new),
                owners.stream().mapToInt(Integer::intValue).toArray(), postings);
    }

    /**
     * The keys a word read from Arabic script is looked up by: its consonant skeletons only. Its
     * letter trigrams and phonetic codes come from a spelling without short vowels, so they are
     * shared with the vowel-less parts of unrelated Latin names more than with the name itself.
     */
    static Set<String> consonantKeys(NameToken token) {
        Set<String> keys = new LinkedHashSet<>(4);
        if (!token.skeleton().isEmpty()) {
            keys.add("k:" + token.skeleton());
        }
        ArabicConsonants.skeletons(token.consonants()).forEach(k -> keys.add("k:" + k));
        keys.remove("k:");
        return keys;
    }

    /**
     * The keys of words joined on one side only (#17), for a query read from Arabic script: two adjacent
     * query words written as one, for a name that lists write as one word ({@code AZIZIRAHMAN}) and the
     * query as two ({@code عزیز الرحمان}): the skeletons of the joined pattern ({@link ArabicConsonants#joined});
     * and each query word of three consonants or more under the {@code j:} keys of two listed words
     * joined ({@link #joinedWordKeys}). The Screener weighs these less than the keys of single words.
     */
    static Set<String> joinedConsonantKeys(List<NameToken> tokens) {
        Set<String> keys = new LinkedHashSet<>();
        for (NameToken token : tokens) {
            if (ArabicConsonants.consonants(token.consonants()) >= 3) {
                keys.addAll(joinedLookupKeys(token)); // one query word, two listed words
            }
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String first = tokens.get(i).consonants();
            String second = tokens.get(i + 1).consonants();
            if (!first.isEmpty() && !second.isEmpty()) {
                ArabicConsonants.skeletons(ArabicConsonants.joined(first, second)).forEach(k -> keys.add("k:" + k));
            }
        }
        keys.remove("k:");
        return keys;
    }

    /**
     * The keys of two adjacent listed words written as one (#17), {@code j:} and the consonant skeleton of the
     * joined word: an Arabic-script query word written as one where the list has two ({@code ظاهرعويس} /
     * <i>DAHIR AWEYS</i>) is looked up under them ({@link #joinedLookupKeys}). A key space of its own, so that
     * queries in other scripts rank their candidates as before.
     */
    static Set<String> joinedWordKeys(List<NameToken> tokens) {
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String skeleton = NameNormalizer.skeleton(NameNormalizer.fold(tokens.get(i).text() + tokens.get(i + 1).text()));
            if (skeleton.length() >= 3) {
                keys.add("j:" + skeleton);
            }
        }
        return keys;
    }

    /** The {@code j:} keys an Arabic-script query word is looked up under: the skeletons its pattern can be written as. */
    static Set<String> joinedLookupKeys(NameToken token) {
        Set<String> keys = new LinkedHashSet<>(4);
        for (String k : ArabicConsonants.skeletons(token.consonants())) {
            if (k.length() >= 3) {
                keys.add("j:" + k);
            }
        }
        return keys;
    }

    /** The blocking keys of one word. */
    static Set<String> blockingKeys(NameToken token) {
        Set<String> keys = new LinkedHashSet<>(6);
        if (!token.phonetic().isEmpty()) {
            keys.add("m:" + token.phonetic());
        }
        if (!token.phoneticAlt().isEmpty()) {
            keys.add("m:" + token.phoneticAlt());
        }
        if (token.surnameClass() != null) {
            keys.add("s:" + token.surnameClass());
        }
        String padded = "^" + token.folded() + "$";
        for (int i = 0; i + 3 <= padded.length(); i++) {
            keys.add("g:" + padded.substring(i, i + 3));
        }
        if (!token.skeleton().isEmpty()) {
            keys.add("k:" + token.skeleton());
        }
        if (!token.consonants().isEmpty()) {
            // a word from Arabic script also under each Latin skeleton its consonants can be written as
            ArabicConsonants.skeletons(token.consonants()).forEach(k -> keys.add("k:" + k));
        }
        return keys;
    }

    public String version() {
        return version;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public List<ListEntry> entries() {
        return entries;
    }

    /** Number of entries per list, e.g. {@code OFAC-SDN=8976}. */
    public Map<String, Integer> countsByList() {
        return countsByList;
    }

    /** Number of indexed name forms. */
    public int indexedForms() {
        return forms.length;
    }

    ListEntry entryOfForm(int form) {
        return entries.get(formEntry[form]);
    }
}

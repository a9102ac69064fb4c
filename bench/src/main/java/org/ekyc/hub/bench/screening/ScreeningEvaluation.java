package org.ekyc.hub.bench.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ekyc.hub.verification.api.screening.ScreeningMatch;
import org.ekyc.hub.verification.api.screening.ScreeningRequest;
import org.ekyc.hub.verification.api.screening.ScreeningResult;
import org.ekyc.hub.verification.screening.ListEntry;
import org.ekyc.hub.verification.screening.ListSnapshot;
import org.ekyc.hub.verification.screening.MatchThresholds;
import org.ekyc.hub.verification.screening.Screener;
import org.ekyc.hub.verification.screening.name.NameMatcher;
import org.ekyc.hub.verification.screening.name.NameNormalizer;

/**
 * Recall on name variants of real list entries and false-positive rate on synthetic clean names.
 * A variant is found when the entry it came from, or the same person's entry in the other list
 * ({@link SameListedPerson}: UN and OFAC entries with the same complete date of birth, OFAC family
 * name and first given name), scores at least the potential threshold (then the result is POTENTIAL
 * or HIT and names that person); the results this rule changed are counted per class in a table of
 * their own and listed. A clean name is a false positive when
 * anything scores at least the potential threshold. Prints the figures at the default thresholds
 * and a sweep of the potential threshold. Names only: no date of birth or nationality is given,
 * the hardest case. Clean names are synthetic, in Latin script and, {@code per script} of each,
 * in Arabic, Cyrillic, Han and Hangul script. The <i>original script</i> variants are every UN
 * original-script name in every seed; they are also reported per half of the entries
 * ({@link NameVariantClasses#heldOut}), so that rules can be chosen on one half and judged on the other.
 * An original-script query whose entry has no Latin name it could match ({@link #noLatinCounterpart})
 * is reported in a row of its own and left out of the class's recall and of the recall of all variants.
 * Arguments:
 * {@code [sampled entries=1500] [clean names=5000] [seed=6] [clean names per original script=300]}.
 */
public final class ScreeningEvaluation {

    private static final double FLOOR = 0.80;
    /** Misses listed at the end: all of them, so that each can be looked at (list names are public). */
    private static final int MISSES_SHOWN = 100;

    private ScreeningEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        int sample = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
        int clean = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 6;
        int perScript = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        MatchThresholds defaults = MatchThresholds.DEFAULTS;
        ListSnapshot full = ScreeningWorkload.fullLists();
        ListSnapshot lists = ScreeningWorkload.latinOnly(full);
        // collect every score from FLOOR up, with many matches, then apply thresholds afterwards
        Screener screener = new Screener(new NameNormalizer(), new NameMatcher(),
                new MatchThresholds(Math.max(FLOOR, defaults.hit()), FLOOR, defaults.candidates(), 200));
        System.out.printf(Locale.ROOT, "lists %s; variants searched against %d name forms (non-Latin aliases"
                + " removed), clean names against the full lists; default %s%n",
                full.countsByList(), lists.indexedForms(), defaults);
        SameListedPerson same = SameListedPerson.of(full);
        System.out.printf(Locale.ROOT, "same listed person across lists (SameListedPerson): %d UN-OFAC pairs%n",
                same.pairs());
        Map<String, int[]> changed = new LinkedHashMap<>(); // per class: n, flagged only by the rule, HIT only by the rule
        List<String> changedNames = new ArrayList<>();

        Map<String, List<Double>> variantScores = new LinkedHashMap<>();
        Map<String, List<Double>> originalHalves = new java.util.TreeMap<>();
        List<Double> unanswerable = new ArrayList<>();
        List<String> unanswerableNames = new ArrayList<>();
        NameNormalizer words = new NameNormalizer();
        List<String> misses = new ArrayList<>();
        for (ScreeningWorkload.Query q : ScreeningWorkload.variants(lists, full, sample, seed)) {
            ScreeningResult r = screener.screen(lists, ScreeningRequest.ofName(q.name()));
            double own = r.matches().stream().filter(m -> m.entryId().equals(q.expectedId()))
                    .mapToDouble(ScreeningMatch::score).max().orElse(0);
            double score = r.matches().stream().filter(m -> same.sameOrLinked(q.expectedId(), m.entryId()))
                    .mapToDouble(ScreeningMatch::score).max().orElse(0);
            List<ListEntry> person = new ArrayList<>(List.of(entry(lists, q.expectedId())));
            same.linkedTo(q.expectedId()).forEach(id -> person.add(entry(lists, id)));
            boolean left = q.kind().equals("original script") && noLatinCounterpart(entry(full, q.expectedId()),
                    person, q.name(), words);
            int[] c = changed.computeIfAbsent(left ? "original script, entry without a Latin name (not in the recall)"
                    : q.kind(), k -> new int[3]);
            c[0]++;
            if (own < defaults.potential() && score >= defaults.potential()
                    || own < defaults.hit() && score >= defaults.hit()) {
                c[1] += own < defaults.potential() && score >= defaults.potential() ? 1 : 0;
                c[2] += own < defaults.hit() && score >= defaults.hit() ? 1 : 0;
                String by = r.matches().stream().filter(m -> !m.entryId().equals(q.expectedId())
                        && same.sameOrLinked(q.expectedId(), m.entryId()) && m.score() == score)
                        .map(m -> m.entryId() + " " + m.primaryName()).findFirst().orElse("?");
                changedNames.add(q.kind() + ": '" + q.name() + "' " + q.expectedId() + " scored " + own + "; the same"
                        + " person's " + by + " scored " + score);
            }
            if (left) {
                unanswerable.add(score);
                unanswerableNames.add("'" + q.name() + "' " + q.expectedId() + " scored " + score);
                continue;
            }
            variantScores.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(score);
            if (q.kind().equals("original script")) {
                // the same names in every seed: split by entry id as NameVariantClasses does, to tune on one half
                boolean heldOut = NameVariantClasses.heldOut(full.entries().stream()
                        .filter(e -> e.id().equals(q.expectedId())).findFirst().orElseThrow());
                originalHalves.computeIfAbsent(heldOut ? "held-out half" : "tuning half", k -> new ArrayList<>()).add(score);
            }
            if (score < defaults.potential() && misses.size() < MISSES_SHOWN) {
                misses.add(q.kind() + ": '" + q.name() + "' " + q.expectedId() + " scored " + score);
            }
        }
        List<Double> cleanScores = new ArrayList<>();
        Map<String, List<Double>> scriptScores = new LinkedHashMap<>();
        List<String> falsePositives = new ArrayList<>();
        Map<String, List<String>> excluded = new LinkedHashMap<>();
        List<ScreeningWorkload.Query> cleanQueries = new ArrayList<>(ScreeningWorkload.cleanNames(full, clean, seed, excluded));
        cleanQueries.addAll(ScreeningWorkload.cleanNamesInScripts(full, perScript, seed, excluded));
        for (ScreeningWorkload.Query q : cleanQueries) {
            ScreeningResult r = screener.screen(full, ScreeningRequest.ofName(q.name()));
            double top = r.matches().isEmpty() ? 0 : r.matches().get(0).score();
            if (q.kind().equals("clean")) {
                cleanScores.add(top);
            } else {
                scriptScores.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(top);
            }
            if (top >= defaults.potential() && falsePositives.size() < 40) {
                falsePositives.add(q.kind() + ": '" + q.name() + "' " + top + " ~ " + r.matches().get(0).matchedName());
            }
        }

        System.out.println("\nAt the default thresholds (POTENTIAL >= " + defaults.potential() + ", HIT >= "
                + defaults.hit() + "):\n");
        System.out.println("| queries | n | flagged (POTENTIAL or HIT) | rate | of which HIT |");
        System.out.println("|---|---:|---:|---:|---:|");
        List<Double> all = new ArrayList<>();
        for (Map.Entry<String, List<Double>> e : variantScores.entrySet()) {
            row("variants: " + e.getKey(), e.getValue(), defaults);
            all.addAll(e.getValue());
        }
        row("**all variants (recall)**", all, defaults);
        if (!unanswerable.isEmpty()) {
            row("original script, entry without a Latin name it could match (not in the recall above)",
                    unanswerable, defaults);
        }
        originalHalves.forEach((half, scores) -> row("original script, " + half + " (entry id)", scores, defaults));
        List<Double> latinVariants = new ArrayList<>();
        variantScores.forEach((kind, scores) -> {
            if (!kind.equals("original script")) {
                latinVariants.addAll(scores);
            }
        });
        row("Latin-script variants only", latinVariants, defaults);
        row("**clean synthetic names, Latin script (false positives)**", cleanScores, defaults);
        List<Double> scripts = new ArrayList<>();
        for (Map.Entry<String, List<Double>> e : scriptScores.entrySet()) {
            row(e.getKey(), e.getValue(), defaults);
            scripts.addAll(e.getValue());
        }
        if (!scripts.isEmpty()) {
            row("**clean synthetic names, original scripts (false positives)**", scripts, defaults);
        }
        List<Double> allClean = new ArrayList<>(cleanScores);
        allClean.addAll(scripts);
        row("**all clean synthetic names (false positives)**", allClean, defaults);

        System.out.println("\nSweep of the potential threshold:\n");
        System.out.println("| potential threshold | recall | FP rate, Latin clean names | FP rate, original-script clean names |");
        System.out.println("|---:|---:|---:|---:|");
        for (double t = 0.84; t <= 0.9401; t += 0.01) {
            System.out.printf(Locale.ROOT, "| %.2f | %.2f%% | %.2f%% | %.2f%% |%n", t, 100 * rate(all, t),
                    100 * rate(cleanScores, t), scripts.isEmpty() ? 0 : 100 * rate(scripts, t));
        }
        System.out.println("\nResults changed by the same-person rule (SameListedPerson), per class: variants found"
                + " (or HIT) only through the same person's entry in the other list:\n");
        System.out.println("| queries | n | flagged only through the other list's entry | HIT only through it |");
        System.out.println("|---|---:|---:|---:|");
        int[] total = new int[3];
        changed.forEach((kind, c) -> {
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %d |%n", kind, c[0], c[1], c[2]);
            for (int i = 0; i < 3 && !kind.startsWith("original script, entry without"); i++) {
                total[i] += c[i];
            }
        });
        System.out.printf(Locale.ROOT, "| all variants (recall) | %d | %d | %d |%n", total[0], total[1], total[2]);
        changedNames.forEach(m -> System.out.println("  " + m));
        System.out.println("\noriginal-script queries left out of the recall (no Latin name of the entry could match):");
        unanswerableNames.forEach(m -> System.out.println("  " + m));
        System.out.println("\nmissed variants (first " + MISSES_SHOWN + "):");
        misses.forEach(m -> System.out.println("  " + m));
        printExcluded(excluded);
        System.out.println("false positives (first 40):");
        falsePositives.forEach(m -> System.out.println("  " + m));
    }

    /** The generated clean names left out as listed names ({@link ListedSpellings}), per query kind, with the entry. */
    static void printExcluded(Map<String, List<String>> excluded) {
        System.out.println("\ngenerated clean names left out as listed names (ListedSpellings), per kind: "
                + (excluded.isEmpty() ? "none" : ""));
        excluded.forEach((kind, names) -> {
            System.out.println("  " + kind + ": " + names.size());
            names.forEach(n -> System.out.println("    " + n));
        });
    }

    private static ListEntry entry(ListSnapshot snapshot, String id) {
        return snapshot.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * True when an original-script query cannot be found through the Latin names its entry has in the
     * lists searched, by this rule (decided from the list's data, not from any score): the query is
     * not the entry's UN {@code NAME_ORIGINAL_SCRIPT} but another {@code ALIAS_NAME} in a non-Latin
     * script (a nom de guerre, a kunya) whose Latin spellings the list gives only in that alias's
     * {@code NOTE}, which no mapper indexes; and no spelling in that note has all its words
     * ({@link NameNormalizer#words}) among the words of the Latin names of the person in the lists
     * searched: the entry's, and those of the same person's entry in the other list
     * ({@link SameListedPerson}; the OFAC entry {@code REHMAN, Abdur} of {@code عبد الرحمن السيندي}, noted
     * <i>Abdul Rehman Sindhi</i>, has the alias {@code SINDHI, Abdul Rehman}, so that query stays in the
     * class). Then the Latin names searched are the renderings of another name of the person. An alias without a note, or with a
     * noted spelling whose words the Latin names hold ({@code حاجى فیض الله خان نورزى}, noted
     * <i>Haji Faizullah Khan</i>, listed <i>FAIZULLAH KHAN NOORZAI</i>), is kept in the class.
     */
    static boolean noLatinCounterpart(ListEntry fullEntry, List<ListEntry> searched, String query, NameNormalizer normalizer) {
        String raw = fullEntry.raw();
        String original = element(raw, "NAME_ORIGINAL_SCRIPT", 0);
        if (query.equals(original)) {
            return false;
        }
        String note = null;
        for (int at = raw.indexOf("<INDIVIDUAL_ALIAS>"); at >= 0; at = raw.indexOf("<INDIVIDUAL_ALIAS>", at + 1)) {
            int end = raw.indexOf("</INDIVIDUAL_ALIAS>", at);
            String alias = raw.substring(at, end < 0 ? raw.length() : end);
            if (query.equals(element(alias, "ALIAS_NAME", 0))) {
                note = element(alias, "NOTE", 0);
                break;
            }
        }
        if (note == null || note.isBlank()) {
            return false;
        }
        java.util.Set<String> latinWords = new java.util.HashSet<>();
        searched.stream().flatMap(e -> e.allNames().stream()).filter(ScreeningWorkload::isLatin)
                .forEach(n -> latinWords.addAll(normalizer.words(n)));
        int open = note.indexOf('(');
        int close = note.indexOf(')', open + 1);
        String spellings = open >= 0 && close > open ? note.substring(open + 1, close) : note;
        for (String spelling : spellings.replaceAll("\\s+", " ").split(";")) {
            List<String> noted = normalizer.words(spelling.trim());
            if (!noted.isEmpty() && latinWords.containsAll(noted)) {
                return false;
            }
        }
        return true;
    }

    /** The unescaped text of the first {@code <name>} element of {@code xml} from {@code from}, or null. */
    private static String element(String xml, String name, int from) {
        int start = xml.indexOf("<" + name + ">", from);
        if (start < 0) {
            return null;
        }
        int end = xml.indexOf("</" + name + ">", start);
        String text = xml.substring(start + name.length() + 2, end < 0 ? xml.length() : end);
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&").trim();
    }

    static void row(String label, List<Double> scores, MatchThresholds t) {
        long flagged = scores.stream().filter(s -> s >= t.potential()).count();
        long hits = scores.stream().filter(s -> s >= t.hit()).count();
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %.2f%% | %d |%n", label, scores.size(), flagged,
                100.0 * flagged / scores.size(), hits);
    }

    private static double rate(List<Double> scores, double threshold) {
        return scores.stream().filter(s -> s >= threshold - 1e-9).count() / (double) scores.size();
    }
}

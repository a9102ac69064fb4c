package org.ekyc.hub.bench.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ekyc.hub.verification.api.screening.ScreeningMatch;
import org.ekyc.hub.verification.api.screening.ScreeningRequest;
import org.ekyc.hub.verification.api.screening.ScreeningResult;
import org.ekyc.hub.verification.screening.ListSnapshot;
import org.ekyc.hub.verification.screening.MatchThresholds;
import org.ekyc.hub.verification.screening.Screener;

/**
 * Recall per variant class ({@link NameVariantClasses}: Korean and Arabic spellings of real
 * entries) and false positives per script on synthetic clean names, at the default thresholds.
 * A variant is <i>found</i> when its source entry scores at least POTENTIAL, <i>found first</i> when
 * no other entry scores higher; the same person's entry in the other list ({@link SameListedPerson}:
 * UN and OFAC entries with the same complete date of birth, OFAC family name and first given name)
 * counts as the source entry for both, and the results this rule changed are counted per class in a
 * table of their own and listed. For the near-miss class (one given-name syllable changed) the
 * figure is how often the source entry is still flagged, which should be low. Names only, no date
 * of birth or nationality. Arguments: {@code [split=held-out|tuning] [seed=17] [clean names per
 * script=300] [Latin clean names=5000]}; the reported figures are {@code held-out 17}, tuning
 * used the other half of the entries and other seeds.
 */
public final class ScreeningClassEvaluation {

    private static final int SHOWN = 200;

    private ScreeningClassEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        boolean heldOut = args.length == 0 || !args[0].equals("tuning");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : NameVariantClasses.HELD_OUT_SEED;
        int perScript = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int latinClean = args.length > 3 ? Integer.parseInt(args[3]) : 5000;
        MatchThresholds defaults = MatchThresholds.DEFAULTS;
        ListSnapshot full = ScreeningWorkload.fullLists();
        ListSnapshot lists = ScreeningWorkload.latinOnly(full);
        Screener screener = new Screener(new org.ekyc.hub.verification.screening.name.NameNormalizer(),
                new org.ekyc.hub.verification.screening.name.NameMatcher(),
                new MatchThresholds(defaults.hit(), defaults.potential(), defaults.candidates(), 200));
        System.out.printf(Locale.ROOT, "split %s, seed %d; lists %s; default %s%n", heldOut ? "held-out" : "tuning",
                seed, full.countsByList(), defaults);

        SameListedPerson same = SameListedPerson.of(full);
        System.out.printf(Locale.ROOT, "same listed person across lists (SameListedPerson): %d UN-OFAC pairs%n",
                same.pairs());
        Map<String, int[]> changed = new LinkedHashMap<>(); // n, found, found first, HIT: changed by the rule
        List<String> changedNames = new ArrayList<>();
        List<ScreeningWorkload.Query> variants = new ArrayList<>(NameVariantClasses.korean(lists, heldOut, seed));
        variants.addAll(NameVariantClasses.koreanNearMisses(lists, heldOut, seed));
        variants.addAll(NameVariantClasses.arabic(lists, heldOut, seed));
        Map<String, int[]> byClass = new LinkedHashMap<>(); // n, found, found first, HIT
        List<String> misses = new ArrayList<>();
        List<String> notFirst = new ArrayList<>();
        for (ScreeningWorkload.Query q : variants) {
            ScreeningResult r = screener.screen(lists, ScreeningRequest.ofName(q.name()));
            double own = r.matches().stream().filter(m -> m.entryId().equals(q.expectedId()))
                    .mapToDouble(ScreeningMatch::score).max().orElse(0);
            double score = r.matches().stream().filter(m -> same.sameOrLinked(q.expectedId(), m.entryId()))
                    .mapToDouble(ScreeningMatch::score).max().orElse(0);
            double top = r.matches().isEmpty() ? 0 : r.matches().get(0).score();
            int[] d = changed.computeIfAbsent(q.kind(), k -> new int[4]);
            boolean foundOwn = own >= defaults.potential();
            boolean firstOwn = foundOwn && own >= top;
            boolean[] now = {score >= defaults.potential(), score >= defaults.potential() && score >= top,
                score >= defaults.hit()};
            boolean[] was = {foundOwn, firstOwn, own >= defaults.hit()};
            d[0]++;
            boolean any = false;
            for (int i = 0; i < 3; i++) {
                d[i + 1] += now[i] != was[i] ? 1 : 0;
                any |= now[i] != was[i];
            }
            if (any) {
                String by = r.matches().stream().filter(m -> !m.entryId().equals(q.expectedId())
                        && same.sameOrLinked(q.expectedId(), m.entryId()) && m.score() == score)
                        .map(m -> m.entryId() + " " + m.primaryName()).findFirst().orElse("?");
                changedNames.add(q.kind() + ": '" + q.name() + "' " + q.expectedId() + " scored " + own + ", top " + top
                        + "; the same person's " + by + " scored " + score);
            }
            int[] c = byClass.computeIfAbsent(q.kind(), k -> new int[4]);
            boolean found = score >= defaults.potential();
            c[0]++;
            c[1] += found ? 1 : 0;
            c[2] += found && score >= top ? 1 : 0;
            c[3] += score >= defaults.hit() ? 1 : 0;
            boolean nearMiss = q.kind().endsWith("(should not match)");
            if (found && score < top && notFirst.size() < SHOWN) {
                ScreeningMatch first = r.matches().get(0);
                notFirst.add(q.kind() + ": '" + q.name() + "' " + q.expectedId() + " scored " + score + "; first "
                        + first.entryId() + " " + first.primaryName() + " " + top);
            }
            if (found == nearMiss && misses.size() < SHOWN) {
                String best = r.matches().isEmpty() ? "nothing" : r.matches().get(0).matchedName() + " " + top;
                misses.add(q.kind() + ": '" + q.name() + "' " + q.expectedId() + " scored " + score + "; top " + best);
            }
        }
        System.out.println("\n| class | n | found (source entry ≥ POTENTIAL) | rate | found first | of which HIT |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        byClass.forEach((kind, c) -> System.out.printf(Locale.ROOT, "| %s | %d | %d | %.2f%% | %d | %d |%n",
                kind, c[0], c[1], 100.0 * c[1] / c[0], c[2], c[3]));

        System.out.println("\nResults changed by the same-person rule (SameListedPerson), per class: counted"
                + " only through the same person's entry in the other list:\n");
        System.out.println("| class | n | found | found first | HIT |");
        System.out.println("|---|---:|---:|---:|---:|");
        changed.forEach((kind, d) -> System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d |%n",
                kind, d[0], d[1], d[2], d[3]));
        changedNames.forEach(m -> System.out.println("  " + m));

        Map<String, List<String>> excluded = new LinkedHashMap<>();
        List<ScreeningWorkload.Query> clean = new ArrayList<>(ScreeningWorkload.cleanNames(full, latinClean, seed, excluded));
        clean.addAll(ScreeningWorkload.cleanKoreanLatin(full, perScript, seed, excluded));
        clean.addAll(ScreeningWorkload.cleanNamesInScripts(full, perScript, seed, excluded));
        Map<String, List<Double>> byScript = new LinkedHashMap<>();
        List<String> falsePositives = new ArrayList<>();
        for (ScreeningWorkload.Query q : clean) {
            ScreeningResult r = screener.screen(full, ScreeningRequest.ofName(q.name()));
            double top = r.matches().isEmpty() ? 0 : r.matches().get(0).score();
            byScript.computeIfAbsent(q.kind().equals("clean") ? "clean: Latin script" : q.kind(), k -> new ArrayList<>())
                    .add(top);
            if (top >= defaults.potential() && falsePositives.size() < SHOWN) {
                falsePositives.add(q.kind() + ": '" + q.name() + "' " + top + " ~ " + r.matches().get(0).matchedName());
            }
        }
        System.out.println("\n| clean names (false positives) | n | flagged (POTENTIAL or HIT) | rate | of which HIT |");
        System.out.println("|---|---:|---:|---:|---:|");
        byScript.forEach((kind, scores) -> ScreeningEvaluation.row(kind, scores, defaults));
        System.out.println("\nmisses (and near misses flagged), first " + SHOWN + ":");
        misses.forEach(m -> System.out.println("  " + m));
        System.out.println("found but not first (another entry scores higher), first " + SHOWN + ":");
        notFirst.forEach(m -> System.out.println("  " + m));
        ScreeningEvaluation.printExcluded(excluded);
        System.out.println("false positives, first " + SHOWN + ":");
        falsePositives.forEach(m -> System.out.println("  " + m));
    }
}

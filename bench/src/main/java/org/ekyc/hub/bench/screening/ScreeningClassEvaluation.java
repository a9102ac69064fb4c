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
 * no other entry scores higher. For the near-miss class (one given-name syllable changed) the
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

        List<ScreeningWorkload.Query> variants = new ArrayList<>(NameVariantClasses.korean(lists, heldOut, seed));
        variants.addAll(NameVariantClasses.koreanNearMisses(lists, heldOut, seed));
        variants.addAll(NameVariantClasses.arabic(lists, heldOut, seed));
        Map<String, int[]> byClass = new LinkedHashMap<>(); // n, found, found first, HIT
        List<String> misses = new ArrayList<>();
        for (ScreeningWorkload.Query q : variants) {
            ScreeningResult r = screener.screen(lists, ScreeningRequest.ofName(q.name()));
            double score = r.matches().stream().filter(m -> m.entryId().equals(q.expectedId()))
                    .mapToDouble(ScreeningMatch::score).max().orElse(0);
            double top = r.matches().isEmpty() ? 0 : r.matches().get(0).score();
            int[] c = byClass.computeIfAbsent(q.kind(), k -> new int[4]);
            boolean found = score >= defaults.potential();
            c[0]++;
            c[1] += found ? 1 : 0;
            c[2] += found && score >= top ? 1 : 0;
            c[3] += score >= defaults.hit() ? 1 : 0;
            boolean nearMiss = q.kind().endsWith("(should not match)");
            if (found == nearMiss && misses.size() < SHOWN) {
                String best = r.matches().isEmpty() ? "nothing" : r.matches().get(0).matchedName() + " " + top;
                misses.add(q.kind() + ": '" + q.name() + "' " + q.expectedId() + " scored " + score + "; top " + best);
            }
        }
        System.out.println("\n| class | n | found (source entry ≥ POTENTIAL) | rate | found first | of which HIT |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        byClass.forEach((kind, c) -> System.out.printf(Locale.ROOT, "| %s | %d | %d | %.2f%% | %d | %d |%n",
                kind, c[0], c[1], 100.0 * c[1] / c[0], c[2], c[3]));

        List<ScreeningWorkload.Query> clean = new ArrayList<>(ScreeningWorkload.cleanNames(full, latinClean, seed));
        clean.addAll(ScreeningWorkload.cleanKoreanLatin(full, perScript, seed));
        clean.addAll(ScreeningWorkload.cleanNamesInScripts(full, perScript, seed));
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
        System.out.println("false positives, first " + SHOWN + ":");
        falsePositives.forEach(m -> System.out.println("  " + m));
    }
}

package org.ekyc.hub.verification.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.ekyc.hub.verification.api.screening.ScreeningMatch;
import org.ekyc.hub.verification.api.screening.ScreeningOutcome;
import org.ekyc.hub.verification.api.screening.ScreeningRequest;
import org.ekyc.hub.verification.api.screening.ScreeningResult;
import org.ekyc.hub.verification.screening.name.NameMatcher;
import org.ekyc.hub.verification.screening.name.NameNormalizer;
import org.ekyc.hub.verification.screening.name.NormalizedName;

/**
 * Screens one person against a {@link ListSnapshot}: blocking, full scoring of the best-ranked
 * candidates, then date of birth and nationality as supporting evidence:
 * <ul>
 *   <li>a listed date of birth equal to the person's: {@value #DOB_MATCH} added;</li>
 *   <li>only the year equal (lists often publish only the year): {@value #DOB_YEAR_MATCH} added;</li>
 *   <li>every listed date at least two years away: {@value #DOB_MISMATCH} subtracted;</li>
 *   <li>nationality among the listed ones: {@value #NATIONALITY_MATCH} added; listed and different:
 *       {@value #NATIONALITY_DIFFERS} subtracted.</li>
 * </ul>
 * Evidence never turns a name that did not match into a match on its own: it is added only to
 * name scores at or above the potential threshold minus the largest bonus. With the default
 * thresholds an exact name stays at least POTENTIAL however much the evidence contradicts it:
 * a reviewer, not the engine, dismisses a namesake. Thread-safe.
 */
public final class Screener {

    static final double DOB_MATCH = 0.04;
    static final double DOB_YEAR_MATCH = 0.01;
    static final double DOB_MISMATCH = 0.06;
    static final double NATIONALITY_MATCH = 0.02;
    static final double NATIONALITY_DIFFERS = 0.02;
    private static final float LENGTH_PENALTY = 0.05f;
    /** The weight of a key of two query words joined ({@link ListSnapshot#joinedConsonantKeys}) against a key of one word. */
    private static final float JOINED_KEY_WEIGHT = 0.5f;

    private final NameNormalizer normalizer;
    private final NameMatcher matcher;
    private final MatchThresholds thresholds;

    public Screener(NameNormalizer normalizer, NameMatcher matcher, MatchThresholds thresholds) {
        this.normalizer = normalizer;
        this.matcher = matcher;
        this.thresholds = thresholds;
    }

    public Screener() {
        this(new NameNormalizer(), new NameMatcher(), MatchThresholds.DEFAULTS);
    }

    public MatchThresholds thresholds() {
        return thresholds;
    }

    public ScreeningResult screen(ListSnapshot snapshot, ScreeningRequest request) {
        List<NormalizedName> queries = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String name : request.names()) {
            for (NormalizedName form : normalizer.forms(name)) {
                if (seen.add(form.text())) {
                    queries.add(form);
                }
            }
        }
        Map<Integer, Best> bestByEntry = new HashMap<>();
        for (NormalizedName query : queries) {
            for (int form : candidates(snapshot, query)) {
                double score = matcher.score(query, snapshot.forms[form]);
                int entry = snapshot.formEntry[form];
                Best best = bestByEntry.get(entry);
                if (best == null || score > best.score) {
                    bestByEntry.put(entry, new Best(entry, form, query, score));
                }
            }
        }
        double floor = thresholds.potential() - DOB_MATCH - NATIONALITY_MATCH;
        List<ScreeningMatch> matches = new ArrayList<>();
        for (Best best : bestByEntry.values()) {
            if (best.score < floor) {
                continue;
            }
            ScreeningMatch match = withEvidence(snapshot, best, request);
            if (match.score() >= thresholds.potential()) {
                matches.add(match);
            }
        }
        matches.sort(Comparator.comparingDouble(ScreeningMatch::score).reversed()
                .thenComparing(ScreeningMatch::entryId));
        List<ScreeningMatch> reported = matches.size() > thresholds.maxMatches()
                ? matches.subList(0, thresholds.maxMatches()) : matches;
        double top = reported.isEmpty() ? bestNameScore(bestByEntry) : reported.get(0).score();
        ScreeningOutcome outcome = reported.isEmpty() ? ScreeningOutcome.CLEAR
                : top >= thresholds.hit() ? ScreeningOutcome.HIT : ScreeningOutcome.POTENTIAL;
        return new ScreeningResult(outcome, round(top), reported, snapshot.version());
    }

    private static double bestNameScore(Map<Integer, Best> bestByEntry) {
        return bestByEntry.values().stream().mapToDouble(b -> b.score).max().orElse(0);
    }

    private ScreeningMatch withEvidence(ListSnapshot snapshot, Best best, ScreeningRequest request) {
        ListEntry entry = snapshot.entries().get(best.entry);
        List<String> evidence = new ArrayList<>();
        double score = best.score;
        evidence.add(String.format(Locale.ROOT, "NAME %.3f", best.score));
        LocalDate dob = request.birthDate();
        if (dob != null && !entry.birthDates().isEmpty()) {
            if (entry.birthDates().stream().anyMatch(d -> d.sameDayAs(dob))) {
                score += DOB_MATCH;
                evidence.add("DOB_MATCH " + dob);
            } else if (entry.birthDates().stream().anyMatch(d -> d.year() == dob.getYear())) {
                score += DOB_YEAR_MATCH;
                evidence.add("DOB_YEAR_MATCH " + dob.getYear());
            } else if (entry.birthDates().stream().allMatch(d -> Math.abs(d.year() - dob.getYear()) >= 2)) {
                score -= DOB_MISMATCH;
                evidence.add("DOB_MISMATCH listed " + entry.birthDates());
            }
        }
        String nationality = request.nationality();
        if (nationality != null && !entry.nationalities().isEmpty()) {
            if (entry.nationalities().contains(nationality)) {
                score += NATIONALITY_MATCH;
                evidence.add("NATIONALITY_MATCH " + nationality);
            } else {
                score -= NATIONALITY_DIFFERS;
                evidence.add("NATIONALITY_DIFFERS listed " + entry.nationalities());
            }
        }
        score = Math.max(0, Math.min(1, score));
        return new ScreeningMatch(entry.id(), entry.list(), entry.primaryName(),
                snapshot.forms[best.form].original(), best.query.original(), round(score), evidence);
    }

    /** The forms sharing blocking keys with the query, the best-ranked {@code candidates} of them. */
    private int[] candidates(ListSnapshot snapshot, NormalizedName query) {
        int size = snapshot.forms.length;
        if (size == 0) {
            return new int[0];
        }
        Buffers buffers = BUFFERS.get().sizedFor(size);
        float[] weight = buffers.weight;
        int[] touched = buffers.touched;
        int touchedCount = 0;
        Set<String> keys = new LinkedHashSet<>();
        query.tokens().forEach(token -> keys.addAll(query.consonantal()
                ? ListSnapshot.consonantKeys(token) : ListSnapshot.blockingKeys(token)));
        Set<String> joinedKeys = query.consonantal() ? ListSnapshot.joinedConsonantKeys(query.tokens()) : Set.of();
        if (!joinedKeys.isEmpty()) {
            joinedKeys.removeAll(keys);
            keys.addAll(joinedKeys);
        }
        for (String key : keys) {
            int[] ids = snapshot.postings.get(key);
            if (ids == null) {
                continue;
            }
            // rare shared keys weigh more (inverse document frequency); exact words share all their keys;
            // a key of two query words joined is a guess and weighs less, so it does not push out the others
            float w = snapshot.idf.get(key).floatValue() * (joinedKeys.contains(key) ? JOINED_KEY_WEIGHT : 1f);
            for (int id : ids) {
                if (weight[id] == 0) {
                    touched[touchedCount++] = id;
                }
                weight[id] += w;
            }
        }
        for (int i = 0; i < touchedCount; i++) {
            int id = touched[i];
            // among forms sharing the same keys, the shorter ones (fewer unmatched words) first
            weight[id] /= 1 + LENGTH_PENALTY * snapshot.forms[id].tokens().size();
        }
        int k = thresholds.candidates();
        int[] selected;
        if (touchedCount <= k) {
            selected = java.util.Arrays.copyOf(touched, touchedCount);
        } else {
            PriorityQueue<Integer> heap = new PriorityQueue<>(k + 1, Comparator.comparingDouble(id -> weight[id]));
            for (int i = 0; i < touchedCount; i++) {
                int id = touched[i];
                if (heap.size() < k) {
                    heap.add(id);
                } else if (weight[id] > weight[heap.peek()]) {
                    heap.poll();
                    heap.add(id);
                }
            }
            selected = heap.stream().mapToInt(Integer::intValue).toArray();
        }
        for (int i = 0; i < touchedCount; i++) {
            weight[touched[i]] = 0; // leave the per-thread buffer clean for the next query
        }
        return selected;
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    private record Best(int entry, int form, NormalizedName query, double score) {
    }

    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    /** Per-thread accumulators, reused across queries so a search allocates no index-sized arrays. */
    private static final class Buffers {
        private float[] weight = new float[0];
        private int[] touched = new int[0];

        Buffers sizedFor(int size) {
            if (weight.length < size) {
                weight = new float[size];
                touched = new int[size];
            }
            return this;
        }
    }
}

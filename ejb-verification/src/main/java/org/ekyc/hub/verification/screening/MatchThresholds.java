package org.ekyc.hub.verification.screening;

/**
 * Where scores turn into outcomes. Defaults were chosen on the evaluation set of
 * {@code bench/ScreeningEvaluation} (docs/screening.md, docs/benchmarks.md): at these settings
 * recall of list-entry variants in Latin script is about 99% (97% with Arabic-script variants)
 * with 0.20% of synthetic clean names flagged (docs/benchmarks.md).
 *
 * @param hit        score from which a match is a HIT
 * @param potential  score from which a match is POTENTIAL (below: CLEAR)
 * @param candidates how many blocked candidates are scored in full per query
 * @param maxMatches how many matches a result reports at most
 */
public record MatchThresholds(double hit, double potential, int candidates, int maxMatches) {

    public static final MatchThresholds DEFAULTS = new MatchThresholds(0.93, 0.92, 30, 10);

    public MatchThresholds {
        if (!(potential > 0 && potential <= hit && hit <= 1)) {
            throw new IllegalArgumentException("need 0 < potential <= hit <= 1: " + potential + ", " + hit);
        }
        if (candidates < 1 || maxMatches < 1) {
            throw new IllegalArgumentException("candidates and maxMatches must be positive");
        }
    }
}

package org.ekyc.hub.verification.api.screening;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of screening one person against the loaded lists.
 *
 * @param outcome     HIT, POTENTIAL or CLEAR, from the best match's score and the thresholds
 * @param score       the best match's score, 0 when nothing scored
 * @param matches     matches at or above the potential threshold, best first (empty when CLEAR)
 * @param listVersion the version of the list index that answered, for the audit trail
 */
public record ScreeningResult(ScreeningOutcome outcome, double score, List<ScreeningMatch> matches,
                              String listVersion) {

    public ScreeningResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(listVersion, "listVersion");
        matches = List.copyOf(matches);
        if (outcome != ScreeningOutcome.CLEAR && matches.isEmpty()) {
            throw new IllegalArgumentException(outcome + " needs at least one match");
        }
    }

    /** The best match, if any. */
    public java.util.Optional<ScreeningMatch> best() {
        return matches.stream().findFirst();
    }
}

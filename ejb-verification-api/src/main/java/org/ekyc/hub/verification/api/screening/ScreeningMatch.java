package org.ekyc.hub.verification.api.screening;

import java.util.List;
import java.util.Objects;

/**
 * One list entry that scored against the screened person.
 *
 * @param entryId     stable id of the entry, {@code <list>:<uid>} (e.g. {@code OFAC-SDN:12216})
 * @param list        the list the entry comes from (e.g. {@code OFAC-SDN}, {@code UN}, {@code PEP})
 * @param primaryName the entry's primary name as published
 * @param matchedName the name or alias of the entry that scored best
 * @param queryName   the screened name (as transliterated) that scored best
 * @param score       final score in [0, 1] after supporting evidence
 * @param evidence    human-readable evidence, e.g. {@code NAME 0.97}, {@code DOB_YEAR_MATCH 1944}
 */
public record ScreeningMatch(String entryId, String list, String primaryName, String matchedName,
                             String queryName, double score, List<String> evidence) {

    public ScreeningMatch {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(primaryName, "primaryName");
        Objects.requireNonNull(matchedName, "matchedName");
        Objects.requireNonNull(queryName, "queryName");
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("score outside [0,1]: " + score);
        }
        evidence = List.copyOf(evidence);
    }
}

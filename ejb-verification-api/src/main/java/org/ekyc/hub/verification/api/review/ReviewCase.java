package org.ekyc.hub.verification.api.review;

import java.time.Instant;
import java.util.List;
import org.ekyc.hub.verification.api.CaseView;

/**
 * A case as a reviewer works it (#19): the case view, who claimed it, the values the accepted document was read
 * with (never an image) and every step's history from the audit trail.
 *
 * @param documentFields the document's values as recorded; {@code source} DOCUMENT and no confidence, which the
 *                       case does not keep per field
 */
public record ReviewCase(CaseView view, String assignee, List<DocumentField> documentFields, List<HistoryEntry> history,
                         List<MatchView> matches) {

    public ReviewCase {
        matches = matches == null ? List.of() : List.copyOf(matches);
    }

    /** A case without screening matches. */
    public ReviewCase(CaseView view, String assignee, List<DocumentField> documentFields, List<HistoryEntry> history) {
        this(view, assignee, documentFields, history, List.of());
    }

    /**
     * One screening match of the case's last screening, as the reviewer disposes it.
     *
     * @param matchId     the case's id of the match (what a disposition names)
     * @param entryId     the list entry, {@code <list>:<uid>}
     * @param evidence    what scored, e.g. {@code NAME 0.97}, {@code DOB_YEAR_MATCH 1944}
     * @param listVersion the list version the match was found in
     * @param disposition null until a reviewer marked it
     * @param disposedBy  the authenticated reviewer who marked it
     * @param note        the reviewer's private note, may be null (never shown to the customer)
     */
    public record MatchView(String matchId, String entryId, String list, String listedName, String matchedName, double score,
                            List<String> evidence, String listVersion, MatchDisposition disposition, String disposedBy,
                            Instant disposedAt, String note) {
    }

    /** One value read from the document. */
    public record DocumentField(String field, String value, String source, Double confidence) {
    }

    /** One audit line of the case: when, who (the authenticated principal) and what. */
    public record HistoryEntry(Instant at, String actor, String action) {
    }
}

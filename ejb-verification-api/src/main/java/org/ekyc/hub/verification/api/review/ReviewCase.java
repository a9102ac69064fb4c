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
public record ReviewCase(CaseView view, String assignee, List<DocumentField> documentFields, List<HistoryEntry> history) {

    /** One value read from the document. */
    public record DocumentField(String field, String value, String source, Double confidence) {
    }

    /** One audit line of the case: when, who (the authenticated principal) and what. */
    public record HistoryEntry(Instant at, String actor, String action) {
    }
}

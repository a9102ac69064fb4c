package org.ekyc.hub.verification.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.Finding;
import org.ekyc.hub.verification.api.document.Severity;

/**
 * The stay-extension entries on the back of a residence card: each extension the immigration
 * office granted is a row with the permit date and the new expiry date, filled in from the top.
 * The stay is valid until the latest expiry; the rows must tell a consistent story (each permit
 * before its expiry and not in the future, later rows later) or a person looks.
 */
public final class StayExtensions {

    /** One filled row. */
    public record Entry(int row, LocalDate permit, LocalDate expiry) {
    }

    private StayExtensions() {
    }

    /** The entry with the latest expiry, empty when the card has no extension yet. */
    public static Optional<Entry> latest(List<Entry> entries) {
        return entries.stream().max(Comparator.comparing(Entry::expiry));
    }

    /**
     * @param entries     the rows read in full, top to bottom
     * @param partialRows rows (0-based) where only one of the two dates could be read
     */
    public static List<Finding> validate(List<Entry> entries, List<Integer> partialRows, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        List<String> inconsistent = new ArrayList<>();
        Entry previous = null;
        for (Entry e : entries) {
            if (e.permit().isAfter(e.expiry())) {
                inconsistent.add("row " + (e.row() + 1) + ": permit after expiry");
            }
            if (e.permit().isAfter(today)) {
                inconsistent.add("row " + (e.row() + 1) + ": permit date in the future");
            }
            if (previous != null && (e.permit().isBefore(previous.permit()) || e.expiry().isBefore(previous.expiry()))) {
                inconsistent.add("row " + (e.row() + 1) + ": earlier than row " + (previous.row() + 1));
            }
            previous = e;
        }
        if (!inconsistent.isEmpty()) {
            findings.add(new Finding(ReasonCode.STAY_EXTENSION_INCONSISTENT, Severity.REVIEW, String.join("; ", inconsistent)));
        }
        latest(entries).filter(e -> e.expiry().isBefore(today)).ifPresent(e ->
                findings.add(new Finding(ReasonCode.STAY_EXPIRED, Severity.REJECT, "stay expired " + e.expiry())));
        if (!partialRows.isEmpty()) {
            findings.add(new Finding(ReasonCode.DOCUMENT_FIELD_UNREADABLE, Severity.REVIEW,
                    "stay extension row " + String.join(",", partialRows.stream().map(r -> String.valueOf(r + 1)).toList())));
        }
        return findings;
    }
}

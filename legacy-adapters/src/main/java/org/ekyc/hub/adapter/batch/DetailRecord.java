package org.ekyc.hub.adapter.batch;

import org.ekyc.hub.verification.api.ReasonCode;

/**
 * One detail (D) record of a partner batch file, by its line: read ({@link #detail} set), or unreadable (bytes
 * that are no characters of the file's code page, a control byte, a record of another length, a field off its
 * picture): {@link #unreadable} says why, and the file's other records go on. Both count in the trailer's
 * RECORD-COUNT.
 *
 * @param line     1-based line number in the file
 * @param sequence the record's SEQUENCE, 0 when it could not be read
 */
public record DetailRecord(int line, int sequence, BatchDetail detail, Refusal unreadable) {

    public static DetailRecord read(int line, BatchDetail detail) {
        return new DetailRecord(line, detail.sequence, detail, null);
    }

    /** {@code reason} MALFORMED_RECORD, or FIELD_TOO_LONG for a value running past its field's last byte. */
    public static DetailRecord unreadable(int line, int sequence, ReasonCode reason, String field) {
        return new DetailRecord(line, sequence, null, new Refusal(reason, field));
    }

    /** Why a detail record is refused: its reason code and the layout's field name (null when no one field). */
    public record Refusal(ReasonCode reason, String field) {
    }
}

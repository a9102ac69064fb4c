package org.ekyc.hub.adapter.telegram;

/**
 * A telegram request field cannot carry its value ({@link TelegramLayout#unfitField}: a control character, a
 * character with no MS949 encoding, more bytes than the field). Names the field, never the value; nothing is
 * encoded, so nothing is cut or sent. The value is the case's, so this is the case's error, never the peer's.
 */
public class UnfitFieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public UnfitFieldException(String field, String telegramType) {
        super(field + ": a value this " + telegramType + " telegram cannot carry");
        this.field = field;
    }

    /** The copybook name of the field, e.g. {@code REQ-NAME}. */
    public String field() {
        return field;
    }
}

package org.ekyc.hub.adapter.fixedformat;

/**
 * A fixed-format record (MQ message, batch line) that does not match its agreed layout. Carries
 * the reason and, for files, the line number; the raw record travels with the message to the
 * dead-letter queue or error directory, never in this exception's text (it may hold personal data).
 */
public class MalformedRecordException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    public MalformedRecordException(String reason) {
        this(reason, 0, null);
    }

    public MalformedRecordException(String reason, int line, Throwable cause) {
        super(line > 0 ? "line " + line + ": " + reason : reason, cause);
        this.line = line;
    }

    /** 1-based line number in a file, or 0 for a single message. */
    public int line() {
        return line;
    }
}

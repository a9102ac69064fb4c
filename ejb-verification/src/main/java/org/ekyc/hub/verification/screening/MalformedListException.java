package org.ekyc.hub.verification.screening;

/**
 * A list file cannot be read as its official format. The whole file (and the whole update it
 * belongs to) is refused; nothing is half-loaded.
 */
public class MalformedListException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String location;
    private final String reason;

    public MalformedListException(String file, String location, String reason) {
        this(file, location, reason, null);
    }

    public MalformedListException(String file, String location, String reason, Throwable cause) {
        super(file + " at " + location + ": " + reason, cause);
        this.file = file;
        this.location = location;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    /** {@code line N} for CSV files, an element path such as {@code INDIVIDUAL[12]/DATAID} for XML. */
    public String location() {
        return location;
    }

    public String reason() {
        return reason;
    }
}

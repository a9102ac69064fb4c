package org.ekyc.hub.verification.api.screening;

import jakarta.ejb.ApplicationException;

/**
 * A list update was refused: a file is missing or malformed. The lists in service are unchanged.
 * Carries the offending file and location so the operator can fix the drop.
 */
@ApplicationException(rollback = true)
public class ListUpdateException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String location;

    public ListUpdateException(String file, String location, String reason, Throwable cause) {
        super(file + " at " + location + ": " + reason, cause);
        this.file = file;
        this.location = location;
    }

    /** The file name that was refused. */
    public String file() {
        return file;
    }

    /** Where in the file: {@code line 42} or an XML element path. */
    public String location() {
        return location;
    }
}

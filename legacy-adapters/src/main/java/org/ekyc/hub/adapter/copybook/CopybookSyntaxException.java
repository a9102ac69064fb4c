package org.ekyc.hub.adapter.copybook;

/** A copybook the parser does not understand, with the line it stopped at. */
public class CopybookSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CopybookSyntaxException(String copybook, int line, String reason) {
        super("copybook " + copybook + (line > 0 ? " line " + line : "") + ": " + reason);
    }
}

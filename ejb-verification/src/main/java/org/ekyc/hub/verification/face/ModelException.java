package org.ekyc.hub.verification.face;

/** A model is missing, altered or cannot be loaded: the engine must not start without it. */
public class ModelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}

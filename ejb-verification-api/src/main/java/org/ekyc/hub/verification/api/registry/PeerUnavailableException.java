package org.ekyc.hub.verification.api.registry;

/**
 * A government peer gave no usable answer: it could not be reached (timeout, connection refused,
 * SOAP fault, open circuit), it refused the hub's credentials, or what it returned does not fit
 * its contract. Not a statement about the applicant: the check stays PENDING and can be asked again.
 */
public class PeerUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why there is no answer. */
    public enum Kind {
        /** Timeout, connection refused, SOAP fault, circuit open. */
        UNREACHABLE,
        /** The peer refused the hub's WS-Security credentials. */
        ACCESS_REFUSED,
        /** The peer answered, but not within its contract (unknown code, missing field). */
        GARBLED
    }

    private final String peer;
    private final Kind kind;

    public PeerUnavailableException(String peer, Kind kind, String detail) {
        super(peer + " " + kind + ": " + detail);
        this.peer = peer;
        this.kind = kind;
    }

    public String peer() {
        return peer;
    }

    public Kind kind() {
        return kind;
    }
}

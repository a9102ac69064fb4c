package org.ekyc.hub.verification.api;

/**
 * A legacy peer did not give a usable answer: it could not be reached, timed out, its circuit is open
 * ({@link Kind#UNAVAILABLE}), or it answered with a record that does not match the agreed layout
 * ({@link Kind#MALFORMED_REPLY}: short, long or garbled telegram). A technical condition, never a
 * business answer: "no such subscriber" or "wrong OTP" are results of the port, not exceptions. The
 * message names the peer and what went wrong, never a field's value (it may be personal data).
 */
public class PeerException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of failure. */
    public enum Kind { UNAVAILABLE, MALFORMED_REPLY }

    private final String peer;
    private final Kind kind;
    private final ReasonCode reason;

    public PeerException(String peer, Kind kind, ReasonCode reason, String detail, Throwable cause) {
        super(peer + " " + kind + ": " + detail, cause);
        this.peer = peer;
        this.kind = kind;
        this.reason = reason;
    }

    /** The peer's name, e.g. {@code telecom-identity}. */
    public String peer() {
        return peer;
    }

    public Kind kind() {
        return kind;
    }

    /** The stable code for channels: e.g. TELECOM_UNAVAILABLE or PEER_REPLY_MALFORMED. */
    public ReasonCode reason() {
        return reason;
    }
}

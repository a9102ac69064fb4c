package org.ekyc.hub.verification.api.peer;

import org.ekyc.hub.verification.api.ReasonCode;

/**
 * A peer gave no usable answer: it could not be reached, timed out, answered with a fault or its
 * circuit is open ({@link Kind#UNAVAILABLE}), it refused the hub's own credentials
 * ({@link Kind#ACCESS_REFUSED}), or it answered outside its contract ({@link Kind#GARBLED}: an unknown
 * code, a missing field, a short, long or garbled telegram), or the hub could not build the request from
 * the case's values ({@link Kind#REQUEST_UNBUILDABLE}: the case's error, never the peer's, and never
 * counted against its circuit). A technical condition, never a statement
 * about the applicant: "no such subscriber", "no match" or "wrong OTP" are results of the port, not
 * exceptions; a check without an answer stays PENDING and can be asked again. The message names the
 * peer and what went wrong, never a field's value (it may be personal data).
 */
public class PeerException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why there is no answer. */
    public enum Kind {
        /** Timeout, connection refused, fault, error reply, circuit open. */
        UNAVAILABLE,
        /** The peer refused the hub's credentials (WS-Security); retrying does not help until they are fixed. */
        ACCESS_REFUSED,
        /** The peer answered, but not within its contract. */
        GARBLED,
        /**
         * The hub could not build the request from the case's values (see {@link PeerRequestText}): the peer
         * was not asked, asking again cannot help; the check goes to a person
         * ({@link PeerChecks#recordRequestInvalid}).
         */
        REQUEST_UNBUILDABLE
    }

    private final String peer;
    private final Kind kind;
    private final ReasonCode reason;

    /**
     * @param peer   the peer's name in logs, e.g. {@code telecom-identity} or {@code resident-registry}
     * @param reason the stable code a channel answers with, e.g. TELECOM_UNAVAILABLE or
     *               PEER_REPLY_MALFORMED; null where the channel answers with the check left PENDING
     */
    public PeerException(String peer, Kind kind, ReasonCode reason, String detail, Throwable cause) {
        super(peer + " " + kind + ": " + detail, cause);
        this.peer = peer;
        this.kind = kind;
        this.reason = reason;
    }

    /** A failure the channel answers by leaving the check PENDING (no reason code of its own). */
    public PeerException(String peer, Kind kind, String detail) {
        this(peer, kind, null, detail, null);
    }

    /** The peer's name, e.g. {@code telecom-identity}. */
    public String peer() {
        return peer;
    }

    public Kind kind() {
        return kind;
    }

    /** The stable code for channels, e.g. TELECOM_UNAVAILABLE or PEER_REPLY_MALFORMED; null when none. */
    public ReasonCode reason() {
        return reason;
    }
}

package org.ekyc.hub.verification.api.peer;

/** A peer's answer about one case, in the hub's words (the adapters map the peer's own codes). */
public interface PeerAnswer {

    /** The peer that answered. */
    Peer peer();
}

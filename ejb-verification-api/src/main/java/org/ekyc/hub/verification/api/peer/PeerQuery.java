package org.ekyc.hub.verification.api.peer;

/**
 * What a peer is asked about one case: built by the engine from the case, holds personal data, and is
 * kept (sealed) on the case while the peer gives no usable answer, so the background retry can ask again.
 */
public interface PeerQuery {

    /** The case the question is about. */
    String caseId();

    /** The peer the question is for. */
    Peer peer();
}

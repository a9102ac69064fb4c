package org.ekyc.hub.verification.face.liveness;

/** Remembers the hashes of frames already submitted, so a replayed frame is recognised. */
public interface FrameLedger {

    /** Records the hash; true when it was never seen before. */
    boolean firstSighting(String frameHash);
}

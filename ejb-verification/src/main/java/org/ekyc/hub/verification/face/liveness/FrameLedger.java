package org.ekyc.hub.verification.face.liveness;

/** Remembers the hashes of frames already submitted, so a replayed frame is recognised. */
public interface FrameLedger {

    /** Records the hash; true when it was never seen before. */
    boolean firstSighting(String frameHash);

    /**
     * Records every hash of one submission at once (one round trip for a shared store); returns
     * those seen before. The default asks {@link #firstSighting} for each.
     */
    default java.util.Set<String> record(java.util.List<String> frameHashes) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String h : frameHashes) {
            if (!firstSighting(h)) {
                seen.add(h);
            }
        }
        return seen;
    }
}

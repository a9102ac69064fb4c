package org.ekyc.hub.verification.face.liveness;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Frame hashes of this node, oldest dropped first beyond {@code capacity}. One node only: a cluster
 * needs a shared store (the case database or a replicated cache) behind {@link FrameLedger}.
 */
public final class InMemoryFrameLedger implements FrameLedger {

    private final Map<String, Boolean> seen;

    public InMemoryFrameLedger(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity < 1");
        }
        this.seen = new LinkedHashMap<>(1024, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public synchronized boolean firstSighting(String frameHash) {
        return seen.put(frameHash, Boolean.TRUE) == null;
    }
}

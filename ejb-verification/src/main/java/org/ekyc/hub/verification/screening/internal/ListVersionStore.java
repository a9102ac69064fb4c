package org.ekyc.hub.verification.screening.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every list version the hub has accepted, with the files it was read from, kept where every node of a
 * cluster reads it (the case database, {@link ListVersionStoreBean}). The newest accepted version is the
 * one in service; a node that starts, or that finds a newer one, loads it from here.
 */
public interface ListVersionStore {

    /** One accepted version: its id, the set it was read from, when and from where it was accepted. */
    record StoredVersion(String id, String setSha256, Instant acceptedAt, String source, String counts) {
    }

    /** The newest accepted version, if any. */
    Optional<StoredVersion> newest();

    /** Whether a set with this hash was ever accepted. */
    boolean holdsSet(String setSha256);

    /**
     * Records a version as accepted now, with its files (stored once per distinct set).
     *
     * @param version the version's id, already in the snapshot about to be put in service
     */
    StoredVersion accept(String version, ListSet set, Instant acceptedAt, String source, String counts);

    /** The files of a stored set. */
    ListSet set(String setSha256);

    /** The accepted versions, newest first, at most {@code max}. */
    List<StoredVersion> history(int max);
}

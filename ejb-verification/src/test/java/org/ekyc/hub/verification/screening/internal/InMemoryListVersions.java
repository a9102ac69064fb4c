package org.ekyc.hub.verification.screening.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The version store of a test: what the case database would keep, shared by the "nodes" of a test. */
class InMemoryListVersions implements ListVersionStore {

    private final List<StoredVersion> versions = new ArrayList<>();
    private final Map<String, ListSet> sets = new HashMap<>();

    @Override
    public synchronized Optional<StoredVersion> newest() {
        return history(1).stream().findFirst();
    }

    @Override
    public synchronized boolean holdsSet(String setSha256) {
        return sets.containsKey(setSha256);
    }

    @Override
    public synchronized StoredVersion accept(String version, ListSet set, Instant acceptedAt, String source,
            String counts) {
        sets.putIfAbsent(set.sha256(), set);
        StoredVersion v = new StoredVersion(version, set.sha256(), acceptedAt, source, counts);
        versions.add(v);
        return v;
    }

    @Override
    public synchronized ListSet set(String setSha256) {
        return sets.get(setSha256);
    }

    @Override
    public synchronized List<StoredVersion> history(int max) {
        return versions.stream().sorted(Comparator.comparing(StoredVersion::acceptedAt).reversed()).limit(max).toList();
    }
}

package org.ekyc.hub.verification.screening;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.ekyc.hub.verification.screening.list.OfacCsvMapper;
import org.ekyc.hub.verification.screening.list.PepCsvMapper;
import org.ekyc.hub.verification.screening.list.UnConsolidatedXmlMapper;
import org.ekyc.hub.verification.screening.name.NameNormalizer;

/**
 * The list version in service. A load reads every list present in a directory, builds a complete
 * new {@link ListSnapshot} and only then swaps it in ({@link AtomicReference#set}); a malformed
 * file aborts the load before the swap, so the previous version stays in service and no reader
 * ever sees half a list.
 */
public final class ListIndex {

    private final List<ListMapper> mappers;
    private final NameNormalizer normalizer;
    private final Clock clock;
    private final AtomicReference<ListSnapshot> current = new AtomicReference<>(ListSnapshot.empty());
    private final AtomicInteger loads = new AtomicInteger();

    public ListIndex(List<ListMapper> mappers, NameNormalizer normalizer, Clock clock) {
        this.mappers = List.copyOf(mappers);
        this.normalizer = normalizer;
        this.clock = clock;
    }

    /** OFAC SDN, OFAC Consolidated, UN Consolidated and the PEP file. */
    public static ListIndex withStandardLists() {
        return new ListIndex(List.of(OfacCsvMapper.sdn(), OfacCsvMapper.consolidated(),
                new UnConsolidatedXmlMapper(), new PepCsvMapper()), new NameNormalizer(), Clock.systemUTC());
    }

    /** The snapshot in service. */
    public ListSnapshot current() {
        return current.get();
    }

    /**
     * Loads the lists found in the directory and puts them in service under a version made of the time
     * and a load counter.
     *
     * @return the snapshot now in service
     * @throws MalformedListException when a file is malformed or no known list is present; nothing changes
     */
    public ListSnapshot load(Path directory) throws MalformedListException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ListSnapshot next = prepare(directory, now + "#" + loads.incrementAndGet());
        put(next);
        return next;
    }

    /**
     * Reads the lists found in the directory into a snapshot of the given version without putting it in
     * service ({@link #put}): the caller records the version first.
     *
     * @throws MalformedListException when a file is malformed or no known list is present
     */
    public ListSnapshot prepare(Path directory, String version) throws MalformedListException {
        if (!Files.isDirectory(directory)) {
            throw new MalformedListException(directory.toString(), "directory", "is not a directory");
        }
        List<ListEntry> entries = new ArrayList<>();
        int lists = 0;
        for (ListMapper mapper : mappers) {
            if (mapper.present(directory)) {
                entries.addAll(mapper.read(directory));
                lists++;
            }
        }
        if (lists == 0) {
            throw new MalformedListException(directory.toString(), "directory", "holds no known list file");
        }
        return ListSnapshot.build(version, clock.instant().truncatedTo(ChronoUnit.SECONDS), entries, normalizer);
    }

    /** Puts a prepared snapshot in service, atomically for every reader. */
    public void put(ListSnapshot snapshot) {
        current.set(snapshot);
    }
}

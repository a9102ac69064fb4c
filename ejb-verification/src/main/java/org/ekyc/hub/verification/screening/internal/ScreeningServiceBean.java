package org.ekyc.hub.verification.screening.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.ekyc.hub.verification.api.Roles;
import org.ekyc.hub.verification.api.screening.ListUpdateException;
import org.ekyc.hub.verification.api.screening.ScreeningRequest;
import org.ekyc.hub.verification.api.screening.ScreeningResult;
import org.ekyc.hub.verification.api.screening.ScreeningService;
import org.ekyc.hub.verification.api.screening.ScreeningUnavailableException;
import org.ekyc.hub.verification.screening.ListIndex;
import org.ekyc.hub.verification.screening.ListSnapshot;
import org.ekyc.hub.verification.screening.MalformedListException;
import org.ekyc.hub.verification.screening.Screener;
import org.ekyc.hub.verification.screening.internal.ListVersionStore.StoredVersion;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.jboss.logging.Logger;

/**
 * Holds the list index for the application and screens against it. Every accepted list set is kept, with
 * its version, in the {@link ListVersionStore} (the case database); the newest accepted version is the one
 * in service, on every node and after every restart:
 * <ul>
 *   <li>at start, the set in the directory named by the system property {@code kyc.sanctions.dir} or the
 *       environment variable {@code KYC_SANCTIONS_DIR} is accepted as a new version when no set with the
 *       same files was accepted before (a changed directory is news; an unchanged one is not), and then the
 *       newest accepted version is loaded from the store — so a version loaded later by an update or the
 *       fetcher stays in service across a restart;</li>
 *   <li>{@link #reload} (a file-drop update) reads a set, records it and only then puts it in service;</li>
 *   <li>{@link #followNewestVersion} (the screening sweep's timer, on every node) loads a newer version
 *       another node accepted.</li>
 * </ul>
 * Searches need no lock: each reads one immutable snapshot, and a new version is swapped in atomically
 * ({@link ListIndex}). The store is called as the hub.
 */
@RolesAllowed({Roles.PARTNER, Roles.REVIEWER, Roles.SENIOR_REVIEWER, Roles.HUB})
@Singleton
@Startup
@RunAs(Roles.HUB)
@RunAsPrincipal(Roles.HUB_PRINCIPAL)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScreeningServiceBean implements ScreeningService {

    static final String DIR_PROPERTY = "kyc.sanctions.dir";
    static final String DIR_ENV = "KYC_SANCTIONS_DIR";
    private static final Logger LOG = Logger.getLogger(ScreeningServiceBean.class);

    private final ListIndex index = ListIndex.withStandardLists();
    private final Screener screener = new Screener();
    private final Object updates = new Object();
    private final Clock clock;

    @EJB
    private ListVersionStore store;

    public ScreeningServiceBean() {
        this.clock = Clock.systemUTC();
    }

    /** Outside the container (tests): the given store and clock. */
    ScreeningServiceBean(ListVersionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @PostConstruct
    void loadConfiguredLists() {
        Optional<Path> directory = configuredDirectory();
        synchronized (updates) {
            if (directory.isEmpty()) {
                LOG.infof("no sanctions list directory configured (%s / %s)", DIR_PROPERTY, DIR_ENV);
            } else {
                acceptIfNew(directory.get());
            }
            try {
                Optional<StoredVersion> newest = store.newest();
                if (newest.isEmpty()) {
                    LOG.warn("no sanctions list version accepted yet: screening unavailable (readiness DOWN) until a"
                            + " list update");
                } else if (!newest.get().id().equals(index.current().version())) {
                    serve(newest.get());
                }
            } catch (RuntimeException | ListUpdateException e) {
                LOG.errorf(e, "the newest accepted sanctions list version cannot be loaded: screening unavailable"
                        + " until a list update");
            }
        }
    }

    /** Accepts the configured directory's set when it was never accepted; a refused set is logged. */
    private void acceptIfNew(Path directory) {
        try {
            ListSet set = readSet(directory);
            if (store.holdsSet(set.sha256())) {
                LOG.infof("sanctions lists in %s were accepted before (set %s): the newest accepted version is served",
                        directory, set.sha256().substring(0, 12));
                return;
            }
            String version = accept(directory, set, "configured " + directory);
            LOG.infof("sanctions lists in %s accepted as version %s", directory, version);
        } catch (ListUpdateException e) {
            LOG.errorf("sanctions lists in %s refused: %s; the newest accepted version (if any) is served",
                    directory, e.getMessage());
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ScreeningResult screen(ScreeningRequest request) {
        ListSnapshot snapshot = index.current();
        if (snapshot.entries().isEmpty()) {
            throw new ScreeningUnavailableException("no sanctions list version in service");
        }
        return screener.screen(snapshot, request);
    }

    @Override
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String listVersion() {
        return index.current().version();
    }

    @Override
    @RolesAllowed({Roles.HUB, Roles.ADMIN})
    public String reload(Path directory) throws ListUpdateException {
        synchronized (updates) {
            String version = accept(directory, readSet(directory), "update " + directory.getFileName());
            LOG.infof("list version %s in service: %s", version, index.current().countsByList());
            return version;
        }
    }

    @Override
    @RolesAllowed({Roles.HUB, Roles.ADMIN})
    public String followNewestVersion() {
        synchronized (updates) {
            Optional<StoredVersion> newest = store.newest();
            if (newest.isPresent() && !newest.get().id().equals(index.current().version())) {
                try {
                    serve(newest.get());
                    LOG.infof("list version %s accepted by another node (or before a restart) now in service",
                            newest.get().id());
                } catch (ListUpdateException e) {
                    LOG.errorf("stored list version %s cannot be loaded, version %s stays in service: %s",
                            newest.get().id(), index.current().version(), e.getMessage());
                }
            }
            return index.current().version();
        }
    }

    /** Reads and checks a set, records it as accepted, and only then puts it in service. */
    private String accept(Path directory, ListSet set, String source) throws ListUpdateException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // strictly after the newest accepted one, so "newest" is never a tie (a clock step back, the same ms)
        Optional<Instant> last = store.newest().map(StoredVersion::acceptedAt);
        if (last.isPresent() && !now.isAfter(last.get())) {
            now = last.get().plusMillis(1);
        }
        String version = now + "#" + set.sha256().substring(0, 8);
        ListSnapshot snapshot = prepare(directory, version);
        store.accept(version, set, now, source, snapshot.countsByList().toString());
        index.put(snapshot);
        return version;
    }

    private ListSet readSet(Path directory) throws ListUpdateException {
        try {
            return ListSet.read(directory);
        } catch (MalformedListException e) {
            throw refused(directory, e);
        }
    }

    private ListSnapshot prepare(Path directory, String version) throws ListUpdateException {
        try {
            return index.prepare(directory, version);
        } catch (MalformedListException e) {
            throw refused(directory, e);
        }
    }

    /** Loads a stored version's files into a snapshot and puts it in service. */
    private void serve(StoredVersion version) throws ListUpdateException {
        Path work = null;
        try {
            work = Files.createTempDirectory("kyc-lists-");
            store.set(version.setSha256()).writeTo(work);
            index.put(prepare(work, version.id()));
            LOG.infof("list version %s (accepted %s from %s) in service: %s", version.id(), version.acceptedAt(),
                    version.source(), index.current().countsByList());
        } catch (IOException e) {
            throw new UncheckedIOException("stored list version " + version.id() + " cannot be unpacked", e);
        } finally {
            delete(work);
        }
    }

    private ListUpdateException refused(Path directory, MalformedListException e) {
        LOG.errorf("list update from %s refused, version %s stays in service: %s", directory,
                index.current().version(), e.getMessage());
        return new ListUpdateException(e.file(), e.location(), e.reason(), e);
    }

    private static void delete(Path work) {
        if (work == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warnf("temporary list directory %s not removed: %s", work, e.getMessage());
        }
    }

    static Optional<Path> configuredDirectory() {
        String value = System.getProperty(DIR_PROPERTY);
        if (value == null || value.isBlank()) {
            value = System.getenv(DIR_ENV);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Paths.get(value.trim()));
    }
}

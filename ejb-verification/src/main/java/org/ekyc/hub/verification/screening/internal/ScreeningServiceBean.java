package org.ekyc.hub.verification.screening.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
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
import org.jboss.logging.Logger;

/**
 * Holds the list index for the application and screens against it. Loads the lists at start from
 * the directory named by the system property {@code kyc.sanctions.dir} or, failing that, the
 * environment variable {@code KYC_SANCTIONS_DIR}. Searches need no lock: each reads one immutable
 * snapshot, and a reload swaps the next snapshot in atomically ({@link ListIndex}).
 */
@RolesAllowed({Roles.PARTNER, Roles.REVIEWER, Roles.SENIOR_REVIEWER, Roles.HUB})
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ScreeningServiceBean implements ScreeningService {

    static final String DIR_PROPERTY = "kyc.sanctions.dir";
    static final String DIR_ENV = "KYC_SANCTIONS_DIR";
    private static final Logger LOG = Logger.getLogger(ScreeningServiceBean.class);

    private final ListIndex index = ListIndex.withStandardLists();
    private final Screener screener = new Screener();

    @PostConstruct
    void loadConfiguredLists() {
        Optional<Path> directory = configuredDirectory();
        if (directory.isEmpty()) {
            LOG.warnf("no sanctions list directory configured (%s / %s): screening unavailable until a list update",
                    DIR_PROPERTY, DIR_ENV);
            return;
        }
        try {
            String version = reload(directory.get());
            LOG.infof("sanctions lists loaded from %s, version %s", directory.get(), version);
        } catch (ListUpdateException e) {
            LOG.errorf("sanctions lists in %s refused: %s; screening unavailable until a list update",
                    directory.get(), e.getMessage());
        }
    }

    @Override
    public ScreeningResult screen(ScreeningRequest request) {
        ListSnapshot snapshot = index.current();
        if (snapshot.entries().isEmpty()) {
            throw new ScreeningUnavailableException("no sanctions list version in service");
        }
        return screener.screen(snapshot, request);
    }

    @Override
    @PermitAll
    public String listVersion() {
        return index.current().version();
    }

    @Override
    @RolesAllowed({Roles.HUB, Roles.ADMIN})
    public String reload(Path directory) throws ListUpdateException {
        try {
            ListSnapshot snapshot = index.load(directory);
            LOG.infof("list version %s in service: %s", snapshot.version(), snapshot.countsByList());
            return snapshot.version();
        } catch (MalformedListException e) {
            LOG.errorf("list update from %s refused, version %s stays in service: %s", directory,
                    index.current().version(), e.getMessage());
            throw new ListUpdateException(e.file(), e.location(), e.reason(), e);
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

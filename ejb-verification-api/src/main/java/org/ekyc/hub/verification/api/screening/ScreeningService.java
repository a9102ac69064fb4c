package org.ekyc.hub.verification.api.screening;

import jakarta.ejb.Local;
import java.nio.file.Path;

/**
 * Sanctions and PEP screening of one person against the lists currently in service
 * (OFAC SDN and Consolidated, UN Security Council Consolidated List, PEP file).
 */
@Local
public interface ScreeningService {

    /**
     * Screens a person against the lists in service.
     *
     * @throws ScreeningUnavailableException when no list version is in service
     */
    ScreeningResult screen(ScreeningRequest request);

    /**
     * The version of the list index in service, e.g. {@code 2026-11-23T02:50:00.120Z#4f1c09ab} (when it was
     * accepted, and the start of the SHA-256 of its files), or {@code none}.
     */
    String listVersion();

    /**
     * Loads the lists from a directory, records them as an accepted version (kept for restarts and for the
     * other nodes) and puts them in service atomically. When any file is malformed nothing changes and the
     * previous lists stay in service.
     *
     * @return the new list version
     * @throws ListUpdateException naming the file, line or element and the reason
     */
    String reload(Path directory) throws ListUpdateException;

    /**
     * Puts the newest accepted version in service on this node when it is not already (one accepted by
     * another node of the cluster); called periodically.
     *
     * @return the version in service afterwards
     */
    String followNewestVersion();
}

package org.ekyc.hub.verification.screening;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads one list in its official format from a directory into canonical {@link ListEntry}s.
 * Adding a source (EU Financial Sanctions Files XML, the Korean designations list) means adding
 * one implementation; the index and the matcher do not change.
 */
public interface ListMapper {

    /** The list identifier the entries carry, e.g. {@code OFAC-SDN}. */
    String list();

    /** True when the directory holds this list's files; a list that is absent is skipped. */
    boolean present(Path directory);

    /**
     * Reads every entry or none.
     *
     * @throws MalformedListException on the first record that breaks the format, with file and location
     */
    List<ListEntry> read(Path directory) throws MalformedListException;
}

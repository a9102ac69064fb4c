package org.ekyc.hub.verification.screening;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The canonical form of one designation, whatever list it came from. Each source has one
 * mapper ({@link ListMapper}) that produces these and keeps the published record in {@code raw}
 * for the audit trail (the reviewer sees what the list actually said).
 *
 * @param list          list identifier, e.g. {@code OFAC-SDN}, {@code OFAC-CONS}, {@code UN}, {@code PEP}
 * @param uid           the list's own id for the entry (OFAC {@code ent_num}, UN {@code DATAID})
 * @param type          individual, entity, vessel or aircraft
 * @param primaryName   the primary name as published
 * @param aliases       other names as published (a.k.a., f.k.a., original script), no duplicates of the primary
 * @param birthDates    dates of birth as published, possibly partial
 * @param nationalities ISO 3166-1 alpha-3 codes of nationality/citizenship
 * @param programs      sanctions programmes or regimes (e.g. {@code NPWMD}, {@code DPRK})
 * @param raw           the source record, verbatim
 */
public record ListEntry(String list, String uid, EntryType type, String primaryName, List<String> aliases,
                        List<PartialDate> birthDates, Set<String> nationalities, List<String> programs,
                        String raw) {

    public ListEntry {
        requireText(list, "list");
        requireText(uid, "uid");
        Objects.requireNonNull(type, "type");
        requireText(primaryName, "primaryName");
        aliases = aliases.stream().filter(a -> a != null && !a.isBlank() && !a.equals(primaryName))
                .distinct().toList();
        birthDates = List.copyOf(birthDates);
        nationalities = Set.copyOf(nationalities);
        programs = List.copyOf(programs);
        Objects.requireNonNull(raw, "raw");
    }

    /** {@code <list>:<uid>}, unique across lists. */
    public String id() {
        return list + ":" + uid;
    }

    /** The primary name followed by the aliases. */
    public List<String> allNames() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(primaryName), aliases.stream()).toList();
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}

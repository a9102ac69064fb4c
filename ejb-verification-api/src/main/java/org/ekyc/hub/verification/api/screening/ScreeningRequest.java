package org.ekyc.hub.verification.api.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A person to screen: one or more names in any script (Latin, Hangul, Han, Cyrillic, Arabic...),
 * and optionally the date of birth and nationality as supporting evidence.
 *
 * @param names       the person's names as written on the documents, at least one, none blank
 * @param birthDate   date of birth, or {@code null} when unknown
 * @param nationality ISO 3166-1 alpha-3 code (e.g. {@code KOR}), or {@code null} when unknown
 */
public record ScreeningRequest(List<String> names, LocalDate birthDate, String nationality) {

    public ScreeningRequest {
        Objects.requireNonNull(names, "names");
        if (names.isEmpty() || names.stream().anyMatch(n -> n == null || n.isBlank())) {
            throw new IllegalArgumentException("at least one non-blank name is required");
        }
        names = List.copyOf(names);
        if (nationality != null) {
            nationality = nationality.trim().toUpperCase(java.util.Locale.ROOT);
            if (!nationality.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("nationality must be ISO 3166-1 alpha-3: " + nationality);
            }
        }
    }

    /** A request with a single name and no supporting evidence. */
    public static ScreeningRequest ofName(String name) {
        return new ScreeningRequest(List.of(name), null, null);
    }
}

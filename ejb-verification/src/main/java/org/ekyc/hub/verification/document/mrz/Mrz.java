package org.ekyc.hub.verification.document.mrz;

import java.util.List;

/**
 * A parsed machine-readable zone (ICAO 9303 Part 4 for TD3, Part 5 for TD1), after look-alike
 * correction. Dates stay as written ({@code YYMMDD}); {@link MrzDates} resolves the century.
 *
 * @param format        TD1, TD2 or TD3
 * @param lines         the corrected lines
 * @param documentCode  e.g. {@code P}, {@code I}, {@code ID} (fillers removed)
 * @param issuingState  issuing state or organisation
 * @param documentNumber document number without fillers
 * @param birthDate     {@code YYMMDD}
 * @param sex           {@code M}, {@code F} or {@code <} (unspecified)
 * @param expiryDate    {@code YYMMDD}
 * @param nationality   holder's nationality
 * @param surname       primary identifier, spaces for single fillers
 * @param givenNames    secondary identifier, spaces for single fillers
 * @param optionalData  optional data (TD3: personal number; TD1: both optional fields joined by {@code |})
 * @param failedChecks  names of the check digits that do not match: {@code documentNumber},
 *                      {@code birthDate}, {@code expiryDate}, {@code optionalData}, {@code composite}
 * @param corrections   how many characters look-alike correction changed
 */
public record Mrz(MrzFormat format, List<MrzLine> lines, String documentCode, String issuingState,
                  String documentNumber, String birthDate, char sex, String expiryDate, String nationality,
                  String surname, String givenNames, String optionalData, List<String> failedChecks,
                  int corrections) {

    public Mrz {
        if (format == null || lines == null || lines.size() != format.lines()) {
            throw new IllegalArgumentException("MRZ needs " + (format == null ? "a format" : format.lines() + " lines"));
        }
        lines = List.copyOf(lines);
        failedChecks = List.copyOf(failedChecks);
    }

    /** Whether every check digit matches. */
    public boolean checksPass() {
        return failedChecks.isEmpty();
    }
}

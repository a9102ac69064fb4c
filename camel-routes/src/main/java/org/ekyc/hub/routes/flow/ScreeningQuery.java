package org.ekyc.hub.routes.flow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.FieldRules;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.screening.ScreeningRequest;

/**
 * How a person is put to the screening engine: every name form a case holds, or the names a
 * channel sent for screening without a case (REST {@code POST /api/v1/screening}, SOAP
 * {@code ScreenName}), checked the same way on every channel.
 */
public final class ScreeningQuery {

    /** Most names one screening-only request may carry. */
    public static final int MAX_NAMES = 10;
    /** Longest name accepted, in characters. */
    public static final int MAX_NAME_LENGTH = 200;

    private ScreeningQuery() {
    }

    public static ScreeningRequest request(Applicant a) {
        List<String> names = new ArrayList<>();
        names.add(a.givenNames() == null ? a.surname() : a.givenNames() + " " + a.surname());
        if (a.hangulName() != null) {
            names.add(a.hangulName());
        }
        String nationality = a.nationality().contains("<") ? null : a.nationality();
        return new ScreeningRequest(names, a.birthDate(), nationality);
    }

    /**
     * A screening-only request as a channel received it (the birth date already parsed by the
     * channel, whose date syntax differs).
     *
     * @throws InvalidRequestException FIELD_REQUIRED / FIELD_TOO_LONG / INVALID_CHARACTERS (a control or
     *                                 invisible character, FieldRules#freeText) on {@code names},
     *                                 INVALID_NATIONALITY when not a code of the table (FieldRules#nationality)
     */
    public static ScreeningRequest request(List<String> names, LocalDate birthDate, String nationality) {
        if (names == null || names.isEmpty() || names.stream().anyMatch(n -> n == null || n.isBlank())) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "names");
        }
        if (names.size() > MAX_NAMES || names.stream().anyMatch(n -> n.length() > MAX_NAME_LENGTH)) {
            throw new InvalidRequestException(ReasonCode.FIELD_TOO_LONG, "names");
        }
        if (!names.stream().allMatch(FieldRules::isCleanText)) {
            throw new InvalidRequestException(ReasonCode.INVALID_CHARACTERS, "names");
        }
        String country = nationality == null || nationality.isBlank() ? null : nationality.trim();
        if (country != null && country.contains("<")) {
            throw new InvalidRequestException(ReasonCode.INVALID_NATIONALITY, "nationality");
        }
        if (country != null) {
            FieldRules.nationality(country, "nationality");
        }
        return new ScreeningRequest(names, birthDate, country);
    }
}

package org.ekyc.hub.verification.api;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Applicant basics as any channel delivers them. Validates and normalises in the constructor with the
 * {@link FieldRules} every channel shares (docs/validation.md): a value that exists is a valid one.
 *
 * @param surname      family name, as on the travel document (letters of one script, spaces, hyphens,
 *                     apostrophes, periods)
 * @param givenNames   given names, the same characters (may be empty: some documents have none)
 * @param hangulName   name in Hangul syllables and spaces, optional, at most 40 bytes in MS949
 * @param nationality  ISO 3166-1 alpha-3 code, or an ICAO 9303 nationality code for people
 *                     (e.g. {@code KOR}, {@code VNM}, {@code D<<}, {@code XXA})
 * @param birthDate    date of birth
 * @param phone        mobile number, optional, digits with optional leading +
 * @param email        e-mail address, optional
 * @param addresses    residence and other addresses, at most {@value #MAX_ADDRESSES}; their countries feed
 *                     the country risk with the nationality (never null: empty when none was given)
 */
public record Applicant(String surname, String givenNames, String hangulName, String nationality,
                        LocalDate birthDate, String phone, String email, List<Address> addresses) {

    public static final int MAX_NAME = 60;
    public static final int MAX_ADDRESSES = 5;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Applicant {
        surname = FieldRules.personName(surname, "surname", MAX_NAME);
        if (surname == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "surname");
        }
        givenNames = FieldRules.personName(givenNames, "givenNames", MAX_NAME);
        hangulName = FieldRules.hangulName(hangulName, "hangulName");
        nationality = FieldRules.nationality(nationality, "nationality");
        FieldRules.birthDate(birthDate, "birthDate", LocalDate.now());
        if (!FieldRules.isCleanText(phone)) {
            throw new InvalidRequestException(ReasonCode.INVALID_PHONE, "phone");
        }
        phone = blankToNull(phone);
        if (phone != null) {
            phone = phone.replaceAll("[\\s-]", "");
            if (!PHONE.matcher(phone).matches()) {
                throw new InvalidRequestException(ReasonCode.INVALID_PHONE, "phone");
            }
        }
        if (!FieldRules.isCleanText(email)) {
            throw new InvalidRequestException(ReasonCode.INVALID_EMAIL, "email");
        }
        email = blankToNull(email);
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            throw new InvalidRequestException(ReasonCode.INVALID_EMAIL, "email");
        }
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        if (addresses.size() > MAX_ADDRESSES) {
            throw new InvalidRequestException(ReasonCode.FIELD_TOO_LONG, "addresses");
        }
    }

    /** An applicant without addresses. */
    public Applicant(String surname, String givenNames, String hangulName, String nationality,
                     LocalDate birthDate, String phone, String email) {
        this(surname, givenNames, hangulName, nationality, birthDate, phone, email, List.of());
    }

    /** The same applicant with these addresses. */
    public Applicant withAddresses(List<Address> newAddresses) {
        return new Applicant(surname, givenNames, hangulName, nationality, birthDate, phone, email, newAddresses);
    }

    /** The countries of the addresses, in the order given, each once. */
    public java.util.Set<String> addressCountries() {
        java.util.Set<String> countries = new LinkedHashSet<>();
        addresses.forEach(a -> countries.add(a.country()));
        return java.util.Collections.unmodifiableSet(countries);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

package org.ekyc.hub.verification.api;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Applicant basics as any channel delivers them. Validates and normalises in the constructor:
 * a value that exists is a valid one.
 *
 * @param surname      family name in Latin script, as on the travel document
 * @param givenNames   given names in Latin script (may be empty: some documents have none)
 * @param hangulName   name in Hangul, optional
 * @param nationality  ICAO 9303 / ISO 3166-1 alpha-3 code (e.g. {@code KOR}, {@code VNM}, {@code D<<})
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
    private static final Pattern NATIONALITY = Pattern.compile("[A-Z<]{3}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Applicant {
        surname = name(surname, "surname", true);
        givenNames = name(givenNames, "givenNames", false);
        hangulName = name(hangulName, "hangulName", false);
        if (nationality == null || nationality.isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "nationality");
        }
        nationality = nationality.trim().toUpperCase(Locale.ROOT);
        if (!NATIONALITY.matcher(nationality).matches()) {
            throw new InvalidRequestException(ReasonCode.INVALID_NATIONALITY, "nationality");
        }
        if (birthDate == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "birthDate");
        }
        if (birthDate.isAfter(LocalDate.now()) || birthDate.isBefore(LocalDate.of(1900, 1, 1))) {
            throw new InvalidRequestException(ReasonCode.INVALID_BIRTH_DATE, "birthDate");
        }
        phone = blankToNull(phone);
        if (phone != null) {
            phone = phone.replaceAll("[\\s-]", "");
            if (!PHONE.matcher(phone).matches()) {
                throw new InvalidRequestException(ReasonCode.INVALID_PHONE, "phone");
            }
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

    private static String name(String value, String field, boolean required) {
        String v = blankToNull(value);
        if (v == null) {
            if (required) {
                throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, field);
            }
            return null;
        }
        v = v.replaceAll("\\s+", " ");
        if (v.length() > MAX_NAME) {
            throw new InvalidRequestException(ReasonCode.FIELD_TOO_LONG, field);
        }
        return v;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

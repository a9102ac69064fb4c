package org.ekyc.hub.verification.api;

import java.util.Locale;
import java.util.Set;

/**
 * One of the applicant's addresses. The country feeds the country risk (FATF lists) next to the
 * nationality; the address lines are personal data, kept sealed like the name and shown only as the
 * caller supplied them.
 *
 * @param kind    residence, home-country, mailing or work address; RESIDENCE when not given
 * @param country ISO 3166-1 alpha-3 code of the address's country (e.g. {@code KOR}, {@code IRN})
 * @param lines   the address as one line of free text, optional (at most {@value #MAX_LINES} characters)
 */
public record Address(AddressKind kind, String country, String lines) {

    public static final int MAX_LINES = 200;

    /** Every ISO 3166-1 alpha-3 code the JDK knows, plus {@code XKX} (Kosovo, used by the EU and FATF). */
    private static final Set<String> COUNTRIES = countries();

    public Address {
        kind = kind == null ? AddressKind.RESIDENCE : kind;
        if (country == null || country.isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "addresses.country");
        }
        country = country.trim().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            throw new InvalidRequestException(ReasonCode.INVALID_ADDRESS_COUNTRY, "addresses.country");
        }
        lines = lines == null || lines.isBlank() ? null : lines.trim().replaceAll("\\s+", " ");
        if (lines != null && lines.length() > MAX_LINES) {
            throw new InvalidRequestException(ReasonCode.FIELD_TOO_LONG, "addresses.lines");
        }
    }

    /** An address of which only the country is known (legacy records that carry just a country code). */
    public static Address inCountry(AddressKind kind, String country) {
        return new Address(kind, country, null);
    }

    private static Set<String> countries() {
        java.util.Set<String> codes = new java.util.HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        codes.add("XKX");
        return Set.copyOf(codes);
    }
}

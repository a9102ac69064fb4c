package org.ekyc.hub.verification.api;

/**
 * One of the applicant's addresses. The country feeds the country risk (FATF lists) next to the
 * nationality; the address lines are personal data, kept sealed like the name and shown only as the
 * caller supplied them.
 *
 * @param kind    residence, home-country, mailing or work address; RESIDENCE when not given
 * @param country ISO 3166-1 alpha-3 code of the address's country (e.g. {@code KOR}, {@code IRN}), or
 *                {@code XKX}
 * @param lines   the address as one line of free text, optional (at most {@value #MAX_LINES} characters; line
 *                breaks and tabs become spaces, other control characters are refused: {@link FieldRules#foldedText})
 */
public record Address(AddressKind kind, String country, String lines) {

    public static final int MAX_LINES = 200;

    public Address {
        kind = kind == null ? AddressKind.RESIDENCE : kind;
        country = FieldRules.country(country, "addresses.country", ReasonCode.INVALID_ADDRESS_COUNTRY);
        lines = FieldRules.foldedText(lines, "addresses.lines", MAX_LINES);
    }

    /** An address of which only the country is known (legacy records that carry just a country code). */
    public static Address inCountry(AddressKind kind, String country) {
        return new Address(kind, country, null);
    }
}

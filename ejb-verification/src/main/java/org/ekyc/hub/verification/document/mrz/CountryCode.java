package org.ekyc.hub.verification.document.mrz;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A three-letter code of a state or organisation as ICAO 9303 Part 3 (section 5) uses it: the
 * ISO 3166-1 alpha-3 codes plus ICAO's own (Germany {@code D}, the United Nations {@code UNO}, the
 * British codes {@code GBD}…, stateless {@code XXA}…, the specimen state Utopia {@code UTO}).
 * Padding fillers are removed: {@code D<<} becomes {@code D}.
 */
public record CountryCode(String code) {

    private static final Set<String> KNOWN = known();

    public CountryCode {
        if (code == null) {
            throw new IllegalArgumentException("country code is required");
        }
        code = code.trim().toUpperCase(Locale.ROOT).replace("<", "");
        if (!KNOWN.contains(code)) {
            throw new IllegalArgumentException("not an ICAO 9303 / ISO 3166-1 alpha-3 code: " + code);
        }
    }

    /** Whether {@code code} (fillers allowed) names a known state or organisation. */
    public static boolean isKnown(String code) {
        return code != null && KNOWN.contains(code.trim().toUpperCase(Locale.ROOT).replace("<", ""));
    }

    private static Set<String> known() {
        Set<String> codes = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        // ICAO 9303 Part 3, 5.2 and Appendix: codes that are not ISO 3166-1 alpha-3.
        codes.addAll(Set.of("D", "UTO", "EUE", "UNO", "UNA", "UNK", "XBA", "XIM", "XCC", "XCE", "XCO",
                "XEC", "XPO", "XES", "XMP", "XOM", "XDC", "XXA", "XXB", "XXC", "XXX",
                "GBD", "GBN", "GBO", "GBP", "GBS", "RKS"));
        return Set.copyOf(codes);
    }
}

package org.ekyc.hub.verification.screening;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names as lists write them ({@code Korea, North}, {@code Democratic People's Republic of
 * Korea}, {@code Iran (Islamic Republic of)}) to ISO 3166-1 alpha-3 codes. Built from the JDK's
 * English country names plus the spellings OFAC and the UN use that differ from them.
 */
public final class Countries {

    private static final Map<String, String> BY_NAME = build();

    private Countries() {
    }

    /** The alpha-3 code for a country name or code, if known. */
    public static Optional<String> iso3(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_NAME.get(key(name)));
    }

    private static Map<String, String> build() {
        Map<String, String> map = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale locale = new Locale.Builder().setRegion(alpha2).build();
            String alpha3 = locale.getISO3Country();
            map.put(key(locale.getDisplayCountry(Locale.ENGLISH)), alpha3);
            map.put(key(alpha3), alpha3);
        }
        String[][] aliases = {
            {"Korea, North", "PRK"}, {"North Korea", "PRK"}, {"Democratic People's Republic of Korea", "PRK"},
            {"Korea, South", "KOR"}, {"Republic of Korea", "KOR"}, {"South Korea", "KOR"},
            {"Iran (Islamic Republic of)", "IRN"}, {"Iran", "IRN"}, {"Russian Federation", "RUS"}, {"Russia", "RUS"},
            {"Syrian Arab Republic", "SYR"}, {"Syria", "SYR"}, {"Burma", "MMR"}, {"Myanmar", "MMR"},
            {"Democratic Republic of the Congo", "COD"}, {"Congo, Democratic Republic of the", "COD"},
            {"Congo", "COG"}, {"Lao People's Democratic Republic", "LAO"}, {"Laos", "LAO"},
            {"Viet Nam", "VNM"}, {"Vietnam", "VNM"}, {"United Republic of Tanzania", "TZA"}, {"Tanzania", "TZA"},
            {"Venezuela (Bolivarian Republic of)", "VEN"}, {"Bolivia (Plurinational State of)", "BOL"},
            {"United Kingdom of Great Britain and Northern Ireland", "GBR"}, {"United Kingdom", "GBR"},
            {"United States of America", "USA"}, {"United States", "USA"}, {"Turkey", "TUR"}, {"Turkiye", "TUR"},
            {"Palestinian", "PSE"}, {"Palestine", "PSE"}, {"State of Palestine", "PSE"}, {"West Bank", "PSE"},
            {"Gaza", "PSE"}, {"Republic of Moldova", "MDA"}, {"Cote d'Ivoire", "CIV"}, {"Ivory Coast", "CIV"},
            {"Libyan Arab Jamahiriya", "LBY"}, {"Bosnia and Herzegovina", "BIH"}, {"Kosovo", "XKX"},
            {"Macau", "MAC"}, {"Hong Kong", "HKG"}, {"China", "CHN"}, {"Taiwan", "TWN"},
            {"Micronesia, Federated States of", "FSM"}, {"Cabo Verde", "CPV"}, {"Czechia", "CZE"},
            {"Netherlands", "NLD"}, {"Curacao", "CUW"}, {"Eswatini", "SWZ"}, {"North Macedonia", "MKD"},
        };
        for (String[] alias : aliases) {
            map.put(key(alias[0]), alias[1]);
        }
        return Map.copyOf(map);
    }

    private static String key(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").trim();
    }
}

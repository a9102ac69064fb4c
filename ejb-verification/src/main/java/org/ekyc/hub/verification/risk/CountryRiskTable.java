package org.ekyc.hub.verification.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Country risk from the FATF lists (FATF Recommendation 19, higher-risk countries), as a dated,
 * versioned configuration: {@code version}, {@code published}, {@code source}, and the ISO 3166-1
 * alpha-3 codes under {@code high-risk} and {@code increased-monitoring}. The bundled table is
 * {@code fatf-jurisdictions.properties} next to this class; nationality and address countries
 * both feed the assessment, the highest level wins.
 *
 * @param version   e.g. {@code FATF-2025-10}, recorded with every assessment
 * @param published the date of the FATF publication the table reproduces
 * @param source    where the lists were taken from
 * @param levels    level per alpha-3 code; absent means {@link CountryRiskLevel#STANDARD}
 */
public record CountryRiskTable(String version, LocalDate published, String source,
                               Map<String, CountryRiskLevel> levels) {

    public static final String BUNDLED = "fatf-jurisdictions.properties";

    public CountryRiskTable {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(source, "source");
        levels = Map.copyOf(levels);
    }

    /** The table shipped with the engine. */
    public static CountryRiskTable bundled() {
        try (InputStream in = CountryRiskTable.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the engine");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a table in the properties format above; a wrong code or a missing key is refused. */
    public static CountryRiskTable read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, CountryRiskLevel> levels = new HashMap<>();
        codes(p, "increased-monitoring").forEach(c -> levels.put(c, CountryRiskLevel.INCREASED_MONITORING));
        for (String code : codes(p, "high-risk")) {
            if (levels.put(code, CountryRiskLevel.HIGH_RISK) != null) {
                throw new IllegalArgumentException(code + " is on both lists");
            }
        }
        return new CountryRiskTable(required(p, "version"), LocalDate.parse(required(p, "published")),
                required(p, "source"), levels);
    }

    public CountryRiskLevel level(String iso3) {
        return iso3 == null ? CountryRiskLevel.STANDARD : levels.getOrDefault(iso3, CountryRiskLevel.STANDARD);
    }

    /** The highest level among the countries (nationalities and address countries together). */
    public CountryRiskLevel highest(Collection<String> countries) {
        CountryRiskLevel highest = CountryRiskLevel.STANDARD;
        for (String country : countries) {
            CountryRiskLevel level = level(country);
            if (level.compareTo(highest) > 0) {
                highest = level;
            }
        }
        return highest;
    }

    private static java.util.List<String> codes(Properties p, String key) {
        String value = required(p, key);
        java.util.List<String> codes = new java.util.ArrayList<>();
        for (String code : value.split(",")) {
            String c = code.trim();
            if (c.isEmpty()) {
                continue;
            }
            if (!c.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException(key + ": '" + c + "' is not ISO 3166-1 alpha-3");
            }
            codes.add(c);
        }
        return codes;
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("country risk table lacks '" + key + "'");
        }
        return value.trim();
    }
}

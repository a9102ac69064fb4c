package org.ekyc.sim.tax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The simulated tax authority's data: synthetic taxpayers from {@code sim/tax-people.csv}, and the
 * rules an income-status answer follows. Pure Java, unit-tested without a server.
 */
public final class SyntheticTaxAuthority {

    /** One synthetic taxpayer-year. */
    public record Entry(String registrationNumber, String name, int taxYear, String taxpayerType, String statusCode,
                        String incomeBand) {
    }

    /** The authority's answer in its own vocabulary (codes as in the WSDL); only resultCode with 01. */
    public record Answer(String resultCode, String taxpayerType, String statusCode, String incomeBand, Integer taxYear) {
    }

    private final List<Entry> entries;

    public SyntheticTaxAuthority(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static SyntheticTaxAuthority load() {
        try (InputStream in = SyntheticTaxAuthority.class.getResourceAsStream("/sim/tax-people.csv")) {
            if (in == null) {
                throw new IllegalStateException("sim/tax-people.csv missing from the simulator");
            }
            List<Entry> entries = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                entries.add(new Entry(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4], f[5]));
            }
            return new SyntheticTaxAuthority(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * 01 for an unknown number and name; the year's row when there is one; a known taxpayer without
     * a row for the year: PERSON NOT_FILED or BUSINESS NOT_REGISTERED, band B0.
     */
    public Answer check(String registrationNumber, String name, int taxYear) {
        String number = registrationNumber == null ? "" : registrationNumber.trim().replace("-", "");
        String n = name == null ? "" : name.trim();
        List<Entry> known = entries.stream()
                .filter(e -> e.registrationNumber().equals(number) && e.name().equals(n)).toList();
        if (known.isEmpty()) {
            return new Answer("01", null, null, null, null);
        }
        Optional<Entry> year = known.stream().filter(e -> e.taxYear() == taxYear).findFirst();
        if (year.isPresent()) {
            Entry e = year.get();
            return new Answer("00", e.taxpayerType(), e.statusCode(), e.incomeBand(), taxYear);
        }
        String type = known.get(0).taxpayerType();
        return new Answer("00", type, "PERSON".equals(type) ? "NOT_FILED" : "NOT_REGISTERED", "B0", taxYear);
    }
}

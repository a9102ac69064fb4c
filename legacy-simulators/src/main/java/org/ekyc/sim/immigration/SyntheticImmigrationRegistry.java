package org.ekyc.sim.immigration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The simulated registry's data: synthetic people from {@code sim/immigration-people.csv}, and
 * the rules a stay-status answer follows. Pure Java, unit-tested without a server.
 */
public final class SyntheticImmigrationRegistry {

    /** One synthetic registry entry. */
    public record Person(String registrationNumber, String surname, String givenNames, LocalDate birthDate,
                         String nationality, String stayStatusCode, LocalDate stayExpiry, String cardStatus) {
    }

    /** The registry's answer in its own vocabulary (resultCode as in the WSDL). */
    public record Answer(String resultCode, String stayStatusCode, LocalDate stayExpiry, String cardStatus) {
    }

    private final List<Person> people;

    public SyntheticImmigrationRegistry(List<Person> people) {
        this.people = List.copyOf(people);
    }

    public static SyntheticImmigrationRegistry load() {
        try (InputStream in = SyntheticImmigrationRegistry.class.getResourceAsStream("/sim/immigration-people.csv")) {
            if (in == null) {
                throw new IllegalStateException("sim/immigration-people.csv missing from the simulator");
            }
            List<Person> people = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                people.add(new Person(f[0], f[1], f[2], LocalDate.parse(f[3]), f[4], f[5], LocalDate.parse(f[6]), f[7]));
            }
            return new SyntheticImmigrationRegistry(people);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Matches by registration number when one is given (and then the name and birth date must
     * agree), otherwise by surname + birth date + nationality; answers as the real registry would:
     * 00 valid, 01 no match, 02 stay expired, 03 card reported lost, 04 card reissued.
     */
    public Answer check(String registrationNumber, String surname, LocalDate birthDate, String nationality,
                        LocalDate today) {
        Optional<Person> match = people.stream()
                .filter(p -> registrationNumber == null || registrationNumber.isBlank()
                        ? true : p.registrationNumber().equals(registrationNumber.trim()))
                .filter(p -> p.surname().equalsIgnoreCase(norm(surname)))
                .filter(p -> p.birthDate().equals(birthDate))
                .filter(p -> nationality == null || p.nationality().equalsIgnoreCase(nationality.trim()))
                .findFirst();
        if (match.isEmpty()) {
            return new Answer("01", null, null, null);
        }
        Person p = match.get();
        String code = switch (p.cardStatus()) {
            case "LOST" -> "03";
            case "REISSUED" -> "04";
            default -> p.stayExpiry().isBefore(today) ? "02" : "00";
        };
        return new Answer(code, p.stayStatusCode(), p.stayExpiry(), p.cardStatus());
    }

    private static String norm(String s) {
        return s == null ? "" : s.trim().toUpperCase(Locale.ROOT);
    }
}

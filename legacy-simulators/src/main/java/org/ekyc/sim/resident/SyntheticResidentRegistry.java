package org.ekyc.sim.resident;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulated resident registry's data: synthetic ID cards from {@code sim/resident-people.csv},
 * and the rules an authenticity answer follows. Pure Java, unit-tested without a server.
 */
public final class SyntheticResidentRegistry {

    /** One synthetic card issue. */
    public record Card(String name, String residentNumber, LocalDate issueDate, String cardStatus) {
    }

    private final List<Card> cards;

    public SyntheticResidentRegistry(List<Card> cards) {
        this.cards = List.copyOf(cards);
    }

    public static SyntheticResidentRegistry load() {
        try (InputStream in = SyntheticResidentRegistry.class.getResourceAsStream("/sim/resident-people.csv")) {
            if (in == null) {
                throw new IllegalStateException("sim/resident-people.csv missing from the simulator");
            }
            List<Card> cards = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                cards.add(new Card(f[0], f[1], LocalDate.parse(f[2]), f[3]));
            }
            return new SyntheticResidentRegistry(cards);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * 00 when name, number and issue date are one valid card; 02 when that card is reported lost;
     * 01 otherwise (no such card, or an older issue that was replaced).
     */
    public String check(String name, String residentNumber, LocalDate issueDate) {
        String n = name == null ? "" : name.trim();
        String number = residentNumber == null ? "" : residentNumber.trim().replace("-", "");
        return cards.stream()
                .filter(c -> c.name().equals(n) && c.residentNumber().equals(number) && c.issueDate().equals(issueDate))
                .findFirst()
                .map(c -> switch (c.cardStatus()) {
                    case "VALID" -> "00";
                    case "LOST" -> "02";
                    default -> "01";
                })
                .orElse("01");
    }
}

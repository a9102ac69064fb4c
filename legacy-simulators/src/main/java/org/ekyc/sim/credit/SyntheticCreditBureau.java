package org.ekyc.sim.credit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ekyc.sim.telegram.Record;

/**
 * The simulated credit bureau: synthetic credit files from {@code sim/credit-people.csv}, keyed by
 * registration number. Telegram 0300 → 0310: 0000 with grade, delinquency, open loans and balance
 * band; 1001 no file; 1002 a file under another name; 3001 no consent. Pure Java.
 */
public final class SyntheticCreditBureau {

    /** One synthetic credit file. */
    public record CreditFile(String registrationNumber, String name, String grade, String delinquent,
                             String openLoans, String band) {
    }

    private final Map<String, CreditFile> files;

    public SyntheticCreditBureau(List<CreditFile> files) {
        this.files = files.stream().collect(Collectors.toMap(CreditFile::registrationNumber, f -> f));
    }

    public static SyntheticCreditBureau load() {
        try (InputStream in = SyntheticCreditBureau.class.getResourceAsStream("/sim/credit-people.csv")) {
            if (in == null) {
                throw new IllegalStateException("sim/credit-people.csv missing from the simulator");
            }
            return new SyntheticCreditBureau(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split(",", -1))
                    .map(f -> new CreditFile(f[0], f[1], f[2], f[3], f[4], f[5])).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Record answer(Record rq, boolean systemError) {
        if (!"0300".equals(rq.type()) || rq.length() != 130) {
            return null;
        }
        if (systemError) {
            return Record.reply(rq, "0310", 80, "9999");
        }
        if (!"Y".equals(rq.text(103, 1))) {
            return Record.reply(rq, "0310", 80, "3001");
        }
        CreditFile f = files.get(rq.text(90, 13));
        if (f == null) {
            return Record.reply(rq, "0310", 80, "1001");
        }
        if (!f.name().equals(rq.text(50, 40))) {
            return Record.reply(rq, "0310", 80, "1002");
        }
        return Record.reply(rq, "0310", 80, "0000").put(50, 2, f.grade()).put(52, 1, f.delinquent())
                .put(53, 3, f.openLoans()).put(56, 2, f.band());
    }
}

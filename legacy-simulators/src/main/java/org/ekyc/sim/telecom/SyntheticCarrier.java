package org.ekyc.sim.telecom;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.ekyc.sim.telegram.Record;
import org.jboss.logging.Logger;

/**
 * The simulated carriers' identity gateway (휴대폰 본인확인), with synthetic subscribers from
 * {@code sim/telecom-people.csv}. Telegrams 0100 → 0110 (OTP sent) and 0200 → 0210 (CI and DI).
 * The OTP of a transaction is derived from its id and phone number (deterministic, so tests and
 * demos can read it from the log or {@code GET /registry-sim/admin/telecom/otp/{phone}}), valid
 * 180 s, 5 tries. CI and DI are hashes of the subscriber's synthetic identity with the shape of the
 * real ones: CI 88 base64 characters (64 bytes), DI 64 base64 characters (48 bytes, per institution).
 * Pure Java, unit-tested without a server.
 */
public final class SyntheticCarrier {

    private static final Logger LOG = Logger.getLogger(SyntheticCarrier.class);
    public static final int OTP_VALID_SECONDS = 180;
    public static final int MAX_TRIES = 5;

    /** One synthetic subscriber. */
    public record Subscriber(String phone, String name, String birthDate, String sex, String nationalityFlag,
                             String carrier) {
    }

    private record Session(Subscriber subscriber, String otp, Instant expiresAt, int tries) {
    }

    private final Map<String, Subscriber> byPhone;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, String> lastOtpByPhone = new ConcurrentHashMap<>();
    private final Clock clock;

    public SyntheticCarrier(List<Subscriber> subscribers, Clock clock) {
        this.byPhone = subscribers.stream().collect(Collectors.toMap(Subscriber::phone, s -> s));
        this.clock = clock;
    }

    public static SyntheticCarrier load() {
        try (InputStream in = SyntheticCarrier.class.getResourceAsStream("/sim/telecom-people.csv")) {
            if (in == null) {
                throw new IllegalStateException("sim/telecom-people.csv missing from the simulator");
            }
            List<Subscriber> people = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split(",", -1))
                    .map(f -> new Subscriber(f[0], f[1], f[2], f[3], f[4], f[5])).toList();
            return new SyntheticCarrier(people, Clock.systemUTC());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers a 0100 or 0200 telegram; other types and lengths get no answer (connection closed). */
    public Record answer(Record request, boolean systemError) {
        return switch (request.type()) {
            case "0100" -> request.length() != 130 ? null : otpRequest(request, systemError);
            case "0200" -> request.length() != 80 ? null : confirm(request, systemError);
            default -> null;
        };
    }

    /**
     * A 0110 that sent no code: RSP-OTP-VALID-SECONDS is PIC 9(3), so it holds zeros (what a COBOL program's
     * INITIALIZE leaves), not the spaces of a blank record, which no PIC 9 field may hold.
     */
    private static Record noOtp(Record rq, String code) {
        return Record.reply(rq, "0110", 80, code).put(50, 3, "000");
    }

    private Record otpRequest(Record rq, boolean systemError) {
        if (systemError) {
            return noOtp(rq, "9999");
        }
        String phone = rq.text(100, 11);
        Subscriber s = byPhone.get(phone);
        if (s == null) {
            return noOtp(rq, "1001");
        }
        if (!s.carrier().equals(rq.text(111, 3))) {
            return noOtp(rq, "1003");
        }
        if (!s.name().equals(rq.text(50, 40)) || !s.birthDate().equals(rq.text(90, 8)) || !s.sex().equals(rq.text(98, 1))
                || !s.nationalityFlag().equals(rq.text(99, 1))) {
            return noOtp(rq, "1002");
        }
        String otp = otp(rq.transactionId(), phone);
        sessions.put(rq.transactionId(), new Session(s, otp, clock.instant().plusSeconds(OTP_VALID_SECONDS), 0));
        lastOtpByPhone.put(phone, otp);
        LOG.infof("telecom simulator: OTP %s sent to synthetic subscriber %s (transaction %s)", otp, phone,
                rq.transactionId());
        return Record.reply(rq, "0110", 80, "0000").put(50, 3, String.format("%03d", OTP_VALID_SECONDS));
    }

    private Record confirm(Record rq, boolean systemError) {
        if (systemError) {
            return Record.reply(rq, "0210", 210, "9999");
        }
        Session session = sessions.get(rq.transactionId());
        if (session == null) {
            return Record.reply(rq, "0210", 210, "2003");
        }
        if (clock.instant().isAfter(session.expiresAt())) {
            sessions.remove(rq.transactionId());
            return Record.reply(rq, "0210", 210, "2002");
        }
        if (!session.otp().equals(rq.text(50, 6))) {
            int tries = session.tries() + 1;
            if (tries >= MAX_TRIES) {
                sessions.remove(rq.transactionId());
                return Record.reply(rq, "0210", 210, "2004");
            }
            sessions.put(rq.transactionId(), new Session(session.subscriber(), session.otp(), session.expiresAt(), tries));
            return Record.reply(rq, "0210", 210, "2001");
        }
        sessions.remove(rq.transactionId());
        Subscriber s = session.subscriber();
        String identity = s.name() + "|" + s.birthDate() + "|" + s.sex() + "|" + s.nationalityFlag();
        String ci = Base64.getEncoder().encodeToString(digest("SHA-512", "sim-ci|" + identity));
        String di = Base64.getEncoder().encodeToString(digest("SHA-384", "sim-di|" + rq.text(42, 8) + "|" + identity));
        return Record.reply(rq, "0210", 210, "0000").put(50, 88, ci).put(138, 64, di);
    }

    /** The last OTP sent to a synthetic phone, for tests and demos; null when none. */
    public String lastOtp(String phone) {
        return lastOtpByPhone.get(phone);
    }

    static String otp(String transactionId, String phone) {
        byte[] h = digest("SHA-256", transactionId + "|" + phone);
        long v = Long.parseLong(HexFormat.of().formatHex(h, 0, 6), 16);
        return String.format("%06d", v % 1_000_000);
    }

    private static byte[] digest(String algorithm, String text) {
        try {
            return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

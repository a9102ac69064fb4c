package org.ekyc.sim.corebanking;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.ekyc.sim.admin.SimulatorFaults;
import org.ekyc.sim.record.RecordFormatException;

/**
 * Core banking's account-opening program, played with synthetic accounts: reads an ACCTOPEN record and
 * answers ACCTRSP, in EBCDIC, at the offsets of the published copybooks, read and written by the
 * simulator's own record code ({@link AccountOpeningOrder}, {@link AccountOpeningReply}). Opening is
 * idempotent by case id: an order repeated for a case (the hub retries after a lost reply) gets the
 * account opened the first time.
 * Account numbers start with {@code 999} (never a real account) and follow from the case id.
 * Faults (peer {@code corebanking}): REFUSE (return code 12, nothing opened), NO_REPLY (the account is
 * opened but the reply is lost), GARBLED (the reply is written in ASCII instead of EBCDIC), SLOW (the
 * reply comes after {@code delayMs}); DOWN behaves like NO_REPLY.
 */
public final class SyntheticCoreBanking {

    public static final String PEER = "corebanking";
    /** Return code of an opened account, of a refusal, of an order that could not be read. */
    static final int RC_OPENED = 0;
    static final int RC_REFUSED = 12;
    static final int RC_BAD_RECORD = 90;

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    /** What was opened for a case. */
    public record Account(String number, LocalDate opened) {
    }

    private static final Map<String, Account> ACCOUNTS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> ORDERS = new ConcurrentHashMap<>();

    private final Charset ccsid;

    public SyntheticCoreBanking(Charset ccsid) {
        this.ccsid = ccsid;
    }

    /** The code page of the records: {@code SIM_COREBANKING_CCSID}, default x-IBM933 like the hub. */
    public static Charset configuredCcsid() {
        String v = System.getProperty("sim.corebanking.ccsid", System.getenv("SIM_COREBANKING_CCSID"));
        return Charset.forName(v == null || v.isBlank() ? "x-IBM933" : v.trim());
    }

    /** The ACCTRSP record for an ACCTOPEN record, or null when the reply is to be lost. */
    public byte[] answer(byte[] order, SimulatorFaults.Mode mode, LocalDate today) {
        String caseId;
        try {
            caseId = AccountOpeningOrder.read(order, ccsid).caseId();
        } catch (RecordFormatException e) {
            return reply("", RC_BAD_RECORD, "", null, ccsid);
        }
        ORDERS.computeIfAbsent(caseId, k -> new AtomicInteger()).incrementAndGet();
        if (mode == SimulatorFaults.Mode.REFUSE) {
            return reply(caseId, RC_REFUSED, "", null, ccsid);
        }
        Account account = ACCOUNTS.computeIfAbsent(caseId, k -> new Account(accountNumber(k), today));
        return switch (mode) {
            case NO_REPLY, DOWN -> null;
            case GARBLED -> reply(caseId, RC_OPENED, account.number(), account.opened(), StandardCharsets.US_ASCII);
            default -> reply(caseId, RC_OPENED, account.number(), account.opened(), ccsid);
        };
    }

    /** The account opened for a case, if any. */
    public static Account account(String caseId) {
        return ACCOUNTS.get(caseId);
    }

    /** How many ACCTOPEN orders came for a case. */
    public static int orders(String caseId) {
        AtomicInteger n = ORDERS.get(caseId);
        return n == null ? 0 : n.get();
    }

    /** The reply in the configured code page, or in ASCII for the GARBLED fault (a program that forgot to convert). */
    private static byte[] reply(String caseId, int rc, String account, LocalDate opened, Charset charset) {
        long date = opened == null ? 0 : Long.parseLong(YYYYMMDD.format(opened));
        return new AccountOpeningReply(caseId, rc, account, date, BigDecimal.ZERO).write(charset);
    }

    /** {@code 999} and 11 digits derived from the case id: the same case always gets the same account. */
    static String accountNumber(String caseId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(caseId.getBytes(StandardCharsets.UTF_8));
            long n = 0;
            for (int i = 0; i < 8; i++) {
                n = (n << 8) | (h[i] & 0xFF);
            }
            return "999" + String.format("%011d", Math.floorMod(n, 100_000_000_000L));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

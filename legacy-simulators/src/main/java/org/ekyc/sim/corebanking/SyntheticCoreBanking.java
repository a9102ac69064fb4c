package org.ekyc.sim.corebanking;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.ekyc.hub.adapter.copybook.Copybook;
import org.ekyc.hub.adapter.copybook.CopybookCodec;
import org.ekyc.hub.adapter.copybook.CopybookRecord;
import org.ekyc.hub.adapter.fixedformat.MalformedRecordException;
import org.ekyc.sim.admin.SimulatorFaults;

/**
 * Core banking's account-opening program, played with synthetic accounts: reads an ACCTOPEN record and
 * answers ACCTRSP, in EBCDIC, from the same copybooks the hub uses. Opening is idempotent by case id: an
 * order repeated for a case (the hub retries after a lost reply) gets the account opened the first time.
 * Account numbers start with {@code 999} (never a real account) and follow from the case id.
 * Faults (peer {@code corebanking}): REFUSE (return code 12, nothing opened), NO_REPLY (the account is
 * opened but the reply is lost), GARBLED (the reply is written in ASCII instead of EBCDIC), SLOW (the
 * reply comes after {@code delayMs}); DOWN behaves like NO_REPLY.
 */
public final class SyntheticCoreBanking {

    public static final String PEER = "corebanking";
    /** Return code of an opened account, of a refusal, of an order that could not be read. */
    static final String RC_OPENED = "00";
    static final String RC_REFUSED = "12";
    static final String RC_BAD_RECORD = "90";

    static final Copybook ACCTOPEN = Copybook.fromClasspath("copybooks/ACCTOPEN.cpy");
    static final Copybook ACCTRSP = Copybook.fromClasspath("copybooks/ACCTRSP.cpy");
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    /** What was opened for a case. */
    public record Account(String number, LocalDate opened) {
    }

    private static final Map<String, Account> ACCOUNTS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> ORDERS = new ConcurrentHashMap<>();

    private final CopybookCodec orders;
    private final CopybookCodec replies;

    public SyntheticCoreBanking(Charset ccsid) {
        this.orders = new CopybookCodec(ACCTOPEN, ccsid);
        this.replies = new CopybookCodec(ACCTRSP, ccsid);
    }

    /** The code page of the records: {@code SIM_COREBANKING_CCSID}, default x-IBM933 like the hub. */
    public static Charset configuredCcsid() {
        String v = System.getProperty("sim.corebanking.ccsid", System.getenv("SIM_COREBANKING_CCSID"));
        return Charset.forName(v == null || v.isBlank() ? "x-IBM933" : v.trim());
    }

    /** The ACCTRSP record for an ACCTOPEN record, or null when the reply is to be lost. */
    public byte[] answer(byte[] order, SimulatorFaults.Mode mode, LocalDate today) {
        CopybookRecord r;
        try {
            r = orders.decode(order);
        } catch (MalformedRecordException e) {
            return reply("", RC_BAD_RECORD, "", null, replies.charset());
        }
        String caseId = r.text("ACCTOPEN-CASE-ID");
        ORDERS.computeIfAbsent(caseId, k -> new AtomicInteger()).incrementAndGet();
        if (mode == SimulatorFaults.Mode.REFUSE) {
            return reply(caseId, RC_REFUSED, "", null, replies.charset());
        }
        Account account = ACCOUNTS.computeIfAbsent(caseId, k -> new Account(accountNumber(k), today));
        return switch (mode) {
            case NO_REPLY, DOWN -> null;
            case GARBLED -> reply(caseId, RC_OPENED, account.number(), account.opened(), StandardCharsets.US_ASCII);
            default -> reply(caseId, RC_OPENED, account.number(), account.opened(), replies.charset());
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

    private byte[] reply(String caseId, String rc, String account, LocalDate opened, Charset charset) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("ACCTRSP-CASE-ID", caseId);
        v.put("ACCTRSP-RETURN-CODE", rc);
        v.put("ACCTRSP-ACCOUNT-NO", account);
        v.put("ACCTRSP-OPENED-DATE", opened == null ? BigDecimal.ZERO : YYYYMMDD.format(opened));
        v.put("ACCTRSP-BALANCE", BigDecimal.ZERO);
        if (charset.equals(replies.charset())) {
            return replies.encode(v);
        }
        // the fault: a program that forgot to convert to EBCDIC
        return new CopybookCodec(ACCTRSP, charset).encode(v);
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

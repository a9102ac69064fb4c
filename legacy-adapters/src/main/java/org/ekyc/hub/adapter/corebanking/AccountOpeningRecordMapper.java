package org.ekyc.hub.adapter.corebanking;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.ekyc.hub.adapter.copybook.Copybook;
import org.ekyc.hub.adapter.copybook.CopybookRecord;
import org.ekyc.hub.adapter.fixedformat.FixedWidthDates;
import org.ekyc.hub.adapter.fixedformat.MalformedRecordException;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningOrder;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningResult;

/**
 * Maps the account-opening order to core banking's ACCTOPEN record and its ACCTRSP reply back
 * (copybooks/ACCTOPEN.cpy, ACCTRSP.cpy; docs/layouts/mq-acctopen.md).
 *
 * <p>The hub opens no money: INITIAL-DEPOSIT is zero in KRW, and the account starts as a
 * limited account (한도제한계좌, no proof of the account's purpose yet): daily withdrawal ({@code WD}) and
 * transfer ({@code TR}) limits of KRW 1,000,000 each. Core banking may apply its own.
 */
public final class AccountOpeningRecordMapper {

    public static final Copybook ACCTOPEN = Copybook.fromClasspath("copybooks/ACCTOPEN.cpy");
    public static final Copybook ACCTRSP = Copybook.fromClasspath("copybooks/ACCTRSP.cpy");

    /** ACCTRSP-RETURN-CODE of an opened account; any other code is a refusal. */
    public static final String RC_OPENED = "00";
    static final BigDecimal DAILY_LIMIT_KRW = new BigDecimal("1000000.00");
    private static final Pattern CASE_ID = Pattern.compile("[0-9A-Za-z-]{1,36}");
    private static final Pattern ACCOUNT_NO = Pattern.compile("[0-9A-Z-]{6,14}");
    /** Combining marks, left over when an accented letter is decomposed. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private AccountOpeningRecordMapper() {
    }

    /** {@link #toRecord(AccountOpeningOrder, Charset)} in CCSID 933, the queue manager's default here. */
    public static Map<String, Object> toRecord(AccountOpeningOrder order) {
        return toRecord(order, Charset.forName("x-IBM933"));
    }

    /**
     * ACCTOPEN values for an order of an approved case, in the record's code page. The case id is the key;
     * the names are for core banking's display and are fitted to their fields in bytes of the code page (a
     * Hangul syllable is two bytes and its shift-out/shift-in counted): cut at a character boundary, accents
     * the code page lacks folded (É → E), a character it cannot carry at all left out. So every approved
     * case's order can be built: an order that could not would fail every round, and an approved case has
     * no one to refuse it to.
     */
    public static Map<String, Object> toRecord(AccountOpeningOrder order, Charset ccsid) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ACCTOPEN-CASE-ID", order.caseId());
        r.put("ACCTOPEN-CUSTOMER-REF", fit(order.customerReference(), 20, ccsid));
        r.put("ACCTOPEN-PRODUCT", order.product());
        r.put("ACCTOPEN-SURNAME", fit(order.surname(), 30, ccsid));
        r.put("ACCTOPEN-GIVEN-NAMES", fit(order.givenNames(), 30, ccsid));
        r.put("ACCTOPEN-BIRTH-DATE", FixedWidthDates.format(order.birthDate()));
        r.put("ACCTOPEN-RISK-TIER", order.riskTier() == null ? "" : order.riskTier());
        r.put("ACCTOPEN-INITIAL-DEPOSIT", BigDecimal.ZERO);
        r.put("ACCTOPEN-CURRENCY", "KRW");
        r.put("ACCTOPEN-LIMIT-TYPE(1)", "WD");
        r.put("ACCTOPEN-LIMIT-AMOUNT(1)", DAILY_LIMIT_KRW);
        r.put("ACCTOPEN-LIMIT-TYPE(2)", "TR");
        r.put("ACCTOPEN-LIMIT-AMOUNT(2)", DAILY_LIMIT_KRW);
        return r;
    }

    /**
     * Reads core banking's reply to the order for {@code caseId}. A reply for another case, an opened
     * account without a plausible number or date is malformed: it proves nothing about this order.
     * The account number is never put into an exception message.
     */
    public static AccountOpeningResult fromReply(CopybookRecord reply, String caseId) throws MalformedRecordException {
        String repliedCase = reply.text("ACCTRSP-CASE-ID");
        if (!caseId.equals(repliedCase)) {
            // a garbled id is not shown: it would only put unreadable bytes into the log
            String shown = repliedCase != null && CASE_ID.matcher(repliedCase).matches() ? "'" + repliedCase + "'" : "(unreadable)";
            throw new MalformedRecordException("ACCTRSP-CASE-ID " + shown + " is not the case of the order, " + caseId);
        }
        String rc = String.format("%02d", reply.integer("ACCTRSP-RETURN-CODE"));
        if (!RC_OPENED.equals(rc)) {
            return AccountOpeningResult.refused(rc);
        }
        String account = reply.text("ACCTRSP-ACCOUNT-NO");
        if (account == null || !ACCOUNT_NO.matcher(account).matches()) {
            throw new MalformedRecordException("ACCTRSP-ACCOUNT-NO: return code 00 without a valid account number ("
                    + (account == null ? 0 : account.length()) + " characters)");
        }
        LocalDate opened;
        try {
            opened = FixedWidthDates.parse(String.format("%08d", reply.integer("ACCTRSP-OPENED-DATE")), "ACCTRSP-OPENED-DATE");
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException(e.getMessage());
        }
        return AccountOpeningResult.opened(account, opened);
    }

    /** The value fitted to {@code maxBytes} of the code page (see {@link #toRecord(AccountOpeningOrder, Charset)}). */
    static String fit(String s, int maxBytes, Charset ccsid) {
        if (s == null) {
            return "";
        }
        CharsetEncoder encoder = ccsid.newEncoder();
        StringBuilder kept = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String c = Character.toString(cp);
            if (!encoder.canEncode(c)) {
                // fold an accent the code page lacks: the base letter of its decomposition
                c = MARKS.matcher(Normalizer.normalize(c, Normalizer.Form.NFD)).replaceAll("");
            }
            if (!c.isEmpty() && encoder.canEncode(c)) {
                kept.append(c);
            }
        });
        String value = kept.toString().strip();
        while (!value.isEmpty() && value.getBytes(ccsid).length > maxBytes) {
            value = value.substring(0, value.offsetByCodePoints(value.length(), -1)).strip();
        }
        return value;
    }
}

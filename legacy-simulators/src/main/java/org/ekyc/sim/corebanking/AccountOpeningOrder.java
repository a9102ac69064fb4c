package org.ekyc.sim.corebanking;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.List;
import org.ekyc.sim.record.Field;
import org.ekyc.sim.record.FixedRecord;
import org.ekyc.sim.record.RecordFormatException;

/**
 * An ACCTOPEN order as core banking's program reads it: 170 bytes at the offsets of
 * {@code copybooks/ACCTOPEN.cpy} (summarised in docs/layouts/mq-acctopen.md). Reading checks every
 * field, as the program's record validation would; the simulator answers an order it cannot read
 * with return code 90.
 *
 * @param birthDate       {@code PIC 9(8)} YYYYMMDD as a number
 * @param initialDeposit  {@code PIC S9(13)V99 COMP-3}
 * @param limits          the two {@code ACCTOPEN-LIMITS} occurrences
 */
public record AccountOpeningOrder(String caseId, String customerRef, String product, String surname,
        String givenNames, long birthDate, String riskTier, BigDecimal initialDeposit, String currency,
        List<Limit> limits) {

    public static final int LENGTH = 170;

    static final Field CASE_ID = new Field("ACCTOPEN-CASE-ID", 0, 36);
    static final Field CUSTOMER_REF = new Field("ACCTOPEN-CUSTOMER-REF", 36, 20);
    static final Field PRODUCT = new Field("ACCTOPEN-PRODUCT", 56, 10);
    static final Field SURNAME = new Field("ACCTOPEN-SURNAME", 66, 30);
    static final Field GIVEN_NAMES = new Field("ACCTOPEN-GIVEN-NAMES", 96, 30);
    static final Field BIRTH_DATE = new Field("ACCTOPEN-BIRTH-DATE", 126, 8);
    static final Field RISK_TIER = new Field("ACCTOPEN-RISK-TIER", 134, 8);
    static final Field INITIAL_DEPOSIT = new Field("ACCTOPEN-INITIAL-DEPOSIT", 142, 8, 2);
    static final Field CURRENCY = new Field("ACCTOPEN-CURRENCY", 150, 3);
    /** {@code ACCTOPEN-LIMITS OCCURS 2 TIMES}: 8 bytes each from offset 153, then one byte of filler. */
    static final int LIMITS_AT = 153;
    static final int LIMIT_SIZE = 8;
    static final int LIMIT_COUNT = 2;

    /** One {@code ACCTOPEN-LIMITS} occurrence: type {@code X(2)}, amount {@code S9(9)V99 COMP-3}. */
    public record Limit(String type, BigDecimal amount) {
    }

    public AccountOpeningOrder {
        limits = List.copyOf(limits);
        if (limits.size() != LIMIT_COUNT) {
            throw new IllegalArgumentException("ACCTOPEN-LIMITS occurs " + LIMIT_COUNT + " times, not " + limits.size());
        }
    }

    public static AccountOpeningOrder read(byte[] bytes, Charset charset) throws RecordFormatException {
        FixedRecord r = FixedRecord.read("ACCTOPEN", bytes, LENGTH, charset);
        Limit[] limits = new Limit[LIMIT_COUNT];
        for (int i = 0; i < LIMIT_COUNT; i++) {
            limits[i] = new Limit(r.text(limitType(i)), r.packed(limitAmount(i)));
        }
        return new AccountOpeningOrder(r.text(CASE_ID), r.text(CUSTOMER_REF), r.text(PRODUCT), r.text(SURNAME),
                r.text(GIVEN_NAMES), r.zoned(BIRTH_DATE), r.text(RISK_TIER), r.packed(INITIAL_DEPOSIT),
                r.text(CURRENCY), List.of(limits));
    }

    public byte[] write(Charset charset) {
        FixedRecord r = FixedRecord.blank(LENGTH, charset)
                .text(CASE_ID, caseId).text(CUSTOMER_REF, customerRef).text(PRODUCT, product)
                .text(SURNAME, surname).text(GIVEN_NAMES, givenNames).zoned(BIRTH_DATE, birthDate)
                .text(RISK_TIER, riskTier).packed(INITIAL_DEPOSIT, initialDeposit).text(CURRENCY, currency);
        for (int i = 0; i < LIMIT_COUNT; i++) {
            r.text(limitType(i), limits.get(i).type()).packed(limitAmount(i), limits.get(i).amount());
        }
        return r.bytes();
    }

    private static Field limitType(int i) {
        return new Field("ACCTOPEN-LIMIT-TYPE(" + (i + 1) + ")", LIMITS_AT + i * LIMIT_SIZE, 2);
    }

    private static Field limitAmount(int i) {
        return new Field("ACCTOPEN-LIMIT-AMOUNT(" + (i + 1) + ")", LIMITS_AT + i * LIMIT_SIZE + 2, 6, 2);
    }
}

package org.ekyc.sim.corebanking;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import org.ekyc.sim.record.Field;
import org.ekyc.sim.record.FixedRecord;
import org.ekyc.sim.record.RecordFormatException;

/**
 * An ACCTRSP reply as core banking's program writes it: 80 bytes at the offsets of
 * {@code copybooks/ACCTRSP.cpy} (summarised in docs/layouts/mq-acctopen.md), the filler in spaces.
 *
 * @param returnCode  {@code PIC 9(2)}: 0 opened, anything else not opened
 * @param openedDate  {@code PIC 9(8)} YYYYMMDD as a number, 0 when nothing was opened
 * @param balance     {@code PIC S9(13)V99 COMP-3}
 */
public record AccountOpeningReply(String caseId, int returnCode, String accountNo, long openedDate, BigDecimal balance) {

    public static final int LENGTH = 80;

    static final Field CASE_ID = new Field("ACCTRSP-CASE-ID", 0, 36);
    static final Field RETURN_CODE = new Field("ACCTRSP-RETURN-CODE", 36, 2);
    static final Field ACCOUNT_NO = new Field("ACCTRSP-ACCOUNT-NO", 38, 14);
    static final Field OPENED_DATE = new Field("ACCTRSP-OPENED-DATE", 52, 8);
    static final Field BALANCE = new Field("ACCTRSP-BALANCE", 60, 8, 2);

    public static AccountOpeningReply read(byte[] bytes, Charset charset) throws RecordFormatException {
        FixedRecord r = FixedRecord.read("ACCTRSP", bytes, LENGTH, charset);
        return new AccountOpeningReply(r.text(CASE_ID), (int) r.zoned(RETURN_CODE), r.text(ACCOUNT_NO),
                r.zoned(OPENED_DATE), r.packed(BALANCE));
    }

    public byte[] write(Charset charset) {
        return FixedRecord.blank(LENGTH, charset)
                .text(CASE_ID, caseId).zoned(RETURN_CODE, returnCode).text(ACCOUNT_NO, accountNo)
                .zoned(OPENED_DATE, openedDate).packed(BALANCE, balance)
                .bytes();
    }
}

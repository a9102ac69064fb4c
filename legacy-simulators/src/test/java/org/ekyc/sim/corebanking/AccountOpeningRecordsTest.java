package org.ekyc.sim.corebanking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.HexFormat;
import java.util.List;
import org.ekyc.sim.corebanking.AccountOpeningOrder.Limit;
import org.ekyc.sim.record.RecordFormatException;
import org.junit.jupiter.api.Test;

/** ACCTOPEN and ACCTRSP against literal CCSID 933 records laid out as in docs/layouts/mq-acctopen.md. */
class AccountOpeningRecordsTest {

    private static final Charset CCSID_933 = Charset.forName("x-IBM933");
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    /** 0d6b1f5e-8c53-4d1e-9a0e-3f1f2b9c7a11 (36 bytes). */
    private static final String CASE_ID_HEX = "F084F682F186F58560F883F5F360F484F18560F981F08560F386F186F282F983F781F1F1";
    private static final String CASE_ID = "0d6b1f5e-8c53-4d1e-9a0e-3f1f2b9c7a11";

    private static String spaces(int n) {
        return "40".repeat(n);
    }

    private static final String ACCTOPEN = CASE_ID_HEX
            + "C3C9C6F0F0F0F0F0F1F2F3F4F5" + spaces(7)      // CUSTOMER-REF CIF0000012345
            + "C1C3C3D6E4D5E3" + spaces(3)                  // PRODUCT ACCOUNT
            + "D5C7E4E8C5D5" + spaces(24)                   // SURNAME NGUYEN
            + "E5C1D540C1D5" + spaces(24)                   // GIVEN-NAMES VAN AN
            + "F1F9F9F4F0F3F1F7"                            // BIRTH-DATE 19940317
            + "C5D5C8C1D5C3C5C4"                            // RISK-TIER ENHANCED
            + "000000000000000C"                            // INITIAL-DEPOSIT +0.00
            + "D2D9E6"                                      // CURRENCY KRW
            + "E6C4" + "00100000000C"                       // LIMIT(1) WD 1,000,000.00
            + "E3D9" + "00100000000C"                       // LIMIT(2) TR 1,000,000.00
            + spaces(1);                                    // FILLER

    private static final String ACCTRSP_OPENED = CASE_ID_HEX
            + "F0F0"                                        // RETURN-CODE 00
            + "F9F9F9F0F0F0F1F2F3F4F5F6F7F8"                // ACCOUNT-NO 99900012345678
            + "F2F0F2F6F1F1F2F3"                            // OPENED-DATE 20261123
            + "000000000000000C"                            // BALANCE +0.00
            + spaces(12);                                   // FILLER

    private static final AccountOpeningOrder ORDER = new AccountOpeningOrder(CASE_ID, "CIF0000012345", "ACCOUNT",
            "NGUYEN", "VAN AN", 19940317, "ENHANCED", new BigDecimal("0.00"), "KRW",
            List.of(new Limit("WD", new BigDecimal("1000000.00")), new Limit("TR", new BigDecimal("1000000.00"))));

    @Test
    void anAcctopenRecordIsReadFieldByField() throws Exception {
        assertThat(HEX.parseHex(ACCTOPEN)).hasSize(AccountOpeningOrder.LENGTH);
        assertThat(AccountOpeningOrder.read(HEX.parseHex(ACCTOPEN), CCSID_933)).isEqualTo(ORDER);
    }

    @Test
    void anAcctopenRecordIsWrittenByteForByte() {
        assertThat(HEX.formatHex(ORDER.write(CCSID_933))).isEqualTo(ACCTOPEN);
    }

    @Test
    void anAcctrspRecordIsWrittenAndReadByteForByte() throws Exception {
        AccountOpeningReply opened = new AccountOpeningReply(CASE_ID, 0, "99900012345678", 20261123, new BigDecimal("0.00"));
        assertThat(HEX.parseHex(ACCTRSP_OPENED)).hasSize(AccountOpeningReply.LENGTH);
        assertThat(HEX.formatHex(opened.write(CCSID_933))).isEqualTo(ACCTRSP_OPENED);
        assertThat(AccountOpeningReply.read(HEX.parseHex(ACCTRSP_OPENED), CCSID_933)).isEqualTo(opened);
    }

    @Test
    void aRefusalHasNoAccountAndAZeroDate() {
        AccountOpeningReply refused = new AccountOpeningReply(CASE_ID, 12, "", 0, BigDecimal.ZERO);
        assertThat(HEX.formatHex(refused.write(CCSID_933))).isEqualTo(CASE_ID_HEX
                + "F1F2" + spaces(14) + "F0F0F0F0F0F0F0F0" + "000000000000000C" + spaces(12));
    }

    @Test
    void recordsOfTheWrongLengthOrWithABadFieldAreRefused() {
        byte[] shortOrder = HEX.parseHex(ACCTOPEN.substring(2));
        assertThatThrownBy(() -> AccountOpeningOrder.read(shortOrder, CCSID_933))
                .isInstanceOf(RecordFormatException.class).hasMessageContaining("169 bytes");
        byte[] longReply = HEX.parseHex(ACCTRSP_OPENED + "40");
        assertThatThrownBy(() -> AccountOpeningReply.read(longReply, CCSID_933))
                .isInstanceOf(RecordFormatException.class).hasMessageContaining("81 bytes");
        // a space in the zoned BIRTH-DATE (offset 126)
        byte[] badDate = HEX.parseHex(ACCTOPEN);
        badDate[130] = 0x40;
        assertThatThrownBy(() -> AccountOpeningOrder.read(badDate, CCSID_933))
                .isInstanceOf(RecordFormatException.class)
                .hasMessageStartingWith("ACCTOPEN-BIRTH-DATE at offset 130");
    }
}

package org.ekyc.hub.adapter.corebanking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Collectors;
import org.ekyc.hub.adapter.copybook.CopybookCodec;
import org.ekyc.hub.adapter.fixedformat.MalformedRecordException;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningOrder;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningResult;
import org.junit.jupiter.api.Test;

/** ACCTOPEN and ACCTRSP as core banking's COBOL program sees them: literal EBCDIC records. */
class AccountOpeningRecordMapperTest {

    private static final Charset CCSID_933 = Charset.forName("x-IBM933");
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final String CASE = "0d6b1f5e-8c53-4d1e-9a0e-3f1f2b9c7a11";
    private final CopybookCodec orders = new CopybookCodec(AccountOpeningRecordMapper.ACCTOPEN, CCSID_933);
    private final CopybookCodec replies = new CopybookCodec(AccountOpeningRecordMapper.ACCTRSP, CCSID_933);

    private static byte[] fixture(String name) throws Exception {
        return HEX.parseHex(Files.readAllLines(Path.of("src/test/resources/corebanking/" + name)).stream()
                .filter(l -> !l.startsWith("#")).collect(Collectors.joining()));
    }

    @Test
    void theCopybooksHaveTheDocumentedLengths() {
        assertThat(AccountOpeningRecordMapper.ACCTOPEN.recordLength()).isEqualTo(170);
        assertThat(AccountOpeningRecordMapper.ACCTRSP.recordLength()).isEqualTo(80);
    }

    @Test
    void anOrderBecomesTheAcctopenRecordByteForByte() throws Exception {
        AccountOpeningOrder order = new AccountOpeningOrder(CASE, "CIF0000012345", "ACCOUNT", "NGUYEN", "VAN AN",
                LocalDate.of(1994, 3, 17), "ENHANCED", 1);
        byte[] record = orders.encode(AccountOpeningRecordMapper.toRecord(order));
        assertThat(HEX.formatHex(record)).isEqualTo(HEX.formatHex(fixture("acctopen-ccsid933.hex")));
    }

    @Test
    void namesLongerThanTheirFieldAreCutNotRefused() {
        AccountOpeningOrder order = new AccountOpeningOrder(CASE, null, "ACCOUNT", "X".repeat(40), null,
                LocalDate.of(1994, 3, 17), null, 1);
        byte[] record = orders.encode(AccountOpeningRecordMapper.toRecord(order));
        assertThat(record).hasSize(170);
        assertThat(Arrays.copyOfRange(record, 66, 96)).containsOnly((byte) 0xE7); // 30 × 'X'
    }

    @Test
    void everyNameAnApprovedCaseCanHoldFitsItsFieldInBytes() {
        // 15 Hangul syllables (a batch surname) are 30 bytes + shift-out/in: 14 fit; accents CCSID 933 lacks are
        // folded; 16 double-byte Latin letters are cut to what fits; the order is always built
        for (String[] names : new String[][] {{"김이박최정강조윤장임한오서신황", "응우옌"}, {"HÉLÈNE", "ÉLODIE MARIE"},
                {"ØØØØØØØØØØØØØØØØ", "ÅSA"}}) {
            AccountOpeningOrder order = new AccountOpeningOrder(CASE, "CIF0000012345", "ACCOUNT", names[0], names[1],
                    LocalDate.of(1994, 3, 17), "STANDARD", 1);
            byte[] record = orders.encode(AccountOpeningRecordMapper.toRecord(order));
            assertThat(record).hasSize(170);
        }
        java.nio.charset.Charset ccsid = java.nio.charset.Charset.forName("x-IBM933");
        assertThat(AccountOpeningRecordMapper.fit("김이박최정강조윤장임한오서신황", 30, ccsid)).isEqualTo("김이박최정강조윤장임한오서신");
        assertThat(AccountOpeningRecordMapper.fit("HÉLÈNE", 30, ccsid).getBytes(ccsid).length).isLessThanOrEqualTo(30);
        assertThat(AccountOpeningRecordMapper.fit("NGUYEN", 30, ccsid)).isEqualTo("NGUYEN");
    }

    @Test
    void anOpenedReplyGivesTheAccountAndTheDate() throws Exception {
        AccountOpeningResult r = AccountOpeningRecordMapper.fromReply(replies.decode(fixture("acctrsp-opened-ccsid933.hex")), CASE);
        assertThat(r.outcome()).isEqualTo(AccountOpeningResult.Outcome.OPENED);
        assertThat(r.accountNumber()).isEqualTo("99900012345678");
        assertThat(r.openedDate()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(r.returnCode()).isEqualTo("00");
        assertThat(r.toString()).doesNotContain("99900012345678");
    }

    @Test
    void anyOtherReturnCodeIsARefusal() throws Exception {
        AccountOpeningResult r = AccountOpeningRecordMapper.fromReply(replies.decode(fixture("acctrsp-refused-ccsid933.hex")), CASE);
        assertThat(r.outcome()).isEqualTo(AccountOpeningResult.Outcome.REFUSED);
        assertThat(r.returnCode()).isEqualTo("12");
    }

    @Test
    void aReplyForAnotherCaseIsMalformed() throws Exception {
        byte[] reply = fixture("acctrsp-opened-ccsid933.hex");
        assertThatThrownBy(() -> AccountOpeningRecordMapper.fromReply(replies.decode(reply),
                "11111111-2222-3333-4444-555555555555"))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("ACCTRSP-CASE-ID");
    }

    @Test
    void aShortOrGarbledReplyIsMalformedAndNeverShowsTheAccount() throws Exception {
        byte[] reply = fixture("acctrsp-opened-ccsid933.hex");
        assertThatThrownBy(() -> replies.decode(Arrays.copyOf(reply, 40)))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("record length 40");
        byte[] badRc = reply.clone();
        badRc[36] = (byte) 0xC1; // 'A' in PIC 9(2)
        assertThatThrownBy(() -> replies.decode(badRc)).isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("ACCTRSP-RETURN-CODE");
        byte[] noDate = reply.clone();
        Arrays.fill(noDate, 52, 60, (byte) 0xF0);
        assertThatThrownBy(() -> AccountOpeningRecordMapper.fromReply(replies.decode(noDate), CASE))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("ACCTRSP-OPENED-DATE");
        byte[] noAccount = reply.clone();
        Arrays.fill(noAccount, 38, 52, (byte) 0x40);
        assertThatThrownBy(() -> AccountOpeningRecordMapper.fromReply(replies.decode(noAccount), CASE))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("ACCTRSP-ACCOUNT-NO")
                .hasMessageNotContaining("99900012345678");
    }
}

package org.ekyc.hub.adapter.corebanking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ekyc.hub.adapter.copybook.CopybookCodec;
import org.ekyc.hub.adapter.copybook.CopybookRecord;
import org.ekyc.hub.adapter.fixedformat.MalformedRecordException;
import org.ekyc.sim.corebanking.AccountOpeningOrder;
import org.ekyc.sim.corebanking.AccountOpeningOrder.Limit;
import org.ekyc.sim.admin.SimulatorFaults;
import org.ekyc.sim.corebanking.AccountOpeningReply;
import org.ekyc.sim.corebanking.SyntheticCoreBanking;
import org.ekyc.sim.record.Field;
import org.ekyc.sim.record.FixedRecord;
import org.ekyc.sim.record.RecordFormatException;
import org.junit.jupiter.api.Test;

/**
 * The hub's copybook codec and the simulators' own record codec (written separately from the layout
 * pages) against each other: what one writes the other reads, byte for byte, in CCSID 933 with
 * Hangul, and both refuse the same broken records. Synthetic data only.
 */
class SimulatorRecordCodecAgreementTest {

    private static final Charset CCSID_933 = Charset.forName("x-IBM933");
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final String CASE_ID = "7c1e4a2b-0000-4000-8000-00000000aa01";

    private final CopybookCodec acctopen = new CopybookCodec(AccountOpeningRecordMapper.ACCTOPEN, CCSID_933);
    private final CopybookCodec acctrsp = new CopybookCodec(AccountOpeningRecordMapper.ACCTRSP, CCSID_933);
    private final CopybookCodec kycreq = new CopybookCodec(CoreBankingRecordMapper.KYCREQ, CCSID_933);

    // KYCREQ as the simulators' record code lays it out from docs/layouts/mq-kycreq.md
    private static final Field REQ_TYPE = new Field("KYCREQ-REQ-TYPE", 0, 4);
    private static final Field CUSTOMER_REF = new Field("KYCREQ-CUSTOMER-REF", 4, 20);
    private static final Field REQ_SEQ = new Field("KYCREQ-REQ-SEQ", 24, 5, 0);
    private static final Field SURNAME = new Field("KYCREQ-SURNAME", 29, 30);
    private static final Field GIVEN_NAMES = new Field("KYCREQ-GIVEN-NAMES", 59, 30);
    private static final Field HANGUL_NAME = new Field("KYCREQ-HANGUL-NAME", 89, 40);
    private static final Field NATIONALITY = new Field("KYCREQ-NATIONALITY", 129, 3);
    private static final Field BIRTH_DATE = new Field("KYCREQ-BIRTH-DATE", 132, 8);
    private static final Field PRODUCT = new Field("KYCREQ-PRODUCT", 140, 10);
    private static final Field REGISTRATION_NO = new Field("KYCREQ-REGISTRATION-NO", 150, 13);
    private static final Field RESIDENCE_COUNTRY = new Field("KYCREQ-RESIDENCE-COUNTRY", 163, 3);
    private static final int KYCREQ_LENGTH = 173;

    private static final AccountOpeningOrder ORDER = new AccountOpeningOrder(CASE_ID, "CIF0000077001", "ACCOUNT",
            "PHAM", "하늘 THI HA", 19970811, "STANDARD", new BigDecimal("0.00"), "KRW",
            List.of(new Limit("WD", new BigDecimal("1000000.00")), new Limit("TR", new BigDecimal("-12.34"))));

    private static Map<String, Object> orderValues() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("ACCTOPEN-CASE-ID", CASE_ID);
        v.put("ACCTOPEN-CUSTOMER-REF", "CIF0000077001");
        v.put("ACCTOPEN-PRODUCT", "ACCOUNT");
        v.put("ACCTOPEN-SURNAME", "PHAM");
        v.put("ACCTOPEN-GIVEN-NAMES", "하늘 THI HA");
        v.put("ACCTOPEN-BIRTH-DATE", "19970811");
        v.put("ACCTOPEN-RISK-TIER", "STANDARD");
        v.put("ACCTOPEN-INITIAL-DEPOSIT", BigDecimal.ZERO);
        v.put("ACCTOPEN-CURRENCY", "KRW");
        v.put("ACCTOPEN-LIMIT-TYPE(1)", "WD");
        v.put("ACCTOPEN-LIMIT-AMOUNT(1)", new BigDecimal("1000000.00"));
        v.put("ACCTOPEN-LIMIT-TYPE(2)", "TR");
        v.put("ACCTOPEN-LIMIT-AMOUNT(2)", new BigDecimal("-12.34"));
        return v;
    }

    @Test
    void anAcctopenWrittenByTheHubIsTheOrderTheSimulatorReads() throws Exception {
        byte[] hub = acctopen.encode(orderValues());
        assertThat(AccountOpeningOrder.read(hub, CCSID_933)).isEqualTo(ORDER);
        assertThat(HEX.formatHex(ORDER.write(CCSID_933))).isEqualTo(HEX.formatHex(hub));
    }

    @Test
    void anAcctopenWrittenByTheSimulatorIsReadByTheHub() throws Exception {
        CopybookRecord r = acctopen.decode(ORDER.write(CCSID_933));
        assertThat(r.text("ACCTOPEN-CASE-ID")).isEqualTo(CASE_ID);
        assertThat(r.text("ACCTOPEN-CUSTOMER-REF")).isEqualTo("CIF0000077001");
        assertThat(r.text("ACCTOPEN-SURNAME")).isEqualTo("PHAM");
        assertThat(r.text("ACCTOPEN-GIVEN-NAMES")).isEqualTo("하늘 THI HA");
        assertThat(r.integer("ACCTOPEN-BIRTH-DATE")).isEqualTo(19970811L);
        assertThat(r.text("ACCTOPEN-RISK-TIER")).isEqualTo("STANDARD");
        assertThat(r.decimal("ACCTOPEN-INITIAL-DEPOSIT")).isEqualByComparingTo("0");
        assertThat(r.text("ACCTOPEN-CURRENCY")).isEqualTo("KRW");
        assertThat(r.text("ACCTOPEN-LIMIT-TYPE(1)")).isEqualTo("WD");
        assertThat(r.decimal("ACCTOPEN-LIMIT-AMOUNT(1)")).isEqualByComparingTo("1000000.00");
        assertThat(r.text("ACCTOPEN-LIMIT-TYPE(2)")).isEqualTo("TR");
        assertThat(r.decimal("ACCTOPEN-LIMIT-AMOUNT(2)")).isEqualByComparingTo("-12.34");
    }

    @Test
    void anAcctrspWrittenByTheSimulatorIsReadByTheHubAndBack() throws Exception {
        for (AccountOpeningReply reply : List.of(
                new AccountOpeningReply(CASE_ID, 0, "99931415926535", 20261203, new BigDecimal("0.00")),
                new AccountOpeningReply(CASE_ID, 12, "", 0, new BigDecimal("0.00")),
                new AccountOpeningReply("", 90, "", 0, new BigDecimal("-1.50")))) {
            byte[] sim = reply.write(CCSID_933);
            CopybookRecord r = acctrsp.decode(sim);
            assertThat(r.text("ACCTRSP-CASE-ID")).isEqualTo(reply.caseId());
            assertThat(r.integer("ACCTRSP-RETURN-CODE")).isEqualTo(reply.returnCode());
            assertThat(r.text("ACCTRSP-ACCOUNT-NO")).isEqualTo(reply.accountNo());
            assertThat(r.integer("ACCTRSP-OPENED-DATE")).isEqualTo(reply.openedDate());
            assertThat(r.decimal("ACCTRSP-BALANCE")).isEqualByComparingTo(reply.balance());

            Map<String, Object> v = new LinkedHashMap<>();
            v.put("ACCTRSP-CASE-ID", reply.caseId());
            v.put("ACCTRSP-RETURN-CODE", String.format("%02d", reply.returnCode()));
            v.put("ACCTRSP-ACCOUNT-NO", reply.accountNo());
            v.put("ACCTRSP-OPENED-DATE", String.format("%08d", reply.openedDate()));
            v.put("ACCTRSP-BALANCE", reply.balance());
            byte[] hub = acctrsp.encode(v);
            assertThat(HEX.formatHex(hub)).isEqualTo(HEX.formatHex(sim));
            assertThat(AccountOpeningReply.read(hub, CCSID_933)).isEqualTo(reply);
        }
    }

    @Test
    void aKycreqWithAHangulNameReadsTheSameOnBothSides() throws Exception {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("KYCREQ-REQ-TYPE", "OPEN");
        v.put("KYCREQ-CUSTOMER-REF", "CIF0000077002");
        v.put("KYCREQ-REQ-SEQ", new BigDecimal("4711"));
        v.put("KYCREQ-SURNAME", "TRAN");
        v.put("KYCREQ-GIVEN-NAMES", "VAN MINH");
        v.put("KYCREQ-HANGUL-NAME", "쩐 반 민");
        v.put("KYCREQ-NATIONALITY", "VNM");
        v.put("KYCREQ-BIRTH-DATE", "19881224");
        v.put("KYCREQ-PRODUCT", "ACCOUNT");
        v.put("KYCREQ-REGISTRATION-NO", "8812245000001");
        v.put("KYCREQ-RESIDENCE-COUNTRY", "KOR");
        byte[] hub = kycreq.encode(v);

        byte[] sim = FixedRecord.blank(KYCREQ_LENGTH, CCSID_933)
                .text(REQ_TYPE, "OPEN").text(CUSTOMER_REF, "CIF0000077002").packed(REQ_SEQ, new BigDecimal("4711"))
                .text(SURNAME, "TRAN").text(GIVEN_NAMES, "VAN MINH").text(HANGUL_NAME, "쩐 반 민")
                .text(NATIONALITY, "VNM").zoned(BIRTH_DATE, 19881224).text(PRODUCT, "ACCOUNT")
                .text(REGISTRATION_NO, "8812245000001").text(RESIDENCE_COUNTRY, "KOR")
                .bytes();
        assertThat(HEX.formatHex(sim)).isEqualTo(HEX.formatHex(hub));

        FixedRecord read = FixedRecord.read("KYCREQ", hub, KYCREQ_LENGTH, CCSID_933);
        assertThat(read.text(HANGUL_NAME)).isEqualTo("쩐 반 민");
        assertThat(read.packed(REQ_SEQ)).isEqualByComparingTo("4711");
        assertThat(read.zoned(BIRTH_DATE)).isEqualTo(19881224L);
        CopybookRecord r = kycreq.decode(sim);
        assertThat(r.text("KYCREQ-HANGUL-NAME")).isEqualTo("쩐 반 민");
        assertThat(r.decimal("KYCREQ-REQ-SEQ")).isEqualByComparingTo("4711");
        assertThat(r.text("KYCREQ-RESIDENCE-COUNTRY")).isEqualTo("KOR");
    }

    @Test
    void bothRefuseTheSameBrokenOrders() {
        byte[] good = ORDER.write(CCSID_933);
        bothRefuse(Arrays.copyOf(good, good.length - 1), "one byte short");
        bothRefuse(Arrays.copyOf(good, good.length + 1), "one byte long");
        bothRefuse(with(good, b -> b[127] = 0x40), "a space in the zoned BIRTH-DATE");
        bothRefuse(with(good, b -> b[149] = 0x05), "a digit in the sign nibble of INITIAL-DEPOSIT");
        bothRefuse(with(good, b -> b[142] = (byte) 0xB0), "a digit nibble above 9 in INITIAL-DEPOSIT");
        // GIVEN-NAMES (offset 96): SO and one Hangul character to the end of the field, no SI
        bothRefuse(with(good, b -> {
            b[96] = 0x0E;
            for (int i = 97; i < 126; i += 2) {
                b[i] = (byte) 0xB7;
                b[i + 1] = 0x77;
            }
        }), "a double-byte run not closed in GIVEN-NAMES");
    }

    @Test
    void theSimulatedBanksRepliesReadTheSameOnBothSidesAndItsGarbledReplyIsRefusedByTheHub() throws Exception {
        SyntheticCoreBanking bank = new SyntheticCoreBanking(CCSID_933);
        String caseId = "7c1e4a2b-0000-4000-8000-00000000aa02";
        byte[] order = new AccountOpeningOrder(caseId, "", "ACCOUNT", "KIM", "하늘", 19990101, "STANDARD",
                BigDecimal.ZERO, "KRW", ORDER.limits()).write(CCSID_933);
        byte[] opened = bank.answer(order, SimulatorFaults.Mode.OK, LocalDate.of(2026, 12, 3));
        CopybookRecord r = acctrsp.decode(opened);
        assertThat(r.text("ACCTRSP-CASE-ID")).isEqualTo(caseId);
        assertThat(r.integer("ACCTRSP-RETURN-CODE")).isZero();
        assertThat(r.text("ACCTRSP-ACCOUNT-NO")).isEqualTo(AccountOpeningReply.read(opened, CCSID_933).accountNo());
        assertThat(r.integer("ACCTRSP-OPENED-DATE")).isEqualTo(20261203L);

        byte[] garbled = bank.answer(order, SimulatorFaults.Mode.GARBLED, LocalDate.of(2026, 12, 3));
        assertThatThrownBy(() -> {
            if (!caseId.equals(acctrsp.decode(garbled).text("ACCTRSP-CASE-ID"))) {
                throw new MalformedRecordException("another case");
            }
        }).isInstanceOf(MalformedRecordException.class);
    }

    private void bothRefuse(byte[] order, String what) {
        assertThatThrownBy(() -> acctopen.decode(order)).as("hub: " + what).isInstanceOf(MalformedRecordException.class);
        assertThatThrownBy(() -> AccountOpeningOrder.read(order, CCSID_933)).as("simulator: " + what)
                .isInstanceOf(RecordFormatException.class);
    }

    private static byte[] with(byte[] record, Consumer<byte[]> change) {
        byte[] b = record.clone();
        change.accept(b);
        return b;
    }
}

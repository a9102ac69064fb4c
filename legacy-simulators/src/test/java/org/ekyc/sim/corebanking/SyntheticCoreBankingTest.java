package org.ekyc.sim.corebanking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import org.ekyc.hub.adapter.copybook.CopybookCodec;
import org.ekyc.hub.adapter.copybook.CopybookRecord;
import org.ekyc.hub.adapter.fixedformat.MalformedRecordException;
import org.ekyc.sim.admin.SimulatorFaults.Mode;
import org.junit.jupiter.api.Test;

class SyntheticCoreBankingTest {

    private static final Charset CCSID_933 = Charset.forName("x-IBM933");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final SyntheticCoreBanking bank = new SyntheticCoreBanking(CCSID_933);
    private final CopybookCodec replies = new CopybookCodec(SyntheticCoreBanking.ACCTRSP, CCSID_933);

    private static byte[] order(String caseId) {
        return new CopybookCodec(SyntheticCoreBanking.ACCTOPEN, CCSID_933).encode(Map.of(
                "ACCTOPEN-CASE-ID", caseId, "ACCTOPEN-PRODUCT", "ACCOUNT", "ACCTOPEN-SURNAME", "NGUYEN",
                "ACCTOPEN-BIRTH-DATE", "19940317", "ACCTOPEN-CURRENCY", "KRW"));
    }

    @Test
    void anOrderOpensASyntheticAccountAndARepeatedOrderGetsTheSameOne() throws Exception {
        String caseId = "5f0c2a7e-1111-4222-8333-000000000001";
        CopybookRecord first = replies.decode(bank.answer(order(caseId), Mode.OK, TODAY));
        assertThat(first.text("ACCTRSP-CASE-ID")).isEqualTo(caseId);
        assertThat(first.integer("ACCTRSP-RETURN-CODE")).isZero();
        assertThat(first.text("ACCTRSP-ACCOUNT-NO")).hasSize(14).startsWith("999");
        assertThat(first.decimal("ACCTRSP-OPENED-DATE")).isEqualByComparingTo(new BigDecimal("20261123"));
        CopybookRecord again = replies.decode(bank.answer(order(caseId), Mode.OK, TODAY.plusDays(1)));
        assertThat(again.text("ACCTRSP-ACCOUNT-NO")).isEqualTo(first.text("ACCTRSP-ACCOUNT-NO"));
        assertThat(again.decimal("ACCTRSP-OPENED-DATE")).isEqualByComparingTo(new BigDecimal("20261123"));
        assertThat(SyntheticCoreBanking.orders(caseId)).isEqualTo(2);
    }

    @Test
    void aLostReplyStillOpensTheAccountSoTheRetryGetsIt() throws Exception {
        String caseId = "5f0c2a7e-1111-4222-8333-000000000002";
        assertThat(bank.answer(order(caseId), Mode.NO_REPLY, TODAY)).isNull();
        assertThat(SyntheticCoreBanking.account(caseId)).isNotNull();
        CopybookRecord retry = replies.decode(bank.answer(order(caseId), Mode.OK, TODAY));
        assertThat(retry.text("ACCTRSP-ACCOUNT-NO")).isEqualTo(SyntheticCoreBanking.account(caseId).number());
    }

    @Test
    void refusedOrdersOpenNothing() throws Exception {
        String caseId = "5f0c2a7e-1111-4222-8333-000000000003";
        CopybookRecord r = replies.decode(bank.answer(order(caseId), Mode.REFUSE, TODAY));
        assertThat(String.format("%02d", r.integer("ACCTRSP-RETURN-CODE"))).isEqualTo("12");
        assertThat(r.text("ACCTRSP-ACCOUNT-NO")).isEmpty();
        assertThat(SyntheticCoreBanking.account(caseId)).isNull();
    }

    @Test
    void aGarbledReplyIsNotReadableAsEbcdicForThisCase() {
        String caseId = "5f0c2a7e-1111-4222-8333-000000000004";
        byte[] garbled = bank.answer(order(caseId), Mode.GARBLED, TODAY);
        assertThat(garbled).hasSize(80);
        assertThat(HexFormat.of().formatHex(garbled, 0, 2)).isEqualTo("3566"); // '5f' in ASCII, not EBCDIC
        assertThatThrownBy(() -> {
            CopybookRecord r = replies.decode(garbled);
            if (!caseId.equals(r.text("ACCTRSP-CASE-ID"))) {
                throw new MalformedRecordException("another case");
            }
        }).isInstanceOf(MalformedRecordException.class);
    }

    @Test
    void accountNumbersFollowFromTheCaseId() {
        assertThat(SyntheticCoreBanking.accountNumber("a")).isEqualTo(SyntheticCoreBanking.accountNumber("a"))
                .matches("999\\d{11}");
        assertThat(SyntheticCoreBanking.accountNumber("a")).isNotEqualTo(SyntheticCoreBanking.accountNumber("b"));
    }
}

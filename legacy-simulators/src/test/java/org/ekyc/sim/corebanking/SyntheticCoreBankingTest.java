package org.ekyc.sim.corebanking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.ekyc.sim.admin.SimulatorFaults.Mode;
import org.ekyc.sim.record.RecordFormatException;
import org.junit.jupiter.api.Test;

class SyntheticCoreBankingTest {

    private static final Charset CCSID_933 = Charset.forName("x-IBM933");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final SyntheticCoreBanking bank = new SyntheticCoreBanking(CCSID_933);

    private static byte[] order(String caseId) {
        return new AccountOpeningOrder(caseId, "", "ACCOUNT", "NGUYEN", "", 19940317, "", BigDecimal.ZERO, "KRW",
                List.of(new AccountOpeningOrder.Limit("", BigDecimal.ZERO), new AccountOpeningOrder.Limit("", BigDecimal.ZERO)))
                .write(CCSID_933);
    }

    private static AccountOpeningReply reply(byte[] bytes) throws RecordFormatException {
        return AccountOpeningReply.read(bytes, CCSID_933);
    }

    @Test
    void anOrderOpensASyntheticAccountAndARepeatedOrderGetsTheSameOne() throws Exception {
        String caseId = "5f0c2a7e-1111-4222-8333-000000000001";
        AccountOpeningReply first = reply(bank.answer(order(caseId), Mode.OK, TODAY));
        assertThat(first.caseId()).isEqualTo(caseId);
        assertThat(first.returnCode()).isZero();
        assertThat(first.accountNo()).hasSize(14).startsWith("999");
        assertThat(BigDecimal.valueOf(first.openedDate())).isEqualByComparingTo(new BigDecimal("20261123"));
        AccountOpeningReply again = reply(bank.answer(order(caseId), Mode.OK, TODAY.plusDays(1)));
        assertThat(again.accountNo()).isEqualTo(first.accountNo());
        assertThat(BigDecimal.valueOf(again.openedDate())).isEqualByComparingTo(new BigDecimal("20261123"));
        assertThat(SyntheticCoreBanking.orders(caseId)).isEqualTo(2);
    }

    @Test
    void aLostReplyStillOpensTheAccountSoTheRetryGetsIt() throws Exception {
        String caseId = "5f0c2a7e-1111-4222-8333-000000000002";
        assertThat(bank.answer(order(caseId), Mode.NO_REPLY, TODAY)).isNull();
        assertThat(SyntheticCoreBanking.account(caseId)).isNotNull();
        AccountOpeningReply retry = reply(bank.answer(order(caseId), Mode.OK, TODAY));
        assertThat(retry.accountNo()).isEqualTo(SyntheticCoreBanking.account(caseId).number());
    }

    @Test
    void refusedOrdersOpenNothing() throws Exception {
        String caseId = "5f0c2a7e-1111-4222-8333-000000000003";
        AccountOpeningReply r = reply(bank.answer(order(caseId), Mode.REFUSE, TODAY));
        assertThat(String.format("%02d", r.returnCode())).isEqualTo("12");
        assertThat(r.accountNo()).isEmpty();
        assertThat(SyntheticCoreBanking.account(caseId)).isNull();
    }

    @Test
    void aGarbledReplyIsNotReadableAsEbcdicForThisCase() {
        String caseId = "5f0c2a7e-1111-4222-8333-000000000004";
        byte[] garbled = bank.answer(order(caseId), Mode.GARBLED, TODAY);
        assertThat(garbled).hasSize(80);
        assertThat(HexFormat.of().formatHex(garbled, 0, 2)).isEqualTo("3566"); // '5f' in ASCII, not EBCDIC
        assertThatThrownBy(() -> {
            AccountOpeningReply r = reply(garbled);
            if (!caseId.equals(r.caseId())) {
                throw new RecordFormatException("ACCTRSP-CASE-ID", 0, "another case");
            }
        }).isInstanceOf(RecordFormatException.class);
    }

    @Test
    void anOrderOfTheWrongLengthIsAnsweredWithReturnCode90AndOpensNothing() throws Exception {
        String caseId = "5f0c2a7e-1111-4222-8333-000000000005";
        byte[] order = order(caseId);
        AccountOpeningReply r = reply(bank.answer(Arrays.copyOf(order, order.length - 1), Mode.OK, TODAY));
        assertThat(r.returnCode()).isEqualTo(90);
        assertThat(r.caseId()).isEmpty();
        assertThat(r.accountNo()).isEmpty();
        assertThat(SyntheticCoreBanking.account(caseId)).isNull();
        assertThat(SyntheticCoreBanking.orders(caseId)).isZero();
    }

    @Test
    void accountNumbersFollowFromTheCaseId() {
        assertThat(SyntheticCoreBanking.accountNumber("a")).isEqualTo(SyntheticCoreBanking.accountNumber("a"))
                .matches("999\\d{11}");
        assertThat(SyntheticCoreBanking.accountNumber("a")).isNotEqualTo(SyntheticCoreBanking.accountNumber("b"));
    }
}

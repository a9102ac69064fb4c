package org.ekyc.hub.routes.peer.corebanking;

import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningStep;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.CamelContext;
import org.apache.camel.ExchangeTimedOutException;
import org.apache.camel.Message;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.ekyc.hub.adapter.copybook.CopybookCodec;
import org.ekyc.hub.adapter.corebanking.AccountOpeningRecordMapper;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningOrder;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The account-opening route with core banking replaced (advice): what is recorded for an opened
 * account, a refusal, no reply and an unreadable reply, and that an unreadable reply is kept on the DLQ.
 * The JMS request/reply itself is proven over the wire by AccountOpeningIT.
 */
class AccountOpeningRoutesTest extends CamelTestSupport {

    private static final Charset CCSID_933 = Charset.forName("x-IBM933");
    private static final String CASE = "0d6b1f5e-8c53-4d1e-9a0e-3f1f2b9c7a11";
    private final CopybookCodec replies = new CopybookCodec(AccountOpeningRecordMapper.ACCTRSP, CCSID_933);
    private final CopybookCodec orders = new CopybookCodec(AccountOpeningRecordMapper.ACCTOPEN, CCSID_933);
    private final List<AccountOpeningResult> recorded = new CopyOnWriteArrayList<>();
    private final List<byte[]> sent = new CopyOnWriteArrayList<>();
    private final List<Message> deadLetters = new CopyOnWriteArrayList<>();
    private final AtomicReference<Object> coreBanking = new AtomicReference<>();

    @Override
    public boolean isUseAdviceWith() {
        return true;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getPropertiesComponent().setLocation("classpath:kyc-hub.properties");
        context.getRegistry().bind("accountOpeningStep", AccountOpeningStep.class, (AccountOpeningStep) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {AccountOpeningStep.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "recordAccountOpening" -> {
                        assertThat(args[0]).isEqualTo(CASE);
                        recorded.add((AccountOpeningResult) args[1]);
                        yield null;
                    }
                    case "pendingAccountOpenings" -> List.of();
                    default -> throw new UnsupportedOperationException(method.getName());
                }));
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new AccountOpeningRoutes();
    }

    @BeforeEach
    void replaceCoreBanking() throws Exception {
        AdviceWith.adviceWith(context, "account-opening", a -> {
            a.weaveByToUri("jms:.*[?&]replyTo=.*").replace().process(e -> {
                sent.add(e.getMessage().getBody(byte[].class));
                Object behaviour = coreBanking.get();
                if (behaviour instanceof Exception ex) {
                    throw ex;
                }
                e.getMessage().setBody(behaviour);
            });
            a.weaveByToUri("jms:.*disableReplyTo.*").replace().process(e -> deadLetters.add(e.getMessage().copy()));
        });
        context.start();
    }

    private AccountOpeningResult send() {
        template.sendBody("direct:account-opening", new AccountOpeningOrder(CASE, "CIF0000012345", "ACCOUNT", "NGUYEN",
                "VAN AN", LocalDate.of(1994, 3, 17), "ENHANCED", 1));
        return recorded.get(recorded.size() - 1);
    }

    private byte[] reply(String caseId, String rc, String account) {
        return replies.encode(Map.of("ACCTRSP-CASE-ID", caseId, "ACCTRSP-RETURN-CODE", rc, "ACCTRSP-ACCOUNT-NO", account,
                "ACCTRSP-OPENED-DATE", account.isEmpty() ? "0" : "20261123"));
    }

    @Test
    void anOpenedAccountIsRecordedFromTheReply() throws Exception {
        coreBanking.set(reply(CASE, "00", "99900012345678"));
        AccountOpeningResult r = send();
        assertThat(r.outcome()).isEqualTo(AccountOpeningResult.Outcome.OPENED);
        assertThat(r.accountNumber()).isEqualTo("99900012345678");
        assertThat(r.openedDate()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(orders.decode(sent.get(0)).text("ACCTOPEN-CASE-ID")).isEqualTo(CASE);
        assertThat(orders.decode(sent.get(0)).decimal("ACCTOPEN-LIMIT-AMOUNT(2)")).isEqualByComparingTo(new BigDecimal("1000000"));
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void aRefusalKeepsTheReturnCode() {
        coreBanking.set(reply(CASE, "12", ""));
        assertThat(send()).isEqualTo(AccountOpeningResult.refused("12"));
    }

    @Test
    void noReplyInTimeIsATechnicalFailure() {
        coreBanking.set(new ExchangeTimedOutException(null, 10_000));
        AccountOpeningResult r = send();
        assertThat(r.outcome()).isEqualTo(AccountOpeningResult.Outcome.FAILED);
        assertThat(r.detail()).isEqualTo("ExchangeTimedOutException");
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void anUnreadableOrForeignReplyGoesToTheDlqAndTheOrderIsRetried() {
        byte[] shortReply = java.util.Arrays.copyOf(reply(CASE, "00", "99900012345678"), 40);
        coreBanking.set(shortReply);
        AccountOpeningResult r = send();
        assertThat(r.outcome()).isEqualTo(AccountOpeningResult.Outcome.FAILED);
        assertThat(r.detail()).startsWith("unreadable reply").contains("record length 40");
        assertThat(deadLetters).hasSize(1);
        Message dead = deadLetters.get(0);
        assertThat(dead.getBody(byte[].class)).isEqualTo(shortReply);
        assertThat(dead.getHeader("KycReasonCode")).isEqualTo("MALFORMED_RECORD");
        assertThat(dead.getHeader("KycCaseId")).isEqualTo(CASE);
        assertThat(dead.getHeader("KycRecord")).isEqualTo("ACCTRSP");

        coreBanking.set(reply("11111111-2222-3333-4444-555555555555", "00", "99900012345678"));
        AccountOpeningResult foreign = send();
        assertThat(foreign.outcome()).as("a reply for another case opens nothing here").isEqualTo(AccountOpeningResult.Outcome.FAILED);
        assertThat(foreign.toString()).doesNotContain("99900012345678");
        assertThat(deadLetters).hasSize(2);
    }
}

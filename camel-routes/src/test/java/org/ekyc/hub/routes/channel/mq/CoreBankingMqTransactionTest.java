package org.ekyc.hub.routes.channel.mq;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.lang.reflect.Proxy;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.ekyc.hub.routes.channel.mq.CoreBankingMqRoutes;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.ekyc.hub.adapter.copybook.CopybookCodec;
import org.ekyc.hub.adapter.corebanking.CoreBankingRecordMapper;
import org.ekyc.hub.routes.bootstrap.CamelBootstrap;
import org.ekyc.hub.routes.flow.CaseIntakeRoutes;
import org.ekyc.hub.verification.api.CaseLifecycle;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.ReasonCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The MQ gateway's transaction on a real (embedded Artemis) broker, with the JMS component built as in
 * the hub: a technical failure while a KYCREQ is handled rolls the message back, the broker redelivers
 * it and after {@code max-delivery-attempts} moves it, unchanged, to KYC.DLQ (backout) — and the
 * requester gets no reply from a rolled-back attempt. The wire format and the other outcomes are proven
 * against WildFly by MqGatewayIT.
 */
class CoreBankingMqTransactionTest extends CamelTestSupport {

    private static final Charset CCSID_933 = Charset.forName("x-IBM933");
    private static final int MAX_DELIVERY = 3;
    private static EmbeddedActiveMQ broker;

    private final AtomicInteger attempts = new AtomicInteger();
    private volatile boolean engineDown;

    @BeforeAll
    static void startBroker() throws Exception {
        ConfigurationImpl config = new ConfigurationImpl();
        config.setPersistenceEnabled(false);
        config.setSecurityEnabled(false);
        config.addAcceptorConfiguration("in-vm", "vm://0");
        config.addAddressSetting("KYC.REQUEST", new AddressSettings()
                .setMaxDeliveryAttempts(MAX_DELIVERY).setRedeliveryDelay(0)
                .setDeadLetterAddress(SimpleString.of("KYC.DLQ")).setAutoCreateDeadLetterResources(false));
        broker = new EmbeddedActiveMQ().setConfiguration(config);
        broker.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.stop();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getPropertiesComponent().setLocation("classpath:kyc-hub.properties");
        context.addComponent("jms", CamelBootstrap.transactedJms(new ActiveMQConnectionFactory("vm://0")));
        context.getRegistry().bind("caseLifecycle", CaseLifecycle.class, (CaseLifecycle) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {CaseLifecycle.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "repeatedRequest" -> {
                        // the engine, standing in: this customer's REQ-SEQ 1 opened a case for another person
                        if ("CIF-REUSED".equals(((OpenCaseCommand) args[0]).externalReference())) {
                            throw new InvalidRequestException(ReasonCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey");
                        }
                        yield Optional.empty();
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                }));
        return context;
    }

    @Override
    protected RouteBuilder[] createRouteBuilders() {
        return new RouteBuilder[] {new CoreBankingMqRoutes(), new RouteBuilder() {
            @Override
            public void configure() {
                // the engine, standing in: down (a technical failure) or answering with a case
                from(CaseIntakeRoutes.OPEN_CASE).process(e -> {
                    attempts.incrementAndGet();
                    if (engineDown) {
                        throw new IllegalStateException("database not reachable (test)");
                    }
                    e.getMessage().setBody(new org.ekyc.hub.verification.api.CaseView("0d6b1f5e-8c53-4d1e-9a0e-3f1f2b9c7a11",
                            org.ekyc.hub.verification.api.CaseStatus.OPENED, org.ekyc.hub.verification.api.Product.ACCOUNT,
                            org.ekyc.hub.verification.api.Channel.MQ, "CIF1", null,
                            org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome.VERIFIED, "E-9", null,
                            java.util.List.of(), null, null, null, "CLEAR", null));
                });
            }
        }};
    }

    @BeforeEach
    void reset() {
        attempts.set(0);
    }

    private static byte[] kycreq(String customerRef) {
        return new CopybookCodec(CoreBankingRecordMapper.KYCREQ, CCSID_933).encode(Map.of(
                "KYCREQ-REQ-TYPE", "OPEN", "KYCREQ-CUSTOMER-REF", customerRef, "KYCREQ-REQ-SEQ", 1,
                "KYCREQ-SURNAME", "NGUYEN", "KYCREQ-GIVEN-NAMES", "VAN AN", "KYCREQ-NATIONALITY", "VNM",
                "KYCREQ-BIRTH-DATE", 19940317, "KYCREQ-PRODUCT", "ACCOUNT"));
    }

    /** Sends a KYCREQ to KYC.REQUEST with a reply queue of its own; returns the reply or null. */
    private static byte[] roundTrip(Session s, byte[] record, String replyQueue, long waitMs) throws Exception {
        BytesMessage m = s.createBytesMessage();
        m.writeBytes(record);
        m.setJMSCorrelationID("TX-" + replyQueue);
        m.setJMSReplyTo(s.createQueue(replyQueue));
        try (MessageProducer p = s.createProducer(s.createQueue("KYC.REQUEST"))) {
            p.send(m);
        }
        try (MessageConsumer c = s.createConsumer(s.createQueue(replyQueue))) {
            BytesMessage reply = (BytesMessage) c.receive(waitMs);
            return reply == null ? null : reply.getBody(byte[].class);
        }
    }

    @Test
    void aTechnicalFailureRollsBackAndTheBrokerBacksTheRequestOutToTheDlqAfterMaxDeliveries() throws Exception {
        engineDown = true;
        byte[] record = kycreq("CIF-BACKOUT");
        try (Connection c = new ActiveMQConnectionFactory("vm://0").createConnection()) {
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            try (MessageConsumer dlq = s.createConsumer(s.createQueue("KYC.DLQ"))) {
                assertThat(roundTrip(s, record, "TX.REPLY.1", 2_000)).as("no reply from a rolled-back attempt").isNull();
                BytesMessage dead = (BytesMessage) dlq.receive(10_000);
                assertThat(dead).as("request backed out to KYC.DLQ").isNotNull();
                assertThat(dead.getBody(byte[].class)).isEqualTo(record);
                assertThat(dead.getStringProperty("_AMQ_ORIG_ADDRESS")).as("backed out by the broker").isEqualTo("KYC.REQUEST");
            }
            assertThat(attempts).as("handled once per delivery, then no more").hasValue(MAX_DELIVERY);
        }
    }

    /**
     * Sends a KYCREQ of {@code customerRef} with the engine up and returns its KYCRSP, once the open-case
     * flow ran {@code flowRuns} times and nothing went to the DLQ: the reply was committed.
     */
    private byte[] committedReply(String customerRef, String replyQueue, int flowRuns) throws Exception {
        engineDown = false;
        try (Connection c = new ActiveMQConnectionFactory("vm://0").createConnection()) {
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            byte[] reply = roundTrip(s, kycreq(customerRef), replyQueue, 10_000);
            assertThat(reply).as("KYCRSP").hasSize(137);
            Thread.sleep(500);
            assertThat(attempts).as("open-case flow runs").hasValue(flowRuns);
            try (MessageConsumer dlq = s.createConsumer(s.createQueue("KYC.DLQ"))) {
                assertThat(dlq.receive(200)).isNull();
            }
            return reply;
        }
    }

    @Test
    void aRequestWhoseKeyOpenedACaseForAnotherRequestIsRefusedAndOpensNothing() throws Exception {
        byte[] reply = committedReply("CIF-REUSED", "TX.REPLY.3", 0);
        assertThat(new String(reply, 29, 36, CCSID_933).isBlank()).as("no case id").isTrue();
        assertThat(new String(reply, 75, 2, CCSID_933)).as("RETURN-CODE").isEqualTo(CoreBankingRecordMapper.RC_REFUSED);
        assertThat(new String(reply, 77, 30, CCSID_933).trim()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void aHandledRequestIsCommittedWithItsReply() throws Exception {
        byte[] reply = committedReply("CIF-OK", "TX.REPLY.2", 1);
        assertThat(new String(reply, 29, 36, CCSID_933)).isEqualTo("0d6b1f5e-8c53-4d1e-9a0e-3f1f2b9c7a11");
    }

    /** A body that records whether anyone deserialised it. */
    static final class Tripwire implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        static final java.util.concurrent.atomic.AtomicBoolean READ = new java.util.concurrent.atomic.AtomicBoolean();

        private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
            READ.set(true);
            in.defaultReadObject();
        }
    }

    @Test
    void anObjectMessageIsNeverDeserialisedAndGoesToTheDlqWithItsReason() throws Exception {
        engineDown = false;
        try (Connection c = new ActiveMQConnectionFactory("vm://0").createConnection()) {
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            try (MessageConsumer dlq = s.createConsumer(s.createQueue("KYC.DLQ"));
                 MessageConsumer replies = s.createConsumer(s.createQueue("TX.REPLY.OBJ"))) {
                jakarta.jms.ObjectMessage m = s.createObjectMessage(new Tripwire());
                m.setJMSReplyTo(s.createQueue("TX.REPLY.OBJ"));
                try (MessageProducer p = s.createProducer(s.createQueue("KYC.REQUEST"))) {
                    p.send(m);
                }
                jakarta.jms.Message dead = dlq.receive(10_000);
                assertThat(dead).as("to KYC.DLQ").isNotNull();
                assertThat(dead.getStringProperty("KycReasonCode")).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
                assertThat(dead.getStringProperty("KycReason")).contains("ObjectMessage");
                assertThat(dead).isNotInstanceOf(jakarta.jms.ObjectMessage.class);
                BytesMessage reply = (BytesMessage) replies.receive(10_000);
                assertThat(reply).as("the requester is answered").isNotNull();
                byte[] rsp = reply.getBody(byte[].class);
                assertThat(new String(rsp, 75, 2, CCSID_933)).isEqualTo(CoreBankingRecordMapper.RC_REFUSED);
                assertThat(new String(rsp, 77, 30, CCSID_933).trim()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
            }
        }
        assertThat(Tripwire.READ).as("never deserialised").isFalse();
        assertThat(attempts).as("no case").hasValue(0);
    }

    @Test
    void aRecordWithBytesThatAreNoCharacterOfCcsid933IsRefusedAndKeptOnTheDlq() throws Exception {
        engineDown = false;
        byte[] record = kycreq("CIF-ESC");
        byte[] surname = "NGUYEN".getBytes(CCSID_933);
        int at = indexOf(record, surname);
        record[at + 1] = 0x27; // ESC in EBCDIC
        try (Connection c = new ActiveMQConnectionFactory("vm://0").createConnection()) {
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            try (MessageConsumer dlq = s.createConsumer(s.createQueue("KYC.DLQ"))) {
                byte[] reply = roundTrip(s, record, "TX.REPLY.ESC", 10_000);
                assertThat(reply).as("KYCRSP").isNotNull();
                assertThat(new String(reply, 75, 2, CCSID_933)).isEqualTo(CoreBankingRecordMapper.RC_REFUSED);
                assertThat(new String(reply, 77, 30, CCSID_933).trim()).isEqualTo("MALFORMED_RECORD");
                BytesMessage dead = (BytesMessage) dlq.receive(10_000);
                assertThat(dead).isNotNull();
                assertThat(dead.getBody(byte[].class)).as("the original").isEqualTo(record);
                assertThat(dead.getStringProperty("KycReasonCode")).isEqualTo("MALFORMED_RECORD");
                assertThat(dead.getJMSCorrelationID()).as("found by the requester's correlation id").isEqualTo("TX-TX.REPLY.ESC");
            }
        }
        assertThat(attempts).as("no case").hasValue(0);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }
}

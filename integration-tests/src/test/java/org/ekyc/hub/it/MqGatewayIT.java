package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * MQ channel as core banking sees it: a KYCREQ record (copybooks/KYCREQ.cpy) in EBCDIC CCSID 933 on
 * KYC.REQUEST with a correlation id and reply-to, a KYCRSP record back on KYC.REPLY; malformed
 * records land on KYC.DLQ. The records are built here byte by byte from the documented layout
 * (JDK charset for text, hand-packed COMP-3), not with the hub's codec. The test connects as core
 * banking's MQ bridge (role {@code kyc-bridge}: send KYC.REQUEST, consume KYC.REPLY, nothing else) and
 * reads the dead-letter queue as the hub's own user, the only one that may.
 */
class MqGatewayIT extends HubDeployments {

    private static final Charset EBCDIC = Charset.forName("x-IBM933");
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private Connection connection;
    private Session session;

    @BeforeEach
    void connect() throws Exception {
        connection = connectAs(System.getProperty("it.bridge.user"), System.getProperty("it.bridge.password"));
        session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    /** A started connection to the hub's broker over HTTP upgrade on 8080, as {@code user}. */
    static Connection connectAs(String user, String password) throws Exception {
        ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory(
                "tcp://localhost:8080?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor");
        cf.setEnable1xPrefixes(true);
        Connection c = cf.createConnection(user, password);
        try {
            c.start();
            return c;
        } catch (Exception e) {
            c.close();
            throw e;
        }
    }

    /** The dead-lettered record with this correlation id, read as the hub's own user (the bridge may not). */
    private static BytesMessage deadLetter(String correlationId) throws Exception {
        try (Connection hub = connectAs(System.getProperty("it.hub.mq.user"), System.getProperty("it.hub.mq.password"))) {
            Session s = hub.createSession(false, Session.AUTO_ACKNOWLEDGE);
            try (MessageConsumer c = s.createConsumer(s.createQueue("KYC.DLQ"), "JMSCorrelationID = '" + correlationId + "'")) {
                return (BytesMessage) c.receive(60_000);
            }
        }
    }

    /** A PIC X(n) item: the text in CCSID 933, padded with EBCDIC spaces. */
    private static byte[] text(String s, int n) {
        byte[] b = s.getBytes(EBCDIC);
        assertThat(b.length).isLessThanOrEqualTo(n);
        byte[] out = new byte[n];
        Arrays.fill(out, (byte) 0x40);
        System.arraycopy(b, 0, out, 0, b.length);
        return out;
    }

    /** KYCREQ, 173 bytes; {@code seq} goes into REQ-SEQ PIC S9(9) COMP-3 as 5 packed bytes. */
    private static byte[] kycreq(String customerRef, int seq, String surname, String given, String hangul,
                                 String nationality, String birth) {
        ByteArrayOutputStream r = new ByteArrayOutputStream();
        r.writeBytes(text("OPEN", 4));
        r.writeBytes(text(customerRef, 20));
        r.writeBytes(HEX.parseHex(String.format("%09dC", seq)));
        r.writeBytes(text(surname, 30));
        r.writeBytes(text(given, 30));
        r.writeBytes(text(hangul, 40));
        r.writeBytes(text(nationality, 3));
        r.writeBytes(text(birth, 8)); // PIC 9(8) zoned: EBCDIC digits F0-F9
        r.writeBytes(text("ACCOUNT", 10));
        r.writeBytes(text("", 13));
        r.writeBytes(text("", 10));
        assertThat(r.size()).isEqualTo(173);
        return r.toByteArray();
    }

    private void request(byte[] record, String correlationId) throws Exception {
        Queue requests = session.createQueue("KYC.REQUEST");
        Queue replies = session.createQueue("KYC.REPLY");
        BytesMessage m = session.createBytesMessage();
        m.writeBytes(record);
        m.setJMSCorrelationID(correlationId);
        m.setJMSReplyTo(replies);
        try (MessageProducer p = session.createProducer(requests)) {
            p.send(m);
        }
    }

    private BytesMessage receive(String queue, String correlationId) throws Exception {
        try (MessageConsumer c = session.createConsumer(session.createQueue(queue),
                "JMSCorrelationID = '" + correlationId + "'")) {
            return (BytesMessage) c.receive(60_000);
        }
    }

    private static byte[] bytes(BytesMessage m) throws Exception {
        byte[] b = new byte[(int) m.getBodyLength()];
        m.readBytes(b);
        return b;
    }

    /** KYCRSP item as text: offsets from copybooks/KYCRSP.cpy. */
    private static String at(byte[] reply, int from, int to) {
        return new String(reply, from, to - from, EBCDIC).trim();
    }

    @Test
    void requestRecordGetsAReplyRecordWithTheCorrelationId() throws Exception {
        String corr = "MQIT-" + UUID.randomUUID();
        request(kycreq("CIF0000012345", 42, "WANG", "XIAOMING", "왕샤오밍", "CHN", "19851224"), corr);

        BytesMessage reply = receive("KYC.REPLY", corr);
        assertThat(reply).as("reply on KYC.REPLY").isNotNull();
        byte[] record = bytes(reply);
        assertThat(record).hasSize(137);
        assertThat(at(record, 0, 4)).isEqualTo("OPEN");
        assertThat(at(record, 4, 24)).isEqualTo("CIF0000012345");
        assertThat(HEX.formatHex(record, 24, 29)).isEqualTo("000000042C");
        assertThat(at(record, 29, 65)).matches("[0-9a-f-]{36}");
        assertThat(at(record, 65, 75)).isEqualTo("OPENED");
        assertThat(HEX.formatHex(record, 75, 77)).isEqualTo("F0F0");
        assertThat(at(record, 107, 119)).isEqualTo("VERIFIED");
        assertThat(at(record, 119, 127)).isEqualTo("20281231");

        String caseId = at(record, 29, 65);
        // opened by the hub's MQ channel (owner hub): no partner's, so staff read it
        assertThat(get(As.BANK_APP, "/kyc/api/v1/cases/" + caseId).statusCode()).as("not the bank app's case").isEqualTo(404);
        JsonNode view = json(get(As.AUDITOR, "/kyc/api/v1/cases/" + caseId));
        assertThat(view.get("applicant").get("hangulName").asText()).isEqualTo("왕샤오밍");
        assertThat(view.get("channel").asText()).isEqualTo("MQ");
    }

    @Test
    void theSameRequestSentTwiceOpensOneCaseAndGetsTheSameAnswer() throws Exception {
        String ref = "CIF-DUP-" + (System.nanoTime() % 1_000_000);
        byte[] record = kycreq(ref, 7, "NGUYEN", "VAN AN", "", "VNM", "19940317");
        String first = "MQIT-" + UUID.randomUUID();
        String second = "MQIT-" + UUID.randomUUID();
        request(record, first);
        byte[] a = bytes(receive("KYC.REPLY", first));
        request(record, second);
        byte[] b = bytes(receive("KYC.REPLY", second));
        assertThat(at(a, 29, 65)).matches("[0-9a-f-]{36}");
        assertThat(at(b, 29, 65)).isEqualTo(at(a, 29, 65));
        assertThat(at(b, 107, 119)).isEqualTo("VERIFIED");
        // the repeated request is answered from the case's summary: the same record, byte for byte
        assertThat(HEX.formatHex(b)).isEqualTo(HEX.formatHex(a));
    }

    /** RETURN-CODE 08, IDEMPOTENCY_KEY_REUSED, and no case named (not the first person's either). */
    private static void assertRefusedAsReused(byte[] reply) {
        assertThat(HEX.formatHex(reply, 75, 77)).as("RETURN-CODE 08").isEqualTo("F0F8");
        assertThat(at(reply, 77, 107)).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(at(reply, 29, 65)).as("no case id").isEmpty();
    }

    /** Sends the record with a correlation id of its own and returns the reply record. */
    private byte[] exchange(byte[] record) throws Exception {
        String corr = "MQIT-" + UUID.randomUUID();
        request(record, corr);
        return bytes(receive("KYC.REPLY", corr));
    }

    @Test
    void theSameCustomerRefAndReqSeqForAnotherPersonIsRefusedAndOpensNoCase() throws Exception {
        String ref = "CIF-REUSE-" + (System.nanoTime() % 1_000_000);
        byte[] a = exchange(kycreq(ref, 9, "NGUYEN", "VAN AN", "", "VNM", "19940317"));
        assertThat(HEX.formatHex(a, 75, 77)).isEqualTo("F0F0");

        assertRefusedAsReused(exchange(kycreq(ref, 9, "TRAN", "THI BINH", "", "VNM", "19900101")));

        // no second case: the customer's latest case is still the first one, which still answers its request
        assertThat(at(exchange(kycstat(ref, 10)), 29, 65)).isEqualTo(at(a, 29, 65));
        assertThat(HEX.formatHex(exchange(kycreq(ref, 9, "NGUYEN", "VAN AN", "", "VNM", "19940317"))))
                .isEqualTo(HEX.formatHex(a));
    }

    @Test
    void anotherPersonUnderTheKeyOfACaseStillPendingIsRefusedToo() throws Exception {
        String ref = "CIF-REUSEP-" + (System.nanoTime() % 1_000_000);
        RestCaseIT.immigrationFault("DOWN");
        byte[] a;
        try {
            a = exchange(kycreq(ref, 4, "NGUYEN", "VAN AN", "", "VNM", "19940317"));
        } finally {
            RestCaseIT.immigrationFault("OK");
        }
        assertThat(at(a, 107, 119)).isEqualTo("PENDING");
        // an unsettled case goes through the open-case flow again: the engine refuses there
        assertRefusedAsReused(exchange(kycreq(ref, 4, "TRAN", "THI BINH", "", "VNM", "19900101")));
        registryAnswersAgainWithACleanCircuit();
    }

    /**
     * After a test that took the registry down: the registry's circuit counts its last 4 calls in the ITs,
     * so one failure here and one in the next such test would open it for the tests after them. Past the
     * open time, four answered calls leave only successes in the window.
     */
    private void registryAnswersAgainWithACleanCircuit() throws Exception {
        Thread.sleep(3_500);
        for (int i = 0; i < 4; i++) {
            byte[] r = exchange(kycreq("CIF-WARM-" + (System.nanoTime() % 1_000_000), 1, "NGUYEN", "VAN AN", "", "VNM",
                    "19940317"));
            assertThat(at(r, 107, 119)).isEqualTo("VERIFIED");
        }
    }

    @Test
    void aRepeatedRequestFinishesACaseWhoseRegistryCheckWasPending() throws Exception {
        String ref = "CIF-PEND-" + (System.nanoTime() % 1_000_000);
        byte[] record = kycreq(ref, 3, "NGUYEN", "VAN AN", "", "VNM", "19940317");
        String first = "MQIT-" + UUID.randomUUID();
        RestCaseIT.immigrationFault("DOWN");
        byte[] a;
        try {
            request(record, first);
            a = bytes(receive("KYC.REPLY", first));
        } finally {
            RestCaseIT.immigrationFault("OK");
        }
        assertThat(at(a, 107, 119)).isEqualTo("PENDING");
        // past the circuit's open time (3 s in the IT settings), well before the background retry's
        // first try (15 s): only the redelivered request itself can ask the registry again
        Thread.sleep(3_500);
        String second = "MQIT-" + UUID.randomUUID();
        request(record, second);
        byte[] b = bytes(receive("KYC.REPLY", second));
        assertThat(at(b, 29, 65)).isEqualTo(at(a, 29, 65));
        assertThat(at(b, 107, 119)).as("a settled summary would have answered PENDING again").isEqualTo("VERIFIED");
        assertThat(at(b, 119, 127)).isEqualTo("20270831");
        registryAnswersAgainWithACleanCircuit();
    }

    /** A STAT request as a COBOL program sends it: INITIALIZE'd (spaces, zeros), then type and reference. */
    private static byte[] kycstat(String customerRef, int seq) {
        byte[] r = kycreq(customerRef, seq, "", "", "", "", "00000000");
        System.arraycopy(text("STAT", 4), 0, r, 0, 4);
        System.arraycopy(text("", 10), 0, r, 140, 10); // no PRODUCT
        return r;
    }

    @Test
    void coreBankingAsksTheKycStatusOfACustomerAndGetsItsLatestCase() throws Exception {
        String ref = "CIF-STAT-" + (System.nanoTime() % 1_000_000);
        String opened = "MQIT-" + UUID.randomUUID();
        request(kycreq(ref, 1, "NGUYEN", "VAN AN", "", "VNM", "19940317"), opened);
        byte[] open = bytes(receive("KYC.REPLY", opened));

        String asked = "MQIT-" + UUID.randomUUID();
        request(kycstat(ref, 2), asked);
        byte[] status = bytes(receive("KYC.REPLY", asked));
        assertThat(status).hasSize(137);
        assertThat(at(status, 0, 4)).isEqualTo("STAT");
        assertThat(at(status, 4, 24)).isEqualTo(ref);
        assertThat(HEX.formatHex(status, 75, 77)).isEqualTo("F0F0");
        assertThat(at(status, 29, 65)).isEqualTo(at(open, 29, 65));
        assertThat(at(status, 65, 75)).isEqualTo(at(open, 65, 75));
        assertThat(at(status, 107, 119)).isEqualTo("VERIFIED");
        assertThat(at(status, 119, 127)).isEqualTo("20270831");

        // a customer the hub has no case for: RETURN-CODE 04, CASE_NOT_FOUND, no case id
        String unknown = "MQIT-" + UUID.randomUUID();
        request(kycstat("CIF-NOBODY-" + (System.nanoTime() % 1_000_000), 1), unknown);
        byte[] none = bytes(receive("KYC.REPLY", unknown));
        assertThat(HEX.formatHex(none, 75, 77)).isEqualTo("F0F4");
        assertThat(at(none, 77, 107)).isEqualTo("CASE_NOT_FOUND");
        assertThat(at(none, 29, 65)).isEmpty();
    }

    @Test
    void wellFormedRecordWithBadContentGetsARefusalWithItsReasonCode() throws Exception {
        String corr = "MQIT-" + UUID.randomUUID();
        request(kycreq("CIF0000099999", 1, "WANG", "XIAOMING", "", "C1N", "19851224"), corr);
        BytesMessage reply = receive("KYC.REPLY", corr);
        assertThat(reply).isNotNull();
        byte[] record = bytes(reply);
        assertThat(HEX.formatHex(record, 75, 77)).isEqualTo("F0F8");
        assertThat(at(record, 77, 107)).isEqualTo("INVALID_NATIONALITY");
        assertThat(at(record, 29, 65)).isEmpty();
    }

    @Test
    void malformedRecordGoesToTheDeadLetterQueueUnchangedWithItsReason() throws Exception {
        String corr = "MQIT-" + UUID.randomUUID();
        byte[] malformed = text("OPEN TOO SHORT", 14);
        request(malformed, corr);

        BytesMessage dead = deadLetter(corr);
        assertThat(dead).as("message on KYC.DLQ").isNotNull();
        assertThat(bytes(dead)).isEqualTo(malformed);
        assertThat(dead.getStringProperty("KycReasonCode")).isEqualTo("MALFORMED_RECORD");
        assertThat(dead.getStringProperty("KycReason")).contains("record length 14 bytes").contains("needs 173");

        BytesMessage reply = receive("KYC.REPLY", corr);
        assertThat(reply).as("refusal on KYC.REPLY").isNotNull();
        byte[] record = bytes(reply);
        assertThat(HEX.formatHex(record, 75, 77)).isEqualTo("F0F8");
        assertThat(at(record, 77, 107)).isEqualTo("MALFORMED_RECORD");
    }

    @Test
    void packedDecimalWithABadSignIsMalformedAndNamesTheField() throws Exception {
        String corr = "MQIT-" + UUID.randomUUID();
        byte[] record = kycreq("CIF0000088888", 5, "WANG", "XIAOMING", "", "CHN", "19851224");
        record[28] = 0x57; // REQ-SEQ last byte: digit 5, sign nibble 7 (invalid)
        request(record, corr);
        BytesMessage dead = deadLetter(corr);
        assertThat(dead).isNotNull();
        assertThat(dead.getStringProperty("KycReason")).contains("KYCREQ-REQ-SEQ at offset 24").contains("invalid sign nibble 7");
    }

    @Test
    void theBridgeUserCannotReadAccountOpeningOrdersNorTheDeadLetterQueue() {
        for (String queue : new String[] {"KYC.ACCTOPEN", "KYC.DLQ", "KYC.REQUEST", "KYC.ACCTRSP"}) {
            assertThatThrownBy(() -> {
                Session s = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                s.createConsumer(s.createQueue(queue)).close();
            }).as("consumer on " + queue).isInstanceOf(JMSSecurityException.class).hasMessageContaining("CONSUME");
        }
        assertThatThrownBy(() -> {
            Session s = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            s.createBrowser(s.createQueue("KYC.DLQ")).getEnumeration();
        }).as("browser on KYC.DLQ").isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void theBridgeUserCannotSendAccountOpeningOrdersNorForgeCoreBankingsOrTheHubsReplies() {
        for (String queue : new String[] {"KYC.ACCTOPEN", "KYC.ACCTRSP", "KYC.REPLY", "KYC.DLQ"}) {
            assertThatThrownBy(() -> {
                Session s = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                try (MessageProducer p = s.createProducer(s.createQueue(queue))) {
                    BytesMessage m = s.createBytesMessage();
                    m.writeBytes(new byte[] {0x40});
                    p.send(m); // persistent: a blocking send, so the broker's refusal comes back here
                }
            }).as("send to " + queue).isInstanceOf(JMSSecurityException.class).hasMessageContaining("SEND");
        }
    }

    @Test
    void theBridgeUserCannotCreateQueues() {
        assertThatThrownBy(() -> session.createTemporaryQueue()).isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void anUnknownUserABadPasswordAndNoUserCannotConnect() {
        assertThatThrownBy(() -> connectAs("kyc-nobody", "dev-only-Guess-2026").close())
                .as("unknown user").isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> connectAs(System.getProperty("it.bridge.user"), "dev-only-wrong-guess").close())
                .as("bad password").isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> connectAs(null, null).close())
                .as("anonymous").isInstanceOf(JMSSecurityException.class);
    }
}

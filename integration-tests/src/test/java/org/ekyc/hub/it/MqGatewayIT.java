package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import java.nio.charset.Charset;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * MQ channel as core banking sees it: an EBCDIC (CCSID 037) KYCREQ record on KYC.REQUEST with a
 * correlation id and reply-to, a KYCRSP record back on KYC.REPLY; malformed records land on KYC.DLQ.
 * The records are built here byte by byte from the documented layout, not with the hub's codec.
 */
class MqGatewayIT extends HubDeployments {

    private static final Charset EBCDIC = Charset.forName("IBM037");

    private Connection connection;
    private Session session;

    @BeforeEach
    void connect() throws Exception {
        ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory(
                "tcp://localhost:8080?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor");
        cf.setEnable1xPrefixes(true);
        connection = cf.createConnection(System.getProperty("it.partner.user"), System.getProperty("it.partner.password"));
        connection.start();
        session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    private static String pad(String s, int n) {
        return String.format("%-" + n + "s", s);
    }

    private static byte[] kycreq(String customerRef, String surname, String given, String nationality, String birth) {
        String record = pad("OPEN", 4) + pad(customerRef, 20) + pad(surname, 30) + pad(given, 30)
                + pad(nationality, 3) + birth + pad("ACCOUNT", 10) + pad("", 13);
        assertThat(record).hasSize(118);
        return record.getBytes(EBCDIC);
    }

    private Message request(byte[] record, String correlationId) throws Exception {
        Queue requests = session.createQueue("KYC.REQUEST");
        Queue replies = session.createQueue("KYC.REPLY");
        BytesMessage m = session.createBytesMessage();
        m.writeBytes(record);
        m.setJMSCorrelationID(correlationId);
        m.setJMSReplyTo(replies);
        try (MessageProducer p = session.createProducer(requests)) {
            p.send(m);
        }
        return m;
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

    @Test
    void requestRecordGetsAReplyRecordWithTheCorrelationId() throws Exception {
        String corr = "MQIT-" + UUID.randomUUID();
        request(kycreq("CIF0000012345", "WANG", "XIAOMING", "CHN", "19851224"), corr);

        BytesMessage reply = receive("KYC.REPLY", corr);
        assertThat(reply).as("reply on KYC.REPLY").isNotNull();
        byte[] record = bytes(reply);
        assertThat(record).hasSize(114);
        String text = new String(record, EBCDIC);
        assertThat(text.substring(0, 4)).isEqualTo("OPEN");
        assertThat(text.substring(4, 24).trim()).isEqualTo("CIF0000012345");
        assertThat(text.substring(24, 60)).matches("[0-9a-f-]{36}");
        assertThat(text.substring(60, 70).trim()).isEqualTo("OPENED");
        assertThat(text.substring(70, 72)).isEqualTo("00");
        assertThat(text.substring(102, 114).trim()).isEqualTo("VERIFIED");
        assertThat(record[70]).isEqualTo((byte) 0xF0);

        String caseId = text.substring(24, 60);
        assertThat(get("/kyc/api/v1/cases/" + caseId).statusCode()).isEqualTo(200);
    }

    @Test
    void wellFormedRecordWithBadContentGetsARefusalWithItsReasonCode() throws Exception {
        String corr = "MQIT-" + UUID.randomUUID();
        request(kycreq("CIF0000099999", "WANG", "XIAOMING", "C1N", "19851224"), corr);
        BytesMessage reply = receive("KYC.REPLY", corr);
        assertThat(reply).isNotNull();
        String text = new String(bytes(reply), EBCDIC);
        assertThat(text.substring(70, 72)).isEqualTo("08");
        assertThat(text.substring(72, 102).trim()).isEqualTo("INVALID_NATIONALITY");
        assertThat(text.substring(24, 60)).isBlank();
    }

    @Test
    void malformedRecordGoesToTheDeadLetterQueueUnchangedWithItsReason() throws Exception {
        String corr = "MQIT-" + UUID.randomUUID();
        byte[] malformed = (pad("OPEN", 4) + "TOO SHORT").getBytes(EBCDIC);
        request(malformed, corr);

        BytesMessage dead = receive("KYC.DLQ", corr);
        assertThat(dead).as("message on KYC.DLQ").isNotNull();
        assertThat(bytes(dead)).isEqualTo(malformed);
        assertThat(dead.getStringProperty("KycReasonCode")).isEqualTo("MALFORMED_RECORD");
        assertThat(dead.getStringProperty("KycReason")).contains("record length 13 bytes").contains("needs 118");

        BytesMessage reply = receive("KYC.REPLY", corr);
        assertThat(reply).as("refusal on KYC.REPLY").isNotNull();
        String text = new String(bytes(reply), EBCDIC);
        assertThat(text.substring(70, 72)).isEqualTo("08");
        assertThat(text.substring(72, 102).trim()).isEqualTo("MALFORMED_RECORD");
    }
}

package org.ekyc.hub.adapter.corebanking.ibmmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.mq.jakarta.jms.MQConnectionFactory;
import com.ibm.mq.jakarta.jms.MQQueue;
import com.ibm.msg.client.jakarta.wmq.WMQConstants;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The IBM MQ client factory is configured as set, without a queue manager to connect to. */
class IbmMqConnectionsTest {

    private static final Map<String, String> CONFIG = Map.of(
            "kyc.ibmmq.host", "mq.core.bank.test",
            "kyc.ibmmq.port", "1415",
            "kyc.ibmmq.channel", "KYC.SVRCONN",
            "kyc.ibmmq.queue-manager", "QMCORE1",
            "kyc.ibmmq.ccsid", "933",
            "kyc.ibmmq.cipher-suite", "TLS_AES_256_GCM_SHA384",
            "kyc.ibmmq.user", "kychub",
            "kyc.ibmmq.password", "not-a-real-secret");

    @Test
    void factoryCarriesHostChannelQueueManagerCcsidAndTls() throws Exception {
        IbmMqSettings settings = IbmMqSettings.from(CONFIG::get);
        MQConnectionFactory cf = (MQConnectionFactory) IbmMqConnections.connectionFactory(settings);

        assertThat(cf.getTransportType()).isEqualTo(WMQConstants.WMQ_CM_CLIENT);
        assertThat(cf.getHostName()).isEqualTo("mq.core.bank.test");
        assertThat(cf.getPort()).isEqualTo(1415);
        assertThat(cf.getChannel()).isEqualTo("KYC.SVRCONN");
        assertThat(cf.getQueueManager()).isEqualTo("QMCORE1");
        assertThat(cf.getCCSID()).isEqualTo(933);
        assertThat(cf.getSSLCipherSuite()).isEqualTo("TLS_AES_256_GCM_SHA384");
        assertThat(cf.getStringProperty(WMQConstants.USERID)).isEqualTo("kychub");
        assertThat(cf.getBooleanProperty(WMQConstants.USER_AUTHENTICATION_MQCSP)).isTrue();
        assertThat(settings.toString()).doesNotContain("not-a-real-secret");
    }

    @Test
    void queuesTargetNonJmsConsumersUnlessToldOtherwise() throws Exception {
        MQQueue q = (MQQueue) IbmMqConnections.queue("KYC.REQUEST", IbmMqSettings.from(CONFIG::get));
        assertThat(q.getBaseQueueName()).isEqualTo("KYC.REQUEST");
        assertThat(q.getTargetClient()).isEqualTo(WMQConstants.WMQ_CLIENT_NONJMS_MQ);
        Map<String, String> jms = new java.util.HashMap<>(CONFIG);
        jms.put("kyc.ibmmq.non-jms-target", "false");
        assertThat(((MQQueue) IbmMqConnections.queue("KYC.REQUEST", IbmMqSettings.from(jms::get))).getTargetClient())
                .isEqualTo(WMQConstants.WMQ_CLIENT_JMS_COMPLIANT);
    }

    @Test
    void defaultsAndRequiredSettings() {
        IbmMqSettings minimal = IbmMqSettings.from(Map.of("kyc.ibmmq.host", "h", "kyc.ibmmq.channel", "C",
                "kyc.ibmmq.queue-manager", "Q")::get);
        assertThat(minimal.port()).isEqualTo(1414);
        assertThat(minimal.ccsid()).isEqualTo(933);
        assertThat(minimal.cipherSuite()).isNull();
        assertThatThrownBy(() -> IbmMqSettings.from(Map.of("kyc.ibmmq.host", "h")::get))
                .hasMessageContaining("kyc.ibmmq.channel is required");
        assertThatThrownBy(() -> IbmMqSettings.from(Map.of("kyc.ibmmq.host", "h", "kyc.ibmmq.channel", "C",
                "kyc.ibmmq.queue-manager", "Q", "kyc.ibmmq.user", "u")::get)).hasMessageContaining("go together");
    }
}

package org.ekyc.hub.adapter.corebanking.ibmmq;

import com.ibm.mq.jakarta.jms.MQConnectionFactory;
import com.ibm.mq.jakarta.jms.MQQueue;
import com.ibm.msg.client.jakarta.wmq.WMQConstants;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;

/**
 * Builds the IBM MQ client connection factory and queues from {@link IbmMqSettings}, with the IBM MQ
 * Jakarta client from Maven Central. Used instead of a JNDI connection factory when
 * {@code kyc.jms.provider=ibmmq}: the IBM MQ resource adapter is not on Maven Central, so the hub
 * builds its factory itself (docs/adr/0006).
 */
public final class IbmMqConnections {

    private IbmMqConnections() {
    }

    public static ConnectionFactory connectionFactory(IbmMqSettings s) throws JMSException {
        MQConnectionFactory cf = new MQConnectionFactory();
        cf.setTransportType(WMQConstants.WMQ_CM_CLIENT);
        cf.setHostName(s.host());
        cf.setPort(s.port());
        cf.setChannel(s.channel());
        cf.setQueueManager(s.queueManager());
        cf.setCCSID(s.ccsid());
        cf.setAppName("ekyc-hub");
        if (s.cipherSuite() != null) {
            cf.setSSLCipherSuite(s.cipherSuite());
        }
        if (s.user() != null) {
            cf.setBooleanProperty(WMQConstants.USER_AUTHENTICATION_MQCSP, true);
            cf.setStringProperty(WMQConstants.USERID, s.user());
            cf.setStringProperty(WMQConstants.PASSWORD, s.password());
        }
        return cf;
    }

    /** A queue as the hub addresses it; for COBOL consumers without the JMS (RFH2) header. */
    public static Queue queue(String name, IbmMqSettings s) throws JMSException {
        MQQueue q = new MQQueue(name);
        if (s.nonJmsTarget()) {
            q.setTargetClient(WMQConstants.WMQ_CLIENT_NONJMS_MQ);
        }
        return q;
    }
}

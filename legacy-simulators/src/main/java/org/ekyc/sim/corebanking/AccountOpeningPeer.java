package org.ekyc.sim.corebanking;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.time.LocalDate;
import java.time.ZoneId;
import org.ekyc.sim.admin.SimulatorFaults;
import org.jboss.logging.Logger;

/**
 * Core banking's side of account opening: consumes ACCTOPEN records from {@code KYC.ACCTOPEN} and
 * answers each on its JMSReplyTo with JMSCorrelationID = the order's JMSMessageID (MQMD style),
 * persistent, in the same transaction as the order is consumed. It consumes and answers as core
 * banking's own JMS user ({@value #USER}, role {@code kyc-core}: consume KYC.ACCTOPEN, send
 * KYC.ACCTRSP), never without a user: an in-VM connection that names none is WildFly's internal user
 * with every right. The password is the development-only default that wildfly-config provisions
 * ({@code kyc.dev.core.password}); the simulator never runs beside a real core banking.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/KYC.ACCTOPEN"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "user", propertyValue = AccountOpeningPeer.USER),
        @ActivationConfigProperty(propertyName = "password", propertyValue = AccountOpeningPeer.DEV_PASSWORD),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")})
public class AccountOpeningPeer implements MessageListener {

    /** Core banking's account-opening user on the hub's broker (wildfly-config's {@code kyc.dev.core.user}). */
    public static final String USER = "kyc-corebanking-core";
    /** Its development-only password (wildfly-config's {@code kyc.dev.core.password}); guards nothing real. */
    public static final String DEV_PASSWORD = "dev-only-CoreBanking-2026";

    private static final Logger LOG = Logger.getLogger(AccountOpeningPeer.class);
    private static final SyntheticCoreBanking BANK = new SyntheticCoreBanking(SyntheticCoreBanking.configuredCcsid());

    @Resource(lookup = "java:/JmsXA")
    private ConnectionFactory connectionFactory;

    @Override
    public void onMessage(Message order) {
        try {
            if (!(order instanceof BytesMessage)) {
                LOG.warnf("ACCTOPEN order %s is not a BytesMessage: dropped", order.getJMSMessageID());
                return;
            }
            SimulatorFaults.Fault fault = SimulatorFaults.of(SyntheticCoreBanking.PEER);
            byte[] reply = BANK.answer(order.getBody(byte[].class), fault.mode(), LocalDate.now(ZoneId.of("Asia/Seoul")));
            if (reply == null || order.getJMSReplyTo() == null) {
                LOG.infof("ACCTOPEN order %s: no reply (%s)", order.getJMSMessageID(), fault.mode());
                return;
            }
            if (fault.mode() == SimulatorFaults.Mode.SLOW) {
                Thread.sleep(fault.delayMs());
            }
            try (Connection c = connectionFactory.createConnection(USER, DEV_PASSWORD);
                 Session s = c.createSession()) {
                BytesMessage m = s.createBytesMessage();
                m.writeBytes(reply);
                m.setJMSCorrelationID(order.getJMSMessageID());
                MessageProducer p = s.createProducer(order.getJMSReplyTo());
                p.setDeliveryMode(DeliveryMode.PERSISTENT);
                p.send(m);
            }
            LOG.infof("ACCTOPEN order %s answered (%s)", order.getJMSMessageID(), fault.mode());
        } catch (JMSException e) {
            throw new IllegalStateException("ACCTOPEN order could not be answered: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.ekyc.hub.bench.crash;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.ekyc.hub.bench.mq.CoreBankingRecords;
import org.ekyc.hub.bench.mq.CoreBankingRecords.Reply;

/**
 * A retrying core-banking client: KYCREQ requests, each under its own customer reference and
 * sequence (its own idempotency key), sent to KYC.REQUEST at a steady pace; replies read from
 * KYC.REPLY. A request counts as accepted when the broker took it (the persistent send returned).
 * A request the hub has not answered is sent again, with the same key, when asked to.
 */
final class MqStream extends LoadStream {

    private final String tag;
    private final long paceMillis;
    private final ActiveMQConnectionFactory cf = CoreBankingRecords.connectionFactory();
    /** request number → time the broker first accepted it */
    final Map<Integer, Long> accepted = new ConcurrentHashMap<>();
    /** request number → every reply received for it */
    final Map<Integer, List<Reply>> replies = new ConcurrentHashMap<>();
    final AtomicInteger sends = new AtomicInteger();
    final AtomicInteger failedSends = new AtomicInteger();
    private final ConcurrentLinkedDeque<Integer> resend = new ConcurrentLinkedDeque<>();
    private int next = 1;

    MqStream(String tag, long paceMillis) {
        this.tag = tag;
        this.paceMillis = paceMillis;
        cf.setCallTimeout(10_000);
    }

    String ref(int n) {
        return tag + "M" + n;
    }

    void start() {
        start("mq", this::sendLoop, this::replyLoop);
    }

    /** Accepted requests without a reply yet. */
    List<Integer> unanswered() {
        List<Integer> open = new ArrayList<>();
        for (Integer n : accepted.keySet()) {
            if (!replies.containsKey(n)) {
                open.add(n);
            }
        }
        Collections.sort(open);
        return open;
    }

    /** Sends every unanswered accepted request again, same record and key, new correlation id. */
    int resendUnanswered() {
        List<Integer> open = unanswered();
        resend.addAll(open);
        return open.size();
    }

    private void sendLoop() {
        Connection c = null;
        while (!stopped) {
            if (!up) {
                c = close(c);
                sleep(100);
                continue;
            }
            Integer n = resend.poll();
            boolean fresh = n == null;
            if (fresh && !generating) {
                sleep(100);
                continue;
            }
            if (fresh) {
                n = next;
            }
            try {
                if (c == null) {
                    c = cf.createConnection(CoreBankingRecords.USER, CoreBankingRecords.PASSWORD);
                }
                try (Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
                     MessageProducer p = s.createProducer(s.createQueue("KYC.REQUEST"))) {
                    BytesMessage m = s.createBytesMessage();
                    m.writeBytes(CoreBankingRecords.kycreq(ref(n), n));
                    m.setJMSCorrelationID(tag + "-" + n + "-" + sends.get());
                    m.setJMSReplyTo(s.createQueue("KYC.REPLY"));
                    p.send(m);
                }
                sends.incrementAndGet();
                accepted.putIfAbsent(n, System.currentTimeMillis());
                if (fresh) {
                    next++;
                    sleep(paceMillis);
                }
            } catch (Exception e) {
                failedSends.incrementAndGet();
                if (!fresh) {
                    resend.addFirst(n);
                }
                c = close(c);
                sleep(500);
            }
        }
        close(c);
    }

    private void replyLoop() {
        Connection c = null;
        MessageConsumer consumer = null;
        while (!stopped) {
            if (!up) {
                c = close(c);
                consumer = null;
                sleep(100);
                continue;
            }
            try {
                if (c == null) {
                    c = cf.createConnection(CoreBankingRecords.USER, CoreBankingRecords.PASSWORD);
                    Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
                    Queue q = s.createQueue("KYC.REPLY");
                    consumer = s.createConsumer(q);
                    c.start();
                }
                BytesMessage m = (BytesMessage) consumer.receive(500);
                if (m == null) {
                    continue;
                }
                byte[] b = new byte[(int) m.getBodyLength()];
                m.readBytes(b);
                Reply r = Reply.of(b);
                if (r.customerRef().startsWith(tag + "M")) {
                    int n = Integer.parseInt(r.customerRef().substring(tag.length() + 1));
                    replies.computeIfAbsent(n, k -> Collections.synchronizedList(new ArrayList<>())).add(r);
                }
            } catch (Exception e) {
                c = close(c);
                consumer = null;
                sleep(500);
            }
        }
        close(c);
    }

    private static Connection close(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // the server is gone: nothing to close cleanly
            }
        }
        return null;
    }
}

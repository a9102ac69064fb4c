package org.ekyc.hub.bench.mq;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import java.util.Arrays;
import java.util.Locale;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Load driver: MQ request/reply round trips through the hub (KYCREQ → mq-gateway → engine →
 * immigration simulator → KYCRSP) against bare JMS round trips on the same broker (a responder in
 * this driver echoes on a temporary queue), one request in flight at a time, same connection.
 * Needs the hub running (./mvnw -Prun install -DskipTests). Bounded: N requests each, then stops.
 * Its temporary queues need rights the provisioned JMS users do not have (docs/benchmarks.md).
 *
 *   ./mvnw -q -pl bench exec:exec -Dbench.main=org.ekyc.hub.bench.mq.MqRoundTripDriver -Dbench.args="200 4"
 *
 * The second argument is the number of requesters for the concurrent comparison (default 4).
 */
public final class MqRoundTripDriver {

    /**
     * A durable queue on the hub's broker that nothing in the development hub consumes (core banking
     * reads it in production), used as the echo queue of the like-for-like bare baseline. The driver's
     * responder drains everything it sends there.
     */
    private static final String DURABLE_ECHO = System.getProperty("bench.durableQueue", "KYC.REPLY");

    private MqRoundTripDriver() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        ActiveMQConnectionFactory cf = CoreBankingRecords.connectionFactory();
        try (Connection c = cf.createConnection(CoreBankingRecords.USER, CoreBankingRecords.PASSWORD)) {
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            // warm-up of both paths
            Queue durable = s.createQueue(DURABLE_ECHO);
            bare(c, s, 20, null);
            bare(c, s, 20, durable);
            hub(s, 20, "WARM");
            repeated(s, 20, "WARMR");
            long[] bare = bare(c, s, n, null);
            long[] bareDurable = bare(c, s, n, durable);
            long[] hub = hub(s, n, "BENCH");
            long[] again = repeated(s, n, "BENCHR");
            report("bare JMS round trip (temporary queue: not journalled, auto-acknowledged)", bare);
            report("bare JMS round trip like the gateway's (durable queue, persistent, transacted responder)", bareDurable);
            report("hub KYCREQ→KYCRSP round trip, new case (codec + routes + engine + registry)", hub);
            report("hub KYCREQ→KYCRSP round trip, repeated request (codec + routes + idempotent case lookup)", again);
            System.out.printf(Locale.ROOT, "hub / bare (temporary queue): new case %.1f%%, repeated request %.1f%%%n",
                    100.0 * throughput(hub) / throughput(bare), 100.0 * throughput(again) / throughput(bare));
            System.out.printf(Locale.ROOT, "hub / bare (durable, transacted): new case %.1f%%, repeated request %.1f%%%n",
                    100.0 * throughput(hub) / throughput(bareDurable), 100.0 * throughput(again) / throughput(bareDurable));
            // several requesters at once, as core banking's own CICS tasks send them: throughput by wall time
            double bareRate = concurrently(c, clients, n, true, null);
            double bareDurableRate = concurrently(c, clients, n, true, DURABLE_ECHO);
            double hubRate = concurrently(c, clients, n, false, null);
            System.out.printf(Locale.ROOT, "%d requesters at once, %d round trips each path: bare (temporary) %.1f/s,"
                    + " bare (durable, transacted) %.1f/s, hub repeated request %.1f/s = %.1f%% / %.1f%% of bare%n",
                    clients, n, bareRate, bareDurableRate, hubRate, 100.0 * hubRate / bareRate, 100.0 * hubRate / bareDurableRate);
        }
    }

    /**
     * Bare round trips. {@code durableQueue == null}: requests on a temporary queue (nothing
     * journalled), auto-acknowledged echo. Otherwise the messaging work the gateway itself does per
     * request: a persistent request on a durable queue, consumed and answered in one local transaction
     * (receive + reply + commit), as {@code mq-gateway} consumes {@code KYC.REQUEST}.
     */
    private static long[] bare(Connection c, Session s, int n, Queue durableQueue) throws Exception {
        boolean durable = durableQueue != null;
        Queue requests = durable ? durableQueue : s.createTemporaryQueue();
        Queue replies = s.createTemporaryQueue();
        // the responder has its own session: a session with a listener serves only that listener
        Session responderSession = durable ? c.createSession(true, Session.SESSION_TRANSACTED)
                : c.createSession(false, Session.AUTO_ACKNOWLEDGE);
        MessageConsumer responder = responderSession.createConsumer(requests);
        MessageProducer echo = responderSession.createProducer(null);
        responder.setMessageListener(m -> {
            try {
                BytesMessage r = responderSession.createBytesMessage();
                r.writeBytes(new byte[137]);
                r.setJMSCorrelationID(m.getJMSCorrelationID());
                echo.send(m.getJMSReplyTo(), r);
                if (durable) {
                    responderSession.commit();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        MessageProducer p = s.createProducer(requests);
        MessageConsumer replyConsumer = s.createConsumer(replies);
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            BytesMessage m = s.createBytesMessage();
            m.writeBytes(new byte[173]);
            m.setJMSCorrelationID("B" + i);
            m.setJMSReplyTo(replies);
            long t0 = System.nanoTime();
            p.send(m);
            Message r = replyConsumer.receive(30_000);
            t[i] = System.nanoTime() - t0;
            if (r == null) {
                throw new IllegalStateException("no echo within 30 s");
            }
        }
        responderSession.close();
        return t;
    }

    private static long[] hub(Session s, int n, String prefix) throws Exception {
        Queue requests = s.createQueue("KYC.REQUEST");
        Queue replies = s.createTemporaryQueue();
        MessageProducer p = s.createProducer(requests);
        MessageConsumer replyConsumer = s.createConsumer(replies);
        long[] t = new long[n];
        long run = System.currentTimeMillis() % 1_000_000;
        for (int i = 0; i < n; i++) {
            BytesMessage m = s.createBytesMessage();
            m.writeBytes(kycreq(prefix + run + "-" + i, i));
            m.setJMSCorrelationID(prefix + i);
            m.setJMSReplyTo(replies);
            long t0 = System.nanoTime();
            p.send(m);
            BytesMessage r = (BytesMessage) replyConsumer.receive(30_000);
            t[i] = System.nanoTime() - t0;
            if (r == null) {
                throw new IllegalStateException("no KYCRSP within 30 s");
            }
        }
        return t;
    }

    /**
     * The same request again and again, as core banking resends it when a reply is late: the hub
     * decodes it, finds the case the first one opened (idempotency key) and answers from it, without
     * screening or a registry call — the MQ adapter's own cost (codec, routes, one lookup, audit).
     */
    private static long[] repeated(Session s, int n, String prefix) throws Exception {
        Queue requests = s.createQueue("KYC.REQUEST");
        Queue replies = s.createTemporaryQueue();
        MessageProducer p = s.createProducer(requests);
        MessageConsumer replyConsumer = s.createConsumer(replies);
        byte[] record = kycreq(prefix + System.currentTimeMillis() % 1_000_000, 1);
        long[] t = new long[n];
        for (int i = -1; i < n; i++) {
            BytesMessage m = s.createBytesMessage();
            m.writeBytes(record);
            m.setJMSCorrelationID(prefix + i);
            m.setJMSReplyTo(replies);
            long t0 = System.nanoTime();
            p.send(m);
            BytesMessage r = (BytesMessage) replyConsumer.receive(30_000);
            if (r == null) {
                throw new IllegalStateException("no KYCRSP within 30 s");
            }
            if (i >= 0) {
                t[i] = System.nanoTime() - t0;
            }
        }
        return t;
    }

    /** {@code clients} requesters in parallel (own session and reply queue each); round trips per second of wall time. */
    private static double concurrently(Connection c, int clients, int n, boolean bare, String durableQueue) throws Exception {
        java.util.List<Session> responders = new java.util.ArrayList<>();
        Queue requests;
        Session setup = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
        if (bare) {
            boolean durable = durableQueue != null;
            requests = durable ? setup.createQueue(durableQueue) : setup.createTemporaryQueue();
            // as many responders as the gateway has consumers (kyc.mq.concurrent-consumers=2)
            for (int i = 0; i < 2; i++) {
                Session rs = durable ? c.createSession(true, Session.SESSION_TRANSACTED)
                        : c.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageProducer echo = rs.createProducer(null);
                rs.createConsumer(requests).setMessageListener(m -> {
                    try {
                        BytesMessage r = rs.createBytesMessage();
                        r.writeBytes(new byte[137]);
                        r.setJMSCorrelationID(m.getJMSCorrelationID());
                        echo.send(m.getJMSReplyTo(), r);
                        if (durable) {
                            rs.commit();
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                responders.add(rs);
            }
        } else {
            requests = setup.createQueue("KYC.REQUEST");
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        long t0 = System.nanoTime();
        for (int k = 0; k < clients; k++) {
            int client = k;
            done.add(pool.submit(() -> {
                try (Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
                    Queue replies = s.createTemporaryQueue();
                    MessageProducer p = s.createProducer(requests);
                    MessageConsumer rc = s.createConsumer(replies);
                    byte[] record = bare ? new byte[173] : kycreq("CONC" + client + "-" + System.currentTimeMillis() % 100_000, client);
                    for (int i = 0; i < n / clients; i++) {
                        BytesMessage m = s.createBytesMessage();
                        m.writeBytes(record);
                        m.setJMSCorrelationID("C" + client + "-" + i);
                        m.setJMSReplyTo(replies);
                        p.send(m);
                        if (rc.receive(30_000) == null) {
                            throw new IllegalStateException("no reply within 30 s");
                        }
                    }
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        for (Session rs : responders) {
            rs.close();
        }
        setup.close();
        return (n / clients * clients) / seconds;
    }

    private static byte[] kycreq(String ref, int seq) {
        return CoreBankingRecords.kycreq(ref, seq);
    }

    private static double throughput(long[] t) {
        return t.length / (Arrays.stream(t).sum() / 1e9);
    }

    private static void report(String what, long[] t) {
        long[] sorted = t.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: n=%d  %.1f round trips/s  p50 %.2f ms  p95 %.2f ms  max %.2f ms%n", what,
                t.length, throughput(t), sorted[t.length / 2] / 1e6, sorted[(int) (t.length * 0.95)] / 1e6,
                sorted[t.length - 1] / 1e6);
    }
}

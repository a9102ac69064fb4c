package org.ekyc.sim.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ServerSocketFactory;
import javax.net.ssl.SSLServerSocket;
import org.ekyc.sim.admin.SimulatorFaults;
import org.jboss.logging.Logger;

/**
 * A simulated TCP peer: accepts connections on a port, reads 4-digit-length-framed telegrams and
 * answers each through its {@link Handler}, applying the peer's current fault from
 * {@link SimulatorFaults} (DOWN, DROP, SLOW, ERROR, GARBLED, TRUNCATED). A connection may carry any
 * number of exchanges; it ends when the client closes it or stays silent for 30 s.
 */
public final class TelegramServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TelegramServer.class);
    private static final int IDLE_MS = 30_000;

    /** Answers one request; {@code systemError} asks for the peer's 9999 reply to it. Null closes the connection. */
    public interface Handler {
        Record answer(Record request, boolean systemError);
    }

    private final String peer;
    private final String bindAddress;
    private final int port;
    private final Handler handler;
    private final ExecutorService workers;
    private final ServerSocketFactory sockets;
    private ServerSocket server;

    /** A plain TCP peer. */
    public TelegramServer(String peer, String bindAddress, int port, Handler handler) {
        this(peer, bindAddress, port, handler, ServerSocketFactory.getDefault());
    }

    /** A peer listening with {@code sockets}, e.g. an {@code SSLServerSocketFactory} for TLS. */
    public TelegramServer(String peer, String bindAddress, int port, Handler handler, ServerSocketFactory sockets) {
        this.peer = peer;
        this.sockets = sockets;
        this.bindAddress = bindAddress;
        this.port = port;
        this.handler = handler;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "sim-" + peer + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public TelegramServer start() throws IOException {
        server = sockets.createServerSocket(port, 50, InetAddress.getByName(bindAddress));
        workers.execute(this::acceptLoop);
        LOG.infof("simulated %s peer listening on %s:%d (4-digit ASCII length + MS949 record%s)", peer, bindAddress,
                server.getLocalPort(), server instanceof SSLServerSocket ? ", TLS" : "");
        return this;
    }

    public int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                workers.execute(() -> serve(socket));
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.warnf("%s: accept failed: %s", peer, e.getMessage());
                }
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout(IDLE_MS);
            if (SimulatorFaults.of(peer).mode() == SimulatorFaults.Mode.DOWN) {
                socket.setSoLinger(true, 0); // reset, as a crashed gateway behind a load balancer would
                return;
            }
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            for (byte[] frame = Frames.read(in); frame != null; frame = Frames.read(in)) {
                SimulatorFaults.Fault fault = SimulatorFaults.of(peer);
                if (fault.mode() == SimulatorFaults.Mode.DROP || fault.mode() == SimulatorFaults.Mode.DOWN) {
                    LOG.infof("%s: request read, connection dropped (fault %s)", peer, fault.mode());
                    return;
                }
                if (fault.mode() == SimulatorFaults.Mode.SLOW) {
                    Thread.sleep(fault.delayMs());
                }
                Record reply = handler.answer(new Record(frame), fault.mode() == SimulatorFaults.Mode.ERROR);
                if (reply == null) {
                    return;
                }
                Frames.write(out, switch (fault.mode()) {
                    case GARBLED -> garble(reply.bytes());
                    case TRUNCATED -> Arrays.copyOf(reply.bytes(), Math.max(Record.HEADER + 4, reply.length() / 2));
                    default -> reply.bytes();
                });
            }
        } catch (SocketException e) {
            LOG.debugf("%s: connection ended: %s", peer, e.getMessage());
        } catch (IOException e) {
            LOG.infof("%s: connection closed: %s", peer, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Same length and header, but the body is noise: a byte that is no MS949 character, then '#'. */
    private static byte[] garble(byte[] record) {
        byte[] g = record.clone();
        for (int i = Record.HEADER; i < g.length; i++) {
            g[i] = (byte) '#';
        }
        if (g.length > Record.HEADER) {
            g[Record.HEADER] = (byte) 0xFF;
        }
        return g;
    }

    @Override
    public void close() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            LOG.debugf("%s: close: %s", peer, e.getMessage());
        }
        workers.shutdownNow();
    }
}

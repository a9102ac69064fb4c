package org.ekyc.hub.routes.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataInputStream;
import java.nio.file.Path;
import javax.net.ServerSocketFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Properties;
import java.util.function.Function;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.apache.camel.impl.DefaultCamelContext;
import org.ekyc.hub.adapter.telecom.TelecomTelegrams;
import org.ekyc.hub.routes.peer.telecom.TelecomIdentityClient;
import org.ekyc.hub.verification.api.peer.PeerException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.peer.telecom.Carrier;
import org.ekyc.hub.verification.api.peer.telecom.PhoneCheckOutcome;
import org.ekyc.hub.verification.api.peer.telecom.PhoneIdentityRequest;
import org.ekyc.hub.verification.api.peer.telecom.Sex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Framing codecs and the telegram exchange route over real sockets, against a scripted peer (no container). */
class TelegramRoutesTest {

    private DefaultCamelContext camel;
    private ServerSocket peer;
    private Thread peerThread;

    @AfterEach
    void stop() throws Exception {
        if (camel != null) {
            camel.stop();
        }
        if (peer != null) {
            peer.close();
        }
    }

    @Test
    void decoderFramesAcrossPartialReadsAndRefusesANonDigitPrefix() {
        EmbeddedChannel ch = new EmbeddedChannel(new AsciiLengthFraming.Decoder());
        ch.writeInbound(Unpooled.wrappedBuffer("00".getBytes(StandardCharsets.US_ASCII)));
        assertThat((Object) ch.readInbound()).isNull();
        ch.writeInbound(Unpooled.wrappedBuffer("05HELLO0002".getBytes(StandardCharsets.US_ASCII)));
        assertThat((byte[]) ch.readInbound()).isEqualTo("HELLO".getBytes(StandardCharsets.US_ASCII));
        assertThat((Object) ch.readInbound()).as("second frame incomplete").isNull();
        EmbeddedChannel bad = new EmbeddedChannel(new AsciiLengthFraming.Decoder());
        assertThatThrownBy(() -> bad.writeInbound(Unpooled.wrappedBuffer("0x12abc".getBytes(StandardCharsets.US_ASCII))))
                .hasMessageContaining("4 ASCII digits");
        EmbeddedChannel out = new EmbeddedChannel(AsciiLengthFraming.encoder());
        out.writeOutbound((Object) "ABC".getBytes(StandardCharsets.US_ASCII));
        ByteBuf written = out.readOutbound();
        assertThat(written.toString(StandardCharsets.US_ASCII)).isEqualTo("0003ABC");
        written.release();
    }

    /** A peer that answers each framed request with {@code reply.apply(request)} (null: close without reply). */
    private void peer(Function<byte[], byte[]> reply) throws IOException {
        peer(reply, ServerSocketFactory.getDefault());
    }

    private void peer(Function<byte[], byte[]> reply, ServerSocketFactory sockets) throws IOException {
        peer = sockets.createServerSocket(0);
        peerThread = new Thread(() -> {
            while (!peer.isClosed()) {
                try (Socket s = peer.accept()) {
                    DataInputStream in = new DataInputStream(s.getInputStream());
                    byte[] prefix = new byte[4];
                    in.readFully(prefix);
                    byte[] request = new byte[Integer.parseInt(new String(prefix, StandardCharsets.US_ASCII))];
                    in.readFully(request);
                    byte[] answer = reply.apply(request);
                    if (answer != null) {
                        OutputStream out = s.getOutputStream();
                        out.write(answer);
                        out.flush();
                    }
                } catch (IOException e) {
                    // next connection
                }
            }
        });
        peerThread.setDaemon(true);
        peerThread.start();
    }

    private TelecomIdentityClient client() throws Exception {
        return client(new Properties());
    }

    private TelecomIdentityClient client(Properties p) throws Exception {
        camel = new DefaultCamelContext();
        camel.getPropertiesComponent().setLocation("classpath:kyc-hub.properties");
        p.setProperty("kyc.telecom.port", String.valueOf(peer.getLocalPort()));
        p.setProperty("kyc.telecom.timeout-ms", "800");
        p.setProperty("kyc.credit.port", String.valueOf(peer.getLocalPort()));
        camel.getPropertiesComponent().setOverrideProperties(p);
        camel.getRegistry().bind("telegramEncoder", AsciiLengthFraming.encoder());
        camel.getRegistry().bind("telegramDecoder", AsciiLengthFraming.decoderFactory());
        camel.addRoutes(new TelegramRoutes());
        camel.start();
        return new TelecomIdentityClient(new TelegramPeer(camel, "telecom-identity", TelegramRoutes.TELECOM,
                ReasonCode.TELECOM_UNAVAILABLE), new TelecomTelegrams("EKYCHUB1"));
    }

    private static PhoneIdentityRequest hong() {
        return new PhoneIdentityRequest("홍길동", LocalDate.of(1990, 1, 1), Sex.M, false, "01012345678", Carrier.SKT);
    }

    /** A 0110 OTP-sent reply to the given request, framed. */
    private static byte[] otpSent(byte[] request) {
        byte[] r = new byte[80];
        Arrays.fill(r, (byte) ' ');
        System.arraycopy(request, 0, r, 0, 50);
        System.arraycopy("0110".getBytes(StandardCharsets.US_ASCII), 0, r, 0, 4);
        System.arraycopy("0000".getBytes(StandardCharsets.US_ASCII), 0, r, 38, 4);
        System.arraycopy("180".getBytes(StandardCharsets.US_ASCII), 0, r, 50, 3);
        return framed(r);
    }

    private static byte[] framed(byte[] record) {
        byte[] f = new byte[record.length + 4];
        System.arraycopy(String.format("%04d", record.length).getBytes(StandardCharsets.US_ASCII), 0, f, 0, 4);
        System.arraycopy(record, 0, f, 4, record.length);
        return f;
    }

    @TempDir
    Path dir;

    private Path keystore(String cn, String san) throws Exception {
        return TestCertificates.keystore(dir, cn, san);
    }

    private static ServerSocketFactory tlsPeer(Path keystore) throws Exception {
        return TestCertificates.server(keystore).getServerSocketFactory();
    }

    /** The hub's telecom client with TLS, trusting the certificate in {@code truststore}. */
    private TelecomIdentityClient tlsClient(Path truststore) throws Exception {
        Properties p = new Properties();
        p.setProperty("kyc.telecom.tls", "true");
        p.setProperty("kyc.tls.truststore", truststore.toString());
        p.setProperty("kyc.tls.truststore-password", TestCertificates.PASSWORD);
        return client(p);
    }

    @Test
    void overTlsThePeersCertificateIsTrustedAndItsHostNameChecked() throws Exception {
        Path localhost = keystore("localhost", "dns:localhost,ip:127.0.0.1");
        peer(TelegramRoutesTest::otpSent, tlsPeer(localhost));
        assertThat(tlsClient(localhost).requestOtp(hong()).outcome()).isEqualTo(PhoneCheckOutcome.OTP_SENT);
    }

    @Test
    void overTlsATrustedCertificateForAnotherHostIsRefused() throws Exception {
        Path elsewhere = keystore("elsewhere.test", "dns:elsewhere.test");
        peer(TelegramRoutesTest::otpSent, tlsPeer(elsewhere));
        assertThatThrownBy(() -> tlsClient(elsewhere).requestOtp(hong()))
                .isInstanceOfSatisfying(PeerException.class,
                        e -> assertThat(e.kind()).isEqualTo(PeerException.Kind.UNAVAILABLE));
    }

    @Test
    void otpRequestGoesOutFramedAndTheReplyIsRead() throws Exception {
        byte[][] seen = new byte[1][];
        peer(rq -> {
            seen[0] = rq;
            return otpSent(rq);
        });
        var challenge = client().requestOtp(hong());
        assertThat(challenge.outcome()).isEqualTo(PhoneCheckOutcome.OTP_SENT);
        assertThat(challenge.expiresInSeconds()).isEqualTo(180);
        assertThat(seen[0]).hasSize(130);
        assertThat(new String(seen[0], 0, 4, StandardCharsets.US_ASCII)).isEqualTo("0100");
    }

    @Test
    void garbledShortDroppedAndSilentPeersAreTypedErrorsAndOpenTheCircuit() throws Exception {
        int[] call = {0};
        peer(rq -> switch (call[0]++) {
            case 0 -> {
                byte[] g = otpSent(rq);
                g[4 + 51] = 'X';
                yield g;
            }
            case 1 -> framed(Arrays.copyOf(Arrays.copyOfRange(otpSent(rq), 4, 84), 40));
            case 2 -> null;
            default -> {
                try {
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                yield otpSent(rq);
            }
        });
        TelecomIdentityClient client = client();
        assertThatThrownBy(() -> client.requestOtp(hong())).isInstanceOf(PeerException.class)
                .satisfies(e -> assertThat(((PeerException) e).reason()).isEqualTo(ReasonCode.PEER_REPLY_MALFORMED));
        assertThatThrownBy(() -> client.requestOtp(hong()))
                .satisfies(e -> assertThat(((PeerException) e).reason()).isEqualTo(ReasonCode.PEER_REPLY_MALFORMED));
        assertThatThrownBy(() -> client.requestOtp(hong()))
                .satisfies(e -> assertThat(((PeerException) e).reason()).isEqualTo(ReasonCode.TELECOM_UNAVAILABLE));
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> client.requestOtp(hong()))
                .satisfies(e -> assertThat(((PeerException) e).kind()).isEqualTo(PeerException.Kind.UNAVAILABLE));
        assertThat((System.nanoTime() - t0) / 1_000_000).as("reply timeout").isLessThan(1400);
        assertThat(PeerCircuit.state(camel, TelegramRoutes.TELECOM_CIRCUIT)).isEqualTo("OPEN");
        assertThatThrownBy(() -> client.requestOtp(hong())).hasMessageContaining("circuit open");
    }

    /** Names no telegram's REQ-NAME (MS949, 40 bytes) can carry; each fits the API's 60 characters. */
    private static final java.util.List<String> POISONED = java.util.List.of(
            "NGU\u0000YEN", "TRAN\u001b[31m", "KIM\u0085MINJUN", "NGUYỄN AN",
            "ØØØØØØØØØØ ŁŁŁŁŁŁŁŁŁŁ", // 21 characters, 41 bytes in MS949: fits in characters, not in bytes
            "가".repeat(21));

    @Test
    void aPoisonedApplicantIsRefusedBeforeTheCarriersCircuitAndTheNextOneIsAsked() throws Exception {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        peer(rq -> {
            asked.incrementAndGet();
            return otpSent(rq);
        });
        TelecomIdentityClient client = client();
        for (int round = 0; round < 3; round++) { // more than the circuit's window of 4
            for (String name : POISONED) {
                assertThatThrownBy(() -> client.requestOtp(new PhoneIdentityRequest(name, LocalDate.of(1990, 1, 1), Sex.M,
                        true, "01012345678", Carrier.SKT))).isInstanceOfSatisfying(PeerException.class, e -> {
                            assertThat(e.kind()).isEqualTo(PeerException.Kind.REQUEST_UNBUILDABLE);
                            assertThat(e.reason()).isEqualTo(ReasonCode.PEER_REQUEST_INVALID);
                            assertThat(e.getMessage()).contains("REQ-NAME").doesNotContain(name);
                        });
            }
        }
        assertThat(asked).as("the carrier never asked").hasValue(0);
        assertThat(PeerCircuit.state(camel, TelegramRoutes.TELECOM_CIRCUIT)).isNotEqualTo("OPEN");
        assertThat(client.requestOtp(hong()).outcome()).as("the next applicant").isEqualTo(PhoneCheckOutcome.OTP_SENT);
        // a Hangul name of exactly REQ-NAME's 40 bytes (20 syllables) is asked
        assertThat(client.requestOtp(new PhoneIdentityRequest("가".repeat(20), LocalDate.of(1990, 1, 1), Sex.F, false,
                "01012345678", Carrier.KT)).outcome()).isEqualTo(PhoneCheckOutcome.OTP_SENT);
        assertThat(asked).hasValue(2);
    }

    @Test
    void aPoisonedApplicantIsRefusedBeforeTheBureausCircuitAndNeverRetried() throws Exception {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        peer(rq -> {
            asked.incrementAndGet();
            return null;
        });
        client();
        org.ekyc.hub.routes.peer.credit.CreditBureauClient bureau = new org.ekyc.hub.routes.peer.credit.CreditBureauClient(
                new TelegramPeer(camel, "credit-bureau", TelegramRoutes.CREDIT, ReasonCode.CREDIT_BUREAU_UNAVAILABLE),
                new org.ekyc.hub.adapter.creditbureau.CreditBureauTelegrams("EKYCHUB1"), 2, 10);
        for (int round = 0; round < 3; round++) {
            for (String name : POISONED) {
                assertThatThrownBy(() -> bureau.creditSummary(new org.ekyc.hub.verification.api.peer.credit.CreditSummaryRequest(
                        name, "9001011000017", true))).isInstanceOfSatisfying(PeerException.class, e -> {
                            assertThat(e.kind()).isEqualTo(PeerException.Kind.REQUEST_UNBUILDABLE);
                            assertThat(e.reason()).isEqualTo(ReasonCode.PEER_REQUEST_INVALID);
                        });
            }
        }
        assertThat(asked).as("the bureau never asked, no retries").hasValue(0);
        assertThat(PeerCircuit.state(camel, TelegramRoutes.CREDIT_CIRCUIT)).isNotEqualTo("OPEN");
    }
}

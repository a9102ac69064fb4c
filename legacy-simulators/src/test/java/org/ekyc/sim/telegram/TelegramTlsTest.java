package org.ekyc.sim.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.ekyc.sim.credit.SyntheticCreditBureau;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TLS option of the simulated TCP peers: with a keystore like the provisioned development one
 * (CN=localhost, SAN localhost and 127.0.0.1), a client that checks the host name gets its answer.
 */
class TelegramTlsTest {

    private static final String PASSWORD = "dev-only-unit-test";

    @TempDir
    Path dir;

    private TelegramServer server;

    @AfterEach
    void stop() {
        System.clearProperty("kyc.tls.keystore");
        System.clearProperty("kyc.tls.keystore.password");
        if (server != null) {
            server.close();
        }
    }

    private Path keystore() throws Exception {
        Path file = dir.resolve("dev-keystore.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "localhost", "-keyalg", "RSA", "-keysize", "2048", "-storetype", "PKCS12",
                "-validity", "2", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-keystore", file.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        assertThat(keytool.waitFor()).isZero();
        return file;
    }

    @Test
    void aTlsPeerAnswersAClientThatChecksTheHostName() throws Exception {
        Path keystore = keystore();
        System.setProperty("kyc.tls.keystore", keystore.toString());
        System.setProperty("kyc.tls.keystore.password", PASSWORD);
        server = new TelegramServer("credit", "127.0.0.1", 0, SyntheticCreditBureau.load()::answer,
                TelegramPeers.tls()).start();

        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            trust.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext client = SSLContext.getInstance("TLS");
        client.init(null, tmf.getTrustManagers(), null);
        try (SSLSocket s = (SSLSocket) client.getSocketFactory().createSocket("127.0.0.1", server.port())) {
            SSLParameters params = s.getSSLParameters();
            params.setEndpointIdentificationAlgorithm("HTTPS");
            s.setSSLParameters(params);
            Record enquiry = Record.blank(130).put(0, 4, "0300").put(4, 20, "TX9").put(24, 14, "20261123093000")
                    .put(42, 8, "EKYCHUB1").put(50, 40, "김하늘").put(90, 13, "9205052123456").put(103, 1, "Y").put(104, 2, "01");
            Frames.write(s.getOutputStream(), enquiry.bytes());
            assertThat(new Record(Frames.read(s.getInputStream())).text(38, 4)).isEqualTo("0000");
            assertThat(s.getSession().getProtocol()).startsWith("TLS");
            assertThat(s.getSession().getPeerPrincipal().getName()).isEqualTo("CN=localhost");
        }
    }
}

package org.ekyc.hub.routes.peer.immigration;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Properties;
import org.ekyc.hub.routes.peer.TestCertificates;
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same wire as {@link RegistryWireTest}, over HTTPS: the real CXF client trusts the configured
 * truststore and checks the registry's host name. The stand-in registry's certificate names only
 * 127.0.0.1, so the hub configured with {@code https://localhost:…} must refuse it.
 */
class RegistryTlsWireTest extends RegistryWireTest {

    private final Path keystore;
    private final String host;

    RegistryTlsWireTest(TestInfo test, @TempDir Path dir) throws Exception {
        keystore = TestCertificates.keystore(dir, "registry", "ip:127.0.0.1");
        host = test.getTestMethod().map(m -> m.getName().contains("AnotherName")).orElse(false) ? "localhost" : "127.0.0.1";
    }

    @Override
    protected HttpServer server() throws IOException {
        HttpsServer https = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        try {
            https.setHttpsConfigurator(new HttpsConfigurator(TestCertificates.server(keystore)));
        } catch (Exception e) {
            throw new UncheckedIOException(new IOException(e));
        }
        return https;
    }

    @Override
    protected String address(int port) {
        return "https://" + host + ":" + port + "/immigration/stay-status";
    }

    @Override
    protected void settings(Properties overrides) {
        overrides.setProperty("kyc.tls.truststore", keystore.toString());
        overrides.setProperty("kyc.tls.truststore-password", TestCertificates.PASSWORD);
    }

    @Test
    void aRegistryWhoseCertificateNamesAnotherNameIsNotAsked() {
        assertThat(check().outcome()).isEqualTo(RegistryCheckOutcome.UNAVAILABLE);
    }
}

package org.ekyc.hub.routes.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import org.apache.camel.impl.DefaultCamelContext;
import org.ekyc.hub.verification.api.DeploymentMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The peer clients' TLS: https addresses get the configured trust with the host name checked, http
 * addresses none; the development truststore is refused in production, naming the settings.
 */
class PeerTlsTest {

    @TempDir
    Path dir;

    private DefaultCamelContext camel(String url, String password) throws Exception {
        return camel(url, password, null);
    }

    /** With {@code truststoreSetting} null, an empty PKCS12 truststore written with {@code password}. */
    private DefaultCamelContext camel(String url, String password, String truststoreSetting) throws Exception {
        Path truststore = dir.resolve("trust.p12");
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        try (OutputStream out = Files.newOutputStream(truststore)) {
            ks.store(out, password.toCharArray());
        }
        return OutsideTheServer.withSettings("kyc.tax.url", url,
                "kyc.tls.truststore", truststoreSetting != null ? truststoreSetting : truststore.toString(),
                "kyc.tls.truststore-password", password, "kyc.tls.truststore-type", "PKCS12");
    }

    @AfterEach
    void backToDevelopment() {
        System.clearProperty(DeploymentMode.PROPERTY);
    }

    @Test
    void anHttpsPeerGetsTheTruststoreWithTheHostNameChecked() throws Exception {
        var tls = new SoapPeer("tax", "tax").tls(camel("https://registry.example.test/tax", "from-the-vault"));
        assertThat(tls).isNotNull();
        assertThat(tls.getSslContext()).isNotNull();
        assertThat(tls.isDisableCNCheck()).isFalse();
    }

    @Test
    void aPlainHttpPeerGetsNoTls() throws Exception {
        assertThat(new SoapPeer("tax", "tax").tls(camel("http://localhost:8080/registry-sim/tax", "x"))).isNull();
    }

    @Test
    void productionRefusesTheDevelopmentTruststoreNamingTheSettings() throws Exception {
        DefaultCamelContext camel = camel("https://localhost:8443/registry-sim/tax", "dev-only-Tls-2026");
        assertThat(PeerTls.parameters(camel).getTrustManagers()).isNotNull();
        System.setProperty(DeploymentMode.PROPERTY, "production");
        assertThatThrownBy(() -> PeerTls.parameters(camel))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KYC_TLS_TRUSTSTORE").hasMessageNotContaining("dev-only-Tls-2026");
    }

    @Test
    void anEmptyTruststoreSettingMeansTheJdkDefaultTrust() throws Exception {
        DefaultCamelContext camel = camel("https://registry.example.test/tax", "x", "");
        assertThat(PeerTls.parameters(camel).getTrustManagers()).isNull();
    }

    @Test
    void anUnreadableTruststoreFailsNamingTheSetting() throws Exception {
        DefaultCamelContext camel = camel("https://registry.example.test/tax", "x", dir.resolve("missing.p12").toString());
        assertThatThrownBy(() -> PeerTls.cxf(camel)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KYC_TLS_TRUSTSTORE");
    }
}

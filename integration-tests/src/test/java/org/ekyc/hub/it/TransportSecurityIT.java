package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * Encryption in transit over the wire: the HTTPS listener (wildfly-config 45-tls.cli) serves the API
 * with the development certificate provisioned by the build (CN=localhost), to a client that trusts
 * only the provisioned truststore and checks the host name; and the hub calls the registry simulators
 * over HTTPS (the peer URLs' default), which the simulator records per request.
 */
class TransportSecurityIT extends HubDeployments {

    static final URI HTTPS = URI.create("https://localhost:8443");

    /** A client that trusts the provisioned development truststore only (the host name is checked). */
    private static HttpClient trustingTheDevelopmentCertificate() throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("it.tls.truststore")))) {
            trust.load(in, System.getProperty("it.tls.truststore.password").toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpResponse<String> getOverHttps(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(HTTPS.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theHttpsListenerServesTheApiWithTheDevelopmentCertificate() throws Exception {
        HttpResponse<String> live = getOverHttps(trustingTheDevelopmentCertificate(), "/kyc/api/v1/health/live");

        assertThat(live.statusCode()).as(live.body()).isEqualTo(200);
        assertThat(live.sslSession()).isPresent();
        X509Certificate presented = (X509Certificate) live.sslSession().get().getPeerCertificates()[0];
        assertThat(presented.getSubjectX500Principal().getName()).startsWith("CN=localhost");
        assertThat(live.sslSession().get().getProtocol()).isIn("TLSv1.3", "TLSv1.2");
    }

    @Test
    void theRegistryPeersAreCalledOverTls() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        HttpResponse<String> created = postJson("/kyc/api/v1/cases", nguyenJson("TLS-IT-1"), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode answered = awaitImmigrationAnswer(json(created).get("caseId").asText());
        assertThat(answered.get("immigrationCheck").asText()).isEqualTo("VERIFIED");

        // the simulator's record of how it was last called (registry-sim admin, a test peer's read-out)
        HttpResponse<String> transport = getOverHttps(trustingTheDevelopmentCertificate(), "/registry-sim/admin/transport");
        assertThat(transport.statusCode()).as(transport.body()).isEqualTo(200);
        JsonNode immigration = json(transport).get("immigration");
        assertThat(immigration).as(transport.body()).isNotNull();
        assertThat(immigration.get("scheme").asText()).isEqualTo("https");
        assertThat(immigration.get("secure").asBoolean()).isTrue();
        assertThat(Instant.parse(immigration.get("at").asText())).isAfterOrEqualTo(before);
    }
}

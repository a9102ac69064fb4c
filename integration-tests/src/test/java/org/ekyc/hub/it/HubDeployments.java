package org.ekyc.hub.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deployments every black-box IT runs against: the simulators (first, as the hub calls them)
 * and the hub EAR exactly as the build produced them. Tests talk to them over the wire only.
 */
@ExtendWith(ArquillianExtension.class)
abstract class HubDeployments {

    static final URI BASE = URI.create("http://localhost:8080");
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment(name = "simulators", order = 1, testable = false)
    static WebArchive simulators() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.simulators.war")));
    }

    @Deployment(name = "hub", order = 2, testable = false)
    static EnterpriseArchive hub() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("it.hub.ear")));
    }

    /** POST as the bank's app backend (a partner). */
    static HttpResponse<String> postJson(String path, String json, String acceptLanguage) throws Exception {
        return postJson(As.BANK_APP, path, json, acceptLanguage);
    }

    /** POST as {@code who} (null: without a token). */
    static HttpResponse<String> postJson(As who, String path, String json, String acceptLanguage) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(BASE.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        return HTTP.send(as(who, b).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET as the bank's app backend (a partner). */
    static HttpResponse<String> get(String path) throws Exception {
        return get(As.BANK_APP, path);
    }

    /** GET as {@code who} (null: without a token). */
    static HttpResponse<String> get(As who, String path) throws Exception {
        return HTTP.send(as(who, HttpRequest.newBuilder(BASE.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The request with {@code who}'s bearer token (null: none). */
    static HttpRequest.Builder as(As who, HttpRequest.Builder request) {
        return who == null ? request : request.header("Authorization", who.bearer());
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    /** A synthetic applicant known to the immigration simulator with a valid E-9 stay. */
    static String nguyenJson(String reference) {
        return """
                {"surname":"NGUYEN","givenNames":"VAN AN","hangulName":"응우옌 반 안","nationality":"VNM",
                 "birthDate":"1994-03-17","phone":"010-1234-5678","email":"van.an@example.test",
                 "product":"ACCOUNT","externalReference":"%s","registrationNumber":"9403175123456"}
                """.formatted(reference);
    }

    /**
     * The case once the immigration registry has answered. Within one deployment the registry's
     * circuit breaker is shared, so a test that follows an outage test may see PENDING first; the
     * retry route then completes the check within seconds.
     */
    static JsonNode awaitImmigrationAnswer(String caseId) throws Exception {
        JsonNode view = null;
        for (int i = 0; i < 120; i++) {
            view = json(get("/kyc/api/v1/cases/" + caseId));
            if (!"PENDING".equals(view.get("immigrationCheck").asText())) {
                return view;
            }
            Thread.sleep(500);
        }
        return view;
    }

    /** A JPEG start and zeros, 1 KiB over the document engine's size limit ({@code MAX_IMAGE_BYTES}). */
    static byte[] oversizedJpeg() {
        byte[] oversized = new byte[org.ekyc.hub.verification.api.document.DocumentCheckService.MAX_IMAGE_BYTES + 1024];
        oversized[0] = (byte) 0xFF;
        oversized[1] = (byte) 0xD8;
        oversized[2] = (byte) 0xFF;
        return oversized;
    }

    static String jbossHome() {
        return System.getProperty("jboss.home");
    }
}

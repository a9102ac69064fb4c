package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * WS-Security between the hub and the immigration registry, over the wire: the hub's
 * calls carry a UsernameToken (PasswordDigest, Nonce, Created) and a Timestamp that the simulator's
 * WSS4J accepts; requests written here by hand with java.net.http show what the simulator refuses
 * (no header, wrong or plain-text password, a replayed nonce, a stale token, an expired Timestamp);
 * and a password the registry no longer accepts leaves cases PENDING with REGISTRY_ACCESS_REFUSED
 * until it accepts the hub again. (ITs run with a refused-credentials probe every 3 s.)
 */
class ImmigrationRegistrySecurityIT extends HubDeployments {

    private static final String REGISTRY = "/registry-sim/immigration/stay-status";
    private static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    private static final String UT_PROFILE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0";
    private static final String BODY = """
            <soapenv:Body><im:CheckStayStatus xmlns:im="urn:ekyc-hub:peer:immigration:stay-status:v1">
              <im:registrationNumber>9403175123456</im:registrationNumber><im:surname>NGUYEN</im:surname>
              <im:givenNames>VAN AN</im:givenNames><im:birthDate>1994-03-17</im:birthDate><im:nationality>VNM</im:nationality>
            </im:CheckStayStatus></soapenv:Body>""";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String user = System.getProperty("it.registry.user");
    private final String password = System.getProperty("it.registry.password");

    @AfterEach
    void registryBack() throws Exception {
        fault("OK");
    }

    @Test
    void theHubsSecuredCallIsAcceptedAndTheCaseVerified() throws Exception {
        HttpResponse<String> created = postJson("/kyc/api/v1/cases", nguyenJson("WSS-IT-1"), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode view = awaitImmigrationAnswer(json(created).get("caseId").asText());
        assertThat(view.get("immigrationCheck").asText()).isEqualTo("VERIFIED");
        assertThat(view.get("stayStatusCode").asText()).isEqualTo("E-9");
        assertThat(json(get("/kyc/api/v1/health/ready")).get("peers").get("immigrationRegistry").asText())
                .startsWith("circuit ");
    }

    @Test
    void aCorrectlySecuredRequestIsAnsweredOnceAndRefusedWhenReplayed() throws Exception {
        String request = envelope(security(timestamp(Instant.now()), usernameToken(user, password, nonce(), Instant.now(), true)));
        HttpResponse<String> first = post(request);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("<resultCode>00</resultCode>").doesNotContain("Security");

        assertRefused(post(request), "InvalidSecurity"); // "A replay attack has been detected"
    }

    @Test
    void aRequestWithoutTheSecurityHeaderIsRefused() throws Exception {
        assertRefused(post(envelope("")), "InvalidSecurity");
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsRefused() throws Exception {
        assertRefused(post(envelope(security(timestamp(Instant.now()),
                usernameToken(user, "dev-only-wrong-guess", nonce(), Instant.now(), true)))), "FailedAuthentication");
        assertRefused(post(envelope(security(timestamp(Instant.now()),
                usernameToken("somebody-else", password, nonce(), Instant.now(), true)))), "FailedAuthentication");
    }

    @Test
    void thePasswordInPlainTextIsRefusedEvenWhenRight() throws Exception {
        assertRefused(post(envelope(security(timestamp(Instant.now()),
                usernameToken(user, password, nonce(), Instant.now(), false)))), "FailedAuthentication");
    }

    @Test
    void aStaleTokenOrAnExpiredTimestampIsRefused() throws Exception {
        Instant tenMinutesAgo = Instant.now().minus(Duration.ofMinutes(10));
        assertRefused(post(envelope(security(timestamp(Instant.now()),
                usernameToken(user, password, nonce(), tenMinutesAgo, true)))), "MessageExpired");
        assertRefused(post(envelope(security(timestamp(tenMinutesAgo),
                usernameToken(user, password, nonce(), Instant.now(), true)))), "MessageExpired");
    }

    @Test
    void aUsernameTokenWithoutTimestampIsRefused() throws Exception {
        assertRefused(post(envelope(security("", usernameToken(user, password, nonce(), Instant.now(), true)))),
                "InvalidSecurity");
    }

    @Test
    void aSamlAssertionInsteadOfTheUsernameTokenIsRefusedWithASoapFault() throws Exception {
        // SAML is not processed (its processors are removed): an assertion proves nothing, and a request
        // carrying one gets a SOAP fault, never an HTML error page
        String saml = "<saml2:Assertion xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"_a1\" Version=\"2.0\""
                + " IssueInstant=\"" + xsd(Instant.now()) + "\"><saml2:Issuer>synthetic-issuer</saml2:Issuer></saml2:Assertion>";
        assertRefused(post(envelope(security(timestamp(Instant.now()), saml))), null);
    }

    @Test
    void credentialsTheRegistryNoLongerAcceptsLeaveCasesPendingUntilItAcceptsThemAgain() throws Exception {
        fault("CREDENTIALS_ROTATED");
        HttpResponse<String> created = postJson("/kyc/api/v1/cases", nguyenJson("WSS-IT-ROTATED"), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = json(created);
        assertThat(body.get("immigrationCheck").asText()).isEqualTo("PENDING");
        assertThat(body.get("reasons").get(0).get("code").asText()).isEqualTo("REGISTRY_ACCESS_REFUSED");
        assertThat(json(get("/kyc/api/v1/health/ready")).get("peers").get("immigrationRegistry").asText())
                .startsWith("credentials REFUSED since").contains("wsse:FailedAuthentication");

        fault("OK");
        JsonNode view = awaitImmigrationAnswer(body.get("caseId").asText());
        assertThat(view.get("immigrationCheck").asText()).as("after the registry accepts the hub again").isEqualTo("VERIFIED");
        assertThat(view.get("reasons")).isEmpty();
        assertThat(json(get("/kyc/api/v1/health/ready")).get("peers").get("immigrationRegistry").asText())
                .startsWith("circuit ");
    }

    /**
     * HTTP 500 with a SOAP 1.1 fault whose faultcode is the WS-Security 1.0 code wsse:{code} (any
     * wsse code when {@code null}), and no answer.
     */
    private static void assertRefused(HttpResponse<String> response, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("resultCode");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Element faultcode = (Element) f.newDocumentBuilder()
                .parse(new InputSource(new StringReader(response.body()))).getElementsByTagName("faultcode").item(0);
        assertThat(faultcode).as(response.body()).isNotNull();
        String[] qname = faultcode.getTextContent().trim().split(":", 2);
        assertThat(qname).as(response.body()).hasSize(2);
        assertThat(faultcode.lookupNamespaceURI(qname[0])).as(response.body()).isEqualTo(WSSE);
        if (code != null) {
            assertThat(qname[1]).as(response.body()).isEqualTo(code);
        }
    }

    private static void fault(String mode) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                        BASE.resolve("/registry-sim/admin/faults/immigration?mode=" + mode))
                .timeout(Duration.ofSeconds(10)).PUT(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private static HttpResponse<String> post(String envelope) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(BASE.resolve(REGISTRY))
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String envelope(String header) {
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header>"
                + header + "</soapenv:Header>" + BODY + "</soapenv:Envelope>";
    }

    private static String security(String... tokens) {
        return "<wsse:Security xmlns:wsse=\"" + WSSE + "\" xmlns:wsu=\"" + WSU + "\" soapenv:mustUnderstand=\"1\">"
                + String.join("", tokens) + "</wsse:Security>";
    }

    private static String timestamp(Instant created) {
        return "<wsu:Timestamp wsu:Id=\"TS-1\"><wsu:Created>" + xsd(created) + "</wsu:Created><wsu:Expires>"
                + xsd(created.plus(Duration.ofMinutes(5))) + "</wsu:Expires></wsu:Timestamp>";
    }

    private static byte[] nonce() {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        return nonce;
    }

    /** WS-Security UsernameToken Profile 1.0: digest = Base64(SHA-1(nonce + created + password)). */
    private static String usernameToken(String user, String password, byte[] nonce, Instant created, boolean digest)
            throws Exception {
        String createdText = xsd(created);
        String passwordText = password;
        if (digest) {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(nonce);
            sha1.update(createdText.getBytes(StandardCharsets.UTF_8));
            sha1.update(password.getBytes(StandardCharsets.UTF_8));
            passwordText = Base64.getEncoder().encodeToString(sha1.digest());
        }
        return "<wsse:UsernameToken wsu:Id=\"UT-1\"><wsse:Username>" + user + "</wsse:Username>"
                + "<wsse:Password Type=\"" + UT_PROFILE + (digest ? "#PasswordDigest" : "#PasswordText") + "\">"
                + passwordText + "</wsse:Password>"
                + "<wsse:Nonce EncodingType=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary\">"
                + Base64.getEncoder().encodeToString(nonce) + "</wsse:Nonce>"
                + "<wsu:Created>" + createdText + "</wsu:Created></wsse:UsernameToken>";
    }

    private static String xsd(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}

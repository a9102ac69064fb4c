package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.wss4j.common.WSEncryptionPart;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSecurityEngine;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.apache.wss4j.dom.message.WSSecHeader;
import org.apache.wss4j.dom.message.WSSecSignature;
import org.apache.wss4j.dom.message.WSSecTimestamp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * WS-Security on the hub's SOAP service for a partner that must sign ({@code insurer-signed}, in
 * {@code kyc.soap.signed-partners} by default): with its bearer token as every SOAP caller, a ScreenName
 * request signed with the development partner key (Timestamp + X.509 signature over Body and Timestamp,
 * made here with WSS4J as a partner's stack would) passes and its response carries the hub's signature; an
 * unsigned, a replayed (the same bytes twice), a tampered and an expired request are refused with a SOAP
 * fault (HTTP 500). A partner not required to sign ({@code insurer-soap}) is served without a header as
 * before. Keys: wildfly-config provisions them (kyc-dev-wss-*.p12).
 */
class SoapMessageSecurityIT extends HubDeployments {

    private static final String ADDRESS = "/kyc/services/kyc-case/v1";
    private static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String SCREEN_NAME = """
            <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Header/><soap:Body>\
            <k:ScreenName xmlns:k="urn:ekyc-hub:kyc-case:v1"><k:name>VAN AN NGUYEN</k:name>\
            <k:nationality>VNM</k:nationality></k:ScreenName></soap:Body></soap:Envelope>""";

    private static Merlin partnerKey;
    private static String partnerAlias;
    private static String partnerPassword;
    private static Merlin hubTrust;

    @BeforeAll
    static void keys() throws Exception {
        partnerPassword = System.getProperty("it.wss.partner.password");
        partnerAlias = System.getProperty("it.wss.partner.alias", "insurer-signed");
        partnerKey = new Merlin();
        partnerKey.setKeyStore(pkcs12(System.getProperty("it.wss.partner.keystore"), partnerPassword));
        hubTrust = new Merlin();
        hubTrust.setTrustStore(pkcs12(System.getProperty("it.wss.hub.truststore"), System.getProperty("it.wss.hub.truststore.password")));
    }

    @Test
    void aSignedRequestPassesAndTheResponseCarriesTheHubsSignature() throws Exception {
        HttpResponse<String> response = send(As.INSURER_SIGNED, signedScreenName(Instant.now()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("ScreenNameResponse");

        RequestData verification = new RequestData();
        verification.setSigVerCrypto(hubTrust);
        WSHandlerResult verified = new WSSecurityEngine().processSecurityHeader(parse(response.body()), verification);
        assertThat(verified.getActionResults()).containsKeys(WSConstants.SIGN, WSConstants.TS);
        WSSecurityEngineResult signature = verified.getActionResults().get(WSConstants.SIGN).get(0);
        assertThat(((X509Certificate) signature.get(WSSecurityEngineResult.TAG_X509_CERTIFICATE))
                .getSubjectX500Principal().getName()).startsWith("CN=kyc-hub");
    }

    @Test
    void anUnsignedRequestOfTheSigningPartnerIsAFault() throws Exception {
        assertRefused(() -> send(As.INSURER_SIGNED, SCREEN_NAME), "An error was discovered processing the <wsse:Security> header");
    }

    @Test
    void theSameSignedBytesTwiceAreAReplay() throws Exception {
        String once = signedScreenName(Instant.now());
        assertThat(send(As.INSURER_SIGNED, once).statusCode()).isEqualTo(200);
        assertRefused(() -> send(As.INSURER_SIGNED, once), "A replay attack has been detected");
    }

    @Test
    void aBodyChangedAfterSigningIsAFault() throws Exception {
        String tampered = signedScreenName(Instant.now()).replace("VAN AN NGUYEN", "KIM MINSU");
        assertRefused(() -> send(As.INSURER_SIGNED, tampered), "The signature or decryption was invalid");
    }

    @Test
    void anExpiredTimestampIsAFault() throws Exception {
        String expired = signedScreenName(Instant.now().minusSeconds(900));
        assertRefused(() -> send(As.INSURER_SIGNED, expired), "The message timestamp has expired");
    }

    @Test
    void aPartnerNotRequiredToSignIsServedWithoutAHeaderAsBefore() throws Exception {
        HttpResponse<String> response = send(As.INSURER, SCREEN_NAME);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("ScreenNameResponse").doesNotContain("Security");
    }

    /**
     * The request is refused with a SOAP fault that tells the caller nothing of why (CXF answers every
     * WS-Security failure with the same {@code SecurityError}: no oracle for an attacker), and the server's
     * log says why ({@code reason}, WSS4J's own message), so the right check is the one that refused it.
     */
    private static void assertRefused(java.util.concurrent.Callable<HttpResponse<String>> request, String reason) throws Exception {
        java.nio.file.Path log = java.nio.file.Path.of(jbossHome(), "standalone", "log", "server.log");
        long before = java.nio.file.Files.size(log);
        HttpResponse<String> response = request.call();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(500);
        assertThat(response.body()).contains("Fault>").contains("SecurityError")
                .doesNotContain("ScreenNameResponse").doesNotContain("at org.").doesNotContain("org.ekyc");
        String logged;
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(log.toFile(), "r")) {
            f.seek(Math.min(before, f.length()));
            byte[] tail = new byte[(int) (f.length() - f.getFilePointer())];
            f.readFully(tail);
            logged = new String(tail, java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(logged).as("the server's log says why").contains(reason);
    }

    private static HttpResponse<String> send(As who, String envelope) throws Exception {
        return HTTP.send(as(who, HttpRequest.newBuilder(BASE.resolve(ADDRESS)))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"urn:ekyc-hub:kyc-case:v1:ScreenName\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The ScreenName request with a Timestamp created at {@code created} (300 s life), signed by the partner. */
    private static String signedScreenName(Instant created) throws Exception {
        Document envelope = parse(SCREEN_NAME);
        WSSecHeader security = new WSSecHeader(envelope);
        security.insertSecurityHeader();
        WSSecTimestamp timestamp = new WSSecTimestamp(security);
        timestamp.setTimeToLive(300);
        timestamp.setWsTimeSource(() -> created);
        timestamp.build();
        WSSecSignature signer = new WSSecSignature(security);
        signer.setUserInfo(partnerAlias, partnerPassword);
        signer.setKeyIdentifierType(WSConstants.BST_DIRECT_REFERENCE);
        signer.setSignatureAlgorithm(WSConstants.RSA_SHA256);
        signer.setDigestAlgo(WSConstants.SHA256);
        signer.getParts().add(new WSEncryptionPart("Body", SOAP_NS, "Content"));
        signer.getParts().add(new WSEncryptionPart("Timestamp", WSConstants.WSU_NS, ""));
        signer.build(partnerKey);
        StringWriter xml = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(envelope), new StreamResult(xml));
        return xml.toString();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory dom = DocumentBuilderFactory.newInstance();
        dom.setNamespaceAware(true);
        return dom.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static KeyStore pkcs12(String file, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            store.load(in, password.toCharArray());
        }
        return store;
    }
}

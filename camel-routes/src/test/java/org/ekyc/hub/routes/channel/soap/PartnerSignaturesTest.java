package org.ekyc.hub.routes.channel.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.soap.MessageFactory;
import jakarta.xml.soap.SOAPMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Principal;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.bus.managers.PhaseManagerImpl;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.ExchangeImpl;
import org.apache.cxf.message.MessageImpl;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
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
import org.ekyc.hub.routes.peer.TestCertificates;
import org.ekyc.hub.verification.api.DeploymentMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The SOAP channel's WS-Security for signing partners, with CXF's and WSS4J's real interceptors on SOAP
 * messages made in this JVM (a partner signs with WSS4J as a partner's stack would): a signed request
 * passes, an unsigned, replayed, tampered, expired one and one signed with another partner's certificate
 * are refused with WS-Security's fault codes; the response is signed with the hub's key; a partner not
 * required to sign is served as before. Over the wire: SoapMessageSecurityIT.
 */
class PartnerSignaturesTest {

    private static final String SIGNED = "service-account-insurer-signed";
    private static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String REQUEST = """
            <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Header/><soap:Body>\
            <k:GetCaseStatus xmlns:k="urn:ekyc-hub:kyc-case:v1"><k:caseId>case-1</k:caseId></k:GetCaseStatus>\
            </soap:Body></soap:Envelope>""";

    @TempDir
    static Path dir;
    private static Path partnerKey;
    private static Path otherPartnerKey;
    private static PartnerSignatureSettings settings;
    private static Merlin hubTrust;

    private PartnerSignatures signatures;

    @BeforeAll
    static void keys() throws Exception {
        Path hubKey = TestCertificates.keystore(dir, "kyc-hub", "dns:kyc-hub");
        partnerKey = TestCertificates.keystore(dir, "insurer-signed", "dns:insurer-signed");
        otherPartnerKey = TestCertificates.keystore(dir, "bank-app", "dns:bank-app");
        // both partners' certificates are trusted: only the CN tells them apart
        Path partners = truststore(dir.resolve("partners.p12"), partnerKey, otherPartnerKey);
        hubTrust = new Merlin();
        hubTrust.setTrustStore(load(truststore(dir.resolve("hub-trust.p12"), hubKey)));
        settings = new PartnerSignatureSettings(Set.of(SIGNED), partners.toString(), TestCertificates.PASSWORD,
                hubKey.toString(), "peer", TestCertificates.PASSWORD, 300, 60);
    }

    @BeforeEach
    void hub() {
        signatures = PartnerSignatures.of(settings);
    }

    @Test
    void aSignedRequestPassesAndItsResponseIsSignedByTheHub() throws Exception {
        SoapMessage request = received(SIGNED, signed(partnerKey, Instant.now()));
        signatures.inbound().handleMessage(request);
        assertThat(request.getExchange().get(PartnerSignatures.SIGNED_PARTNER)).isEqualTo("insurer-signed");

        Document response = respond(request.getExchange());
        WSHandlerResult verified = verifyWithHubTrust(response);
        WSSecurityEngineResult signature = verified.getActionResults().get(WSConstants.SIGN).get(0);
        assertThat(((X509Certificate) signature.get(WSSecurityEngineResult.TAG_X509_CERTIFICATE))
                .getSubjectX500Principal().getName()).isEqualTo("CN=kyc-hub");
        assertThat(verified.getActionResults()).containsKey(WSConstants.TS);
    }

    @Test
    void anUnsignedRequestOfASigningPartnerIsRefused() throws Exception {
        assertThat(refusal(received(SIGNED, REQUEST.getBytes(StandardCharsets.UTF_8)))).isEqualTo("InvalidSecurity");
    }

    @Test
    void theSameSignedRequestTwiceIsAReplay() throws Exception {
        byte[] once = signed(partnerKey, Instant.now());
        signatures.inbound().handleMessage(received(SIGNED, once));
        assertThat(refusal(received(SIGNED, once))).isEqualTo("InvalidSecurity");
    }

    @Test
    void aBodyChangedAfterSigningFailsTheCheck() throws Exception {
        String tampered = new String(signed(partnerKey, Instant.now()), StandardCharsets.UTF_8).replace("case-1", "case-2");
        assertThat(refusal(received(SIGNED, tampered.getBytes(StandardCharsets.UTF_8)))).isEqualTo("FailedCheck");
    }

    @Test
    void anExpiredTimestampIsRefused() throws Exception {
        assertThat(refusal(received(SIGNED, signed(partnerKey, Instant.now().minusSeconds(600)))))
                .isEqualTo("MessageExpired");
    }

    @Test
    void aTimestampTooFarAheadIsRefused() throws Exception {
        assertThat(refusal(received(SIGNED, signed(partnerKey, Instant.now().plusSeconds(600)))))
                .isEqualTo("MessageExpired");
    }

    @Test
    void aSignatureThatLeavesTheTimestampOutIsRefused() throws Exception {
        assertThat(refusal(received(SIGNED, signed(partnerKey, Instant.now(), false)))).isEqualTo("InvalidSecurity");
    }

    @Test
    void aSignatureWithAnotherPartnersCertificateIsRefused() throws Exception {
        assertThat(refusal(received(SIGNED, signed(otherPartnerKey, Instant.now())))).isEqualTo("FailedAuthentication");
    }

    @Test
    void aPartnerNotRequiredToSignIsServedAsBeforeWithAPlainResponse() throws Exception {
        SoapMessage request = received("service-account-insurer-soap", REQUEST.getBytes(StandardCharsets.UTF_8));
        signatures.inbound().handleMessage(request);
        assertThat(request.getExchange().get(PartnerSignatures.SIGNED_PARTNER)).isNull();
        assertThat(respond(request.getExchange()).getElementsByTagNameNS(WSConstants.WSSE_NS, "Security").getLength()).isZero();
    }

    @Test
    void noSigningPartnerInstallsNothingAndReadsNoStore() {
        PartnerSignatureSettings none = PartnerSignatureSettings.from(key -> key.equals("kyc.soap.signed-partners") ? " " : null);
        assertThat(none.enabled()).isFalse();
        assertThat(PartnerSignatures.of(none)).isNull();
    }

    @Test
    void productionRefusesTheDevelopmentSigningKeystoreAndNamesTheSetting() {
        PartnerSignatureSettings dev = PartnerSignatureSettings.from(key -> switch (key) {
            case "kyc.soap.signed-partners" -> SIGNED;
            case "kyc.soap.signing-keystore" -> "/srv/wildfly/configuration/kyc-dev-wss-hub.p12";
            case "kyc.soap.signing-keystore-password", "kyc.soap.partner-truststore-password" -> "dev-only-Wss-2026";
            case "kyc.soap.partner-truststore" -> "/srv/wildfly/configuration/kyc-dev-wss-partners.p12";
            case "kyc.soap.signing-keystore-alias" -> "kyc-hub";
            case "kyc.soap.timestamp-max-age-seconds" -> "300";
            case "kyc.soap.timestamp-future-skew-seconds" -> "60";
            default -> null;
        });
        dev.check(DeploymentMode.DEVELOPMENT);
        assertThat(catchThrowableOfType(IllegalStateException.class, () -> dev.check(DeploymentMode.PRODUCTION)))
                .hasMessageContaining("KYC_SOAP_SIGNING_KEYSTORE").hasMessageContaining("KYC_MODE=production");

        PartnerSignatureSettings realKeyDevTrust = new PartnerSignatureSettings(Set.of(SIGNED),
                "/etc/kyc/kyc-dev-wss-partners.p12", "dev-only-Wss-2026", "/etc/kyc/soap-signing.p12", "kyc-hub", "s3cret", 300, 60);
        assertThat(catchThrowableOfType(IllegalStateException.class, () -> realKeyDevTrust.check(DeploymentMode.PRODUCTION)))
                .hasMessageContaining("KYC_SOAP_PARTNER_TRUSTSTORE");
        new PartnerSignatureSettings(Set.of(SIGNED), "/etc/kyc/partners.p12", "s3cret", "/etc/kyc/soap-signing.p12",
                "kyc-hub", "s3cret", 300, 60).check(DeploymentMode.PRODUCTION);
    }

    /**
     * Why the request was refused (the WS-Security fault code of the cause, as the server logs it); the fault
     * itself is the generic SecurityError and says nothing of the hub's insides.
     */
    private String refusal(SoapMessage request) {
        SoapFault fault = catchThrowableOfType(SoapFault.class, () -> signatures.inbound().handleMessage(request));
        assertThat(fault).as("refused").isNotNull();
        assertThat(fault.getFaultCode().getLocalPart()).as("one generic fault for every refusal").isEqualTo("SecurityError");
        assertThat(fault.getMessage()).doesNotContain("org.ekyc").doesNotContain("Exception");
        assertThat(request.getExchange().get(PartnerSignatures.SIGNED_PARTNER)).isNull();
        assertThat(fault.getCause()).isInstanceOf(org.apache.wss4j.common.ext.WSSecurityException.class);
        return ((org.apache.wss4j.common.ext.WSSecurityException) fault.getCause()).getFaultCode().getLocalPart();
    }

    /** A partner's request as the hub's CXF endpoint receives it: the envelope, and the caller of the bearer token. */
    private static SoapMessage received(String principal, byte[] envelope) throws Exception {
        SoapMessage message = new SoapMessage(new MessageImpl());
        Exchange exchange = new ExchangeImpl();
        exchange.setInMessage(message);
        message.setContent(SOAPMessage.class, MessageFactory.newInstance().createMessage(null, new ByteArrayInputStream(envelope)));
        Principal caller = () -> principal;
        message.put(AbstractHTTPDestination.HTTP_REQUEST, Proxy.newProxyInstance(PartnerSignaturesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getUserPrincipal" -> caller;
                    default -> null;
                }));
        message.setInterceptorChain(new PhaseInterceptorChain(new PhaseManagerImpl().getInPhases()));
        return message;
    }

    /** The hub's response on the exchange of {@code request}, through its out-interceptor; the envelope sent. */
    private Document respond(Exchange exchange) throws Exception {
        SoapMessage response = new SoapMessage(new MessageImpl());
        response.setExchange(exchange);
        exchange.setOutMessage(response);
        response.setContent(SOAPMessage.class, MessageFactory.newInstance().createMessage(null, new ByteArrayInputStream("""
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>\
                <k:GetCaseStatusResponse xmlns:k="urn:ekyc-hub:kyc-case:v1"><k:status>OPEN</k:status></k:GetCaseStatusResponse>\
                </soap:Body></soap:Envelope>""".getBytes(StandardCharsets.UTF_8))));
        PhaseInterceptorChain chain = new PhaseInterceptorChain(new PhaseManagerImpl().getOutPhases());
        response.setInterceptorChain(chain);
        signatures.outbound().handleMessage(response);
        chain.doIntercept(response);
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        response.getContent(SOAPMessage.class).writeTo(sent);
        return parse(sent.toByteArray());
    }

    private static WSHandlerResult verifyWithHubTrust(Document response) throws Exception {
        RequestData data = new RequestData();
        data.setSigVerCrypto(hubTrust);
        return new WSSecurityEngine().processSecurityHeader(response, data);
    }

    /** An envelope signed by the key in {@code keystore}: Timestamp created at {@code created}, living 300 s. */
    private static byte[] signed(Path keystore, Instant created) throws Exception {
        return signed(keystore, created, true);
    }

    private static byte[] signed(Path keystore, Instant created, boolean coverTimestamp) throws Exception {
        Document envelope = parse(REQUEST.getBytes(StandardCharsets.UTF_8));
        WSSecHeader header = new WSSecHeader(envelope);
        header.insertSecurityHeader();
        stamp(header, created);
        // the certificate named by issuer and serial number, not embedded: the hub finds it in its truststore
        // (SoapMessageSecurityIT embeds it as a BinarySecurityToken)
        WSSecSignature signature = new WSSecSignature(header);
        signature.setKeyIdentifierType(WSConstants.ISSUER_SERIAL);
        signature.setUserInfo("peer", TestCertificates.PASSWORD);
        signature.getParts().addAll(coverTimestamp
                ? List.of(new WSEncryptionPart("Body", SOAP_NS, "Content"), new WSEncryptionPart("Timestamp", WSConstants.WSU_NS, ""))
                : List.of(new WSEncryptionPart("Body", SOAP_NS, "Content")));
        Merlin key = new Merlin();
        key.setKeyStore(load(keystore));
        signature.build(key);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.xml.transform.TransformerFactory.newInstance().newTransformer()
                .transform(new javax.xml.transform.dom.DOMSource(envelope), new javax.xml.transform.stream.StreamResult(out));
        return out.toByteArray();
    }

    /** A Timestamp created at {@code created}, living 300 s, first in the header. */
    private static void stamp(WSSecHeader header, Instant created) {
        WSSecTimestamp timestamp = new WSSecTimestamp(header);
        timestamp.setWsTimeSource(() -> created);
        timestamp.setTimeToLive(300);
        timestamp.build();
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static KeyStore load(Path file) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, TestCertificates.PASSWORD.toCharArray());
        }
        return store;
    }

    /** A PKCS12 truststore of the certificates of these keystores. */
    private static Path truststore(Path file, Path... keystores) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        for (Path keystore : keystores) {
            trust.setCertificateEntry(keystore.getFileName().toString(), load(keystore).getCertificate("peer"));
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            trust.store(out, TestCertificates.PASSWORD.toCharArray());
        }
        return file;
    }
}

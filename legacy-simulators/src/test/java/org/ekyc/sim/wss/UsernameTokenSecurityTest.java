package org.ekyc.sim.wss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.engine.WSSecurityEngine;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.apache.wss4j.dom.message.WSSecHeader;
import org.apache.wss4j.dom.message.WSSecUsernameToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * The UsernameToken rules the simulator relies on, run through WSS4J's own engine on real tokens
 * with the simulator's password look-up (the endpoint wiring, Timestamp, replay and age limits are
 * proven over the wire by integration-tests' ImmigrationRegistrySecurityIT).
 */
class UsernameTokenSecurityTest {

    private static final String ENVELOPE = """
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
              <soapenv:Header/><soapenv:Body><CheckStayStatus xmlns="urn:ekyc-hub:peer:immigration:stay-status:v1"/></soapenv:Body>
            </soapenv:Envelope>""";

    private final AtomicReference<PeerCredentials> expected =
            new AtomicReference<>(new PeerCredentials("kyc-hub", "dev-only-test-password"));

    @BeforeAll
    static void init() {
        WSSConfig.init();
    }

    @Test
    void aDigestWithNonceAndCreatedFromTheKnownUserIsAccepted() throws Exception {
        WSHandlerResult result = process(token("kyc-hub", "dev-only-test-password", true, true));
        assertThat(result.getActionResults()).containsKey(WSConstants.UT);
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        assertRefused(token("kyc-hub", "guessed", true, true));
    }

    @Test
    void anUnknownUserIsRefused() throws Exception {
        assertRefused(token("someone-else", "dev-only-test-password", true, true));
    }

    @Test
    void aCorrectDigestWithoutNonceOrWithoutCreatedIsRefused() throws Exception {
        // the digest is right, but without a nonce and a creation time it could be replayed forever
        String created = Instant.now().toString();
        String nonce = Base64.getEncoder().encodeToString("0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
        assertThat(process(handMade("dev-only-test-password", nonce, created)).getActionResults()).containsKey(WSConstants.UT);
        assertRefused(handMade("dev-only-test-password", null, created));
        assertRefused(handMade("dev-only-test-password", nonce, null));
    }

    @Test
    void aPlainTextPasswordIsRefusedEvenWhenRight() throws Exception {
        Document doc = token("kyc-hub", "dev-only-test-password", true, true);
        var password = (org.w3c.dom.Element) doc.getElementsByTagNameNS(WSConstants.WSSE_NS, "Password").item(0);
        password.setAttributeNS(null, "Type", WSConstants.PASSWORD_TEXT);
        password.setTextContent("dev-only-test-password");
        assertThatThrownBy(() -> process(doc)).isInstanceOf(WSSecurityException.class);
    }

    @Test
    void aRotatedPasswordAppliesToTheNextRequest() throws Exception {
        Document beforeRotation = token("kyc-hub", "dev-only-test-password", true, true);
        expected.set(new PeerCredentials("kyc-hub", "dev-only-test-password-rotated"));
        assertRefused(beforeRotation);
    }

    private void assertRefused(Document doc) {
        assertThatThrownBy(() -> process(doc)).isInstanceOf(WSSecurityException.class);
    }

    private WSHandlerResult process(Document doc) throws WSSecurityException {
        WSSConfig config = WSSConfig.getNewInstance();
        RequestData data = new RequestData();
        data.setWssConfig(config);
        data.setCallbackHandler(new UsernameTokenPasswords(expected::get));
        data.setRequiredPasswordType(WSConstants.PASSWORD_DIGEST);
        WSSecurityEngine engine = new WSSecurityEngine();
        engine.setWssConfig(config);
        return engine.processSecurityHeader(doc, data);
    }

    /** A UsernameToken written out by hand: digest = Base64(SHA-1(nonce + created + password)), parts optional. */
    private static Document handMade(String password, String nonceB64, String created) throws Exception {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        if (nonceB64 != null) {
            sha1.update(Base64.getDecoder().decode(nonceB64));
        }
        if (created != null) {
            sha1.update(created.getBytes(StandardCharsets.UTF_8));
        }
        sha1.update(password.getBytes(StandardCharsets.UTF_8));
        String digest = Base64.getEncoder().encodeToString(sha1.digest());
        String header = """
                <wsse:Security xmlns:wsse="%s" xmlns:wsu="%s"><wsse:UsernameToken wsu:Id="UT-1">
                <wsse:Username>kyc-hub</wsse:Username><wsse:Password Type="%s">%s</wsse:Password>%s%s
                </wsse:UsernameToken></wsse:Security>""".formatted(WSConstants.WSSE_NS, WSConstants.WSU_NS,
                WSConstants.PASSWORD_DIGEST, digest,
                nonceB64 == null ? "" : "<wsse:Nonce EncodingType=\"" + WSConstants.BASE64_ENCODING + "\">" + nonceB64 + "</wsse:Nonce>",
                created == null ? "" : "<wsu:Created>" + created + "</wsu:Created>");
        return parse(ENVELOPE.replace("<soapenv:Header/>", "<soapenv:Header>" + header + "</soapenv:Header>"));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static Document token(String user, String password, boolean nonce, boolean created) throws Exception {
        Document doc = parse(ENVELOPE);
        WSSecHeader header = new WSSecHeader(doc);
        header.insertSecurityHeader();
        WSSecUsernameToken ut = new WSSecUsernameToken(header);
        ut.setPasswordType(WSConstants.PASSWORD_DIGEST);
        ut.setUserInfo(user, password);
        if (nonce) {
            ut.addNonce();
        }
        if (created) {
            ut.addCreated();
        }
        ut.build();
        return doc;
    }
}

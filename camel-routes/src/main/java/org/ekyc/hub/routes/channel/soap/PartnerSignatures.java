package org.ekyc.hub.routes.channel.soap;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Principal;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.apache.cxf.ws.security.SecurityConstants;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.cxf.ws.security.wss4j.WSS4JUtils;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.cache.MemoryReplayCache;
import org.apache.wss4j.common.cache.ReplayCache;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.WSDataRef;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.WSHandlerConstants;
import org.apache.wss4j.dom.handler.WSHandlerResult;

/**
 * Message-level security of the SOAP channel, per partner. The caller is identified by its bearer token
 * as before (the servlet request's principal); a partner named in {@code kyc.soap.signed-partners} must
 * in addition send a {@code wsse:Security} header with a {@code wsu:Timestamp} (at most
 * {@code timestamp-max-age-seconds} old, at most {@code timestamp-future-skew-seconds} ahead) and an X.509
 * signature over the SOAP Body and that Timestamp, made with a certificate of the partner truststore whose
 * subject CN is the partner's own client id (the principal without {@code service-account-}): one partner
 * cannot sign for another. A message whose Timestamp and signature value were seen before is refused
 * (WSS4J's timestamp replay cache, kept in memory for the Timestamp's life). Every refusal is the same SOAP
 * fault, WSS4J's generic {@code SecurityError} (the caller learns nothing of which check failed), never a
 * stack trace; the reason ({@code InvalidSecurity}, {@code FailedCheck}, {@code MessageExpired},
 * {@code FailedAuthentication}) is the fault's cause, in the server's log. The response to
 * such a partner carries a Timestamp and the hub's signature over Body and Timestamp
 * ({@code signing-keystore}); its faults are not signed.
 *
 * <p>Other partners are served as before: no header is required, and an unsolicited {@code wsse:Security}
 * header is ignored, neither checked nor refused. WSS4J does all XML signature work
 * ({@link WSS4JInInterceptor}, {@link WSS4JOutInterceptor}); this class only decides per request.
 */
public final class PartnerSignatures {

    /** Exchange property of a signed partner's request: its client id; its response is signed. */
    static final String SIGNED_PARTNER = PartnerSignatures.class.getName() + ".client";
    static final String ACCOUNT_PREFIX = "service-account-";
    private static final String PARTNER_TRUST = "kyc.soap.partner-trust";
    private static final String HUB_KEY = "kyc.soap.hub-key";
    private static final String TIMESTAMP = "{}{" + WSConstants.WSU_NS + "}Timestamp";
    private static final QName TIMESTAMP_NAME = new QName(WSConstants.WSU_NS, "Timestamp");

    private final PartnerSignatureSettings settings;
    private final Merlin partnerTrust;
    private final Merlin hubKey;
    private final ReplayCache replays = new MemoryReplayCache();

    private PartnerSignatures(PartnerSignatureSettings settings) {
        this.settings = settings;
        this.partnerTrust = new Merlin();
        partnerTrust.setTrustStore(load(settings.partnerTruststore(), settings.partnerTruststorePassword(),
                "kyc.soap.partner-truststore (KYC_SOAP_PARTNER_TRUSTSTORE, KYC_SOAP_PARTNER_TRUSTSTORE_PASSWORD)"));
        this.hubKey = new Merlin();
        KeyStore signing = load(settings.signingKeystore(), settings.signingPassword(),
                "kyc.soap.signing-keystore (KYC_SOAP_SIGNING_KEYSTORE, KYC_SOAP_SIGNING_KEYSTORE_PASSWORD)");
        try {
            if (!signing.isKeyEntry(settings.signingAlias())) {
                throw new IllegalStateException("kyc.soap.signing-keystore " + settings.signingKeystore()
                        + " has no key " + settings.signingAlias() + " (KYC_SOAP_SIGNING_KEYSTORE_ALIAS)");
            }
        } catch (java.security.KeyStoreException e) {
            throw new IllegalStateException("kyc.soap.signing-keystore could not be read: " + e.getMessage(), e);
        }
        hubKey.setKeyStore(signing);
    }

    /**
     * The checks and signatures of these settings, or null when no partner must sign (then nothing is
     * installed and no store is read).
     *
     * @throws IllegalStateException when a store cannot be read or has no signing key under the alias
     */
    static PartnerSignatures of(PartnerSignatureSettings settings) {
        return settings.enabled() ? new PartnerSignatures(settings) : null;
    }

    /** The inbound check, for the service endpoint's in-interceptors. */
    WSS4JInInterceptor inbound() {
        Map<String, Object> c = new HashMap<>();
        c.put(ConfigurationConstants.ACTION, ConfigurationConstants.TIMESTAMP + " " + ConfigurationConstants.SIGNATURE);
        c.put(ConfigurationConstants.SIG_VER_PROP_REF_ID, PARTNER_TRUST);
        c.put(PARTNER_TRUST, partnerTrust);
        c.put(ConfigurationConstants.TTL_TIMESTAMP, String.valueOf(settings.maxAgeSeconds()));
        c.put(ConfigurationConstants.TTL_FUTURE_TIMESTAMP, String.valueOf(settings.futureSkewSeconds()));
        c.put(ConfigurationConstants.TIMESTAMP_STRICT, "true");
        c.put(ConfigurationConstants.REQUIRE_TIMESTAMP_EXPIRES, "true");
        c.put(ConfigurationConstants.ENABLE_REVOCATION, "false");
        // CXF reads these from the message, not from the interceptor's settings: the replay cache of
        // Timestamp + signature value, in memory (not the ehcache on disk CXF would make). The caller gets
        // WSS4J's one generic SecurityError whatever failed (no oracle); the reason is the fault's cause,
        // which the server's log shows
        Map<String, Object> perMessage = Map.of(SecurityConstants.RETURN_SECURITY_ERROR, Boolean.FALSE,
                SecurityConstants.ENABLE_TIMESTAMP_CACHE, Boolean.TRUE,
                SecurityConstants.TIMESTAMP_CACHE_INSTANCE, replays);
        return new Inbound(c, perMessage, settings.partners());
    }

    /** The response signature, for the service endpoint's out-interceptors. */
    WSS4JOutInterceptor outbound() {
        Map<String, Object> c = new HashMap<>();
        c.put(ConfigurationConstants.ACTION, ConfigurationConstants.TIMESTAMP + " " + ConfigurationConstants.SIGNATURE);
        c.put(ConfigurationConstants.SIGNATURE_USER, settings.signingAlias());
        c.put(ConfigurationConstants.SIG_PROP_REF_ID, HUB_KEY);
        c.put(HUB_KEY, hubKey);
        c.put(ConfigurationConstants.SIG_KEY_ID, "DirectReference");
        c.put(ConfigurationConstants.SIG_ALGO, WSConstants.RSA_SHA256);
        c.put(ConfigurationConstants.SIG_DIGEST_ALGO, WSConstants.SHA256);
        c.put(ConfigurationConstants.SIGNATURE_PARTS, "{}{}Body;" + TIMESTAMP);
        c.put(ConfigurationConstants.TTL_TIMESTAMP, String.valueOf(settings.maxAgeSeconds()));
        c.put(ConfigurationConstants.MUST_UNDERSTAND, "true");
        String alias = settings.signingAlias();
        String password = settings.signingPassword();
        c.put(ConfigurationConstants.PW_CALLBACK_REF, (javax.security.auth.callback.CallbackHandler) callbacks -> {
            for (Callback callback : callbacks) {
                if (!(callback instanceof WSPasswordCallback pc)) {
                    throw new UnsupportedCallbackException(callback);
                }
                if (alias.equals(pc.getIdentifier())) {
                    pc.setPassword(password);
                }
            }
        });
        return new Outbound(c);
    }

    /** The authenticated caller of this request (the container's, from the bearer token), or null. */
    static Principal caller(Message message) {
        Object request = message.get(AbstractHTTPDestination.HTTP_REQUEST);
        return request instanceof HttpServletRequest http ? http.getUserPrincipal() : null;
    }

    /** Checks the header of a signed partner's request; skips everyone else's. */
    private static final class Inbound extends WSS4JInInterceptor {

        private final Map<String, Object> perMessage;
        private final Set<String> partners;

        Inbound(Map<String, Object> properties, Map<String, Object> perMessage, Set<String> partners) {
            super(properties);
            this.perMessage = perMessage;
            this.partners = partners;
        }

        @Override
        public void handleMessage(SoapMessage message) throws Fault {
            Principal caller = caller(message);
            if (caller == null || !partners.contains(caller.getName())) {
                return;
            }
            String client = caller.getName().startsWith(ACCOUNT_PREFIX)
                    ? caller.getName().substring(ACCOUNT_PREFIX.length()) : caller.getName();
            message.putAll(perMessage);
            super.handleMessage(message);
            try {
                checkSigner(message, client);
            } catch (WSSecurityException e) {
                throw WSS4JUtils.createSoapFault(message, message.getVersion(), e);
            }
            message.getExchange().put(SIGNED_PARTNER, client);
        }

        /** One signature, by the partner's own certificate, over the Body and the Timestamp. */
        private static void checkSigner(SoapMessage message, String client) throws WSSecurityException {
            @SuppressWarnings("unchecked")
            List<WSHandlerResult> results = (List<WSHandlerResult>) message.get(WSHandlerConstants.RECV_RESULTS);
            int signatures = 0;
            for (WSHandlerResult result : results == null ? List.<WSHandlerResult>of() : results) {
                for (WSSecurityEngineResult r : result.getActionResults().getOrDefault(WSConstants.SIGN, List.of())) {
                    signatures++;
                    X509Certificate certificate = (X509Certificate) r.get(WSSecurityEngineResult.TAG_X509_CERTIFICATE);
                    if (certificate == null || !client.equals(commonName(certificate))) {
                        throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
                    }
                    @SuppressWarnings("unchecked")
                    List<WSDataRef> refs = (List<WSDataRef>) r.get(WSSecurityEngineResult.TAG_DATA_REF_URIS);
                    Set<QName> signed = refs == null ? Set.of()
                            : refs.stream().map(WSDataRef::getName).collect(java.util.stream.Collectors.toSet());
                    QName body = new QName(message.getVersion().getNamespace(), "Body");
                    if (!signed.contains(body) || !signed.contains(TIMESTAMP_NAME)) {
                        throw new WSSecurityException(WSSecurityException.ErrorCode.INVALID_SECURITY);
                    }
                }
            }
            if (signatures != 1) {
                throw new WSSecurityException(WSSecurityException.ErrorCode.INVALID_SECURITY);
            }
        }

        private static String commonName(X509Certificate certificate) {
            try {
                for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                    if ("CN".equalsIgnoreCase(rdn.getType())) {
                        return String.valueOf(rdn.getValue());
                    }
                }
            } catch (InvalidNameException e) {
                return null;
            }
            return null;
        }
    }

    /** Signs the response to a request {@link Inbound} accepted as a signed partner's; nothing else. */
    private static final class Outbound extends WSS4JOutInterceptor {

        Outbound(Map<String, Object> properties) {
            super(properties);
        }

        @Override
        public void handleMessage(SoapMessage message) throws Fault {
            if (message.getExchange() != null && message.getExchange().get(SIGNED_PARTNER) != null) {
                super.handleMessage(message);
            }
        }
    }

    private static KeyStore load(String file, String password, String setting) {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(setting + ": " + file + " could not be read (" + e.getMessage() + ")", e);
        }
    }
}

package org.ekyc.hub.routes.peer;

import java.security.GeneralSecurityException;
import java.io.IOException;
import javax.net.ssl.SSLContext;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.ekyc.hub.verification.api.DeploymentMode;
import org.jboss.logging.Logger;

/**
 * The trust of the hub's TLS clients of its peers (the SOAP registries over {@code https:}, the
 * telegram peers with {@code kyc.<peer>.tls=true}): the certificates in the truststore
 * {@code kyc.tls.truststore} ({@code KYC_TLS_TRUSTSTORE}, type {@code kyc.tls.truststore-type}, password
 * {@code kyc.tls.truststore-password}); an empty truststore setting means the JVM's default trust (the
 * JDK's CA certificates). The default is the DEVELOPMENT-ONLY truststore provisioned beside the server's
 * development keystore (it trusts the simulators on the same server): logged at WARN, refused in
 * production ({@link DeploymentMode}). The peer's host name is always verified against its certificate.
 */
public final class PeerTls {

    private static final Logger LOG = Logger.getLogger(PeerTls.class);
    /** Passwords of the repository's development-only defaults start with this. */
    static final String DEVELOPMENT_PREFIX = "dev-only-";

    private PeerTls() {
    }

    /** The client TLS settings, as Camel's {@link SSLContextParameters} (what a netty endpoint takes). */
    public static SSLContextParameters parameters(CamelContext camel) {
        String truststore = setting(camel, "truststore");
        String password = setting(camel, "truststore-password");
        SSLContextParameters tls = new SSLContextParameters();
        if (truststore.isBlank()) {
            return tls;
        }
        if (password.startsWith(DEVELOPMENT_PREFIX)) {
            DeploymentMode.current().refuseDevelopmentSecret("KYC_TLS_TRUSTSTORE and KYC_TLS_TRUSTSTORE_PASSWORD "
                    + "(kyc.tls.truststore, kyc.tls.truststore-password; empty truststore = the JDK's CA certificates)",
                    "the development-only truststore of the peer clients");
            LOG.warnf("peer clients trust the development-only truststore %s; set KYC_TLS_TRUSTSTORE / "
                    + "KYC_TLS_TRUSTSTORE_PASSWORD for real peers", truststore);
        }
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource("file:" + truststore);
        store.setPassword(password);
        store.setType(setting(camel, "truststore-type"));
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(store);
        tls.setTrustManagers(trust);
        return tls;
    }

    /**
     * The client TLS settings of a connection to the one peer at {@code host}:{@code port} (a telegram
     * peer's netty endpoint): the trust of {@link #parameters}, and engines made for that peer, so the
     * endpoint's host name verification has the name to check ({@link PeerHostTls}).
     */
    public static SSLContextParameters forPeer(CamelContext camel, String host, int port) {
        SSLContextParameters trust = parameters(camel);
        return new SSLContextParameters() {
            @Override
            public SSLContext createSSLContext(CamelContext context) throws GeneralSecurityException, IOException {
                return new PeerHostTls(trust.createSSLContext(context), host, port);
            }
        };
    }

    /**
     * The client TLS settings of a CXF conduit: the trust of {@link #parameters}, host name checked
     * (CXF's CN check stays on).
     */
    public static TLSClientParameters cxf(CamelContext camel) {
        TLSClientParameters tls = new TLSClientParameters();
        try {
            tls.setSslContext(parameters(camel).createSSLContext(camel));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("peer clients' truststore " + setting(camel, "truststore")
                    + " could not be read: " + e.getMessage() + " (KYC_TLS_TRUSTSTORE, KYC_TLS_TRUSTSTORE_PASSWORD)", e);
        }
        tls.setDisableCNCheck(false);
        return tls;
    }

    private static String setting(CamelContext camel, String key) {
        return camel.resolvePropertyPlaceholders("{{kyc.tls." + key + "}}");
    }
}

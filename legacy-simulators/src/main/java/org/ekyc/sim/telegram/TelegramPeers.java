package org.ekyc.sim.telegram;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ServerSocketFactory;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.ekyc.sim.credit.SyntheticCreditBureau;
import org.ekyc.sim.telecom.SyntheticCarrier;
import org.jboss.logging.Logger;

/**
 * Starts the TCP peers with the simulator deployment and stops them with it: the carriers' identity
 * gateway on {@code KYC_SIM_TELECOM_PORT} (default 9510) and the credit bureau on
 * {@code KYC_SIM_CREDIT_PORT} (default 9520), bound to {@code KYC_SIM_BIND} (default 127.0.0.1).
 * With {@code KYC_SIM_TELEGRAM_TLS=true} both speak TLS with the server's certificate: the keystore
 * {@code KYC_TLS_KEYSTORE} / {@code KYC_TLS_KEYSTORE_PASSWORD} of the HTTPS listener, by default the
 * development keystore provisioned in the server's configuration directory.
 * System properties of the same name in lower case with dots ({@code kyc.sim.telecom.port}) win.
 */
@WebListener
public class TelegramPeers implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(TelegramPeers.class);
    private static volatile SyntheticCarrier carrier;
    private TelegramServer telecom;
    private TelegramServer credit;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String bind = setting("KYC_SIM_BIND", "127.0.0.1");
        SyntheticCarrier c = SyntheticCarrier.load();
        SyntheticCreditBureau bureau = SyntheticCreditBureau.load();
        try {
            ServerSocketFactory sockets = Boolean.parseBoolean(setting("KYC_SIM_TELEGRAM_TLS", "false"))
                    ? tls() : ServerSocketFactory.getDefault();
            telecom = new TelegramServer("telecom", bind, Integer.parseInt(setting("KYC_SIM_TELECOM_PORT", "9510")),
                    c::answer, sockets).start();
            credit = new TelegramServer("credit", bind, Integer.parseInt(setting("KYC_SIM_CREDIT_PORT", "9520")),
                    bureau::answer, sockets).start();
        } catch (IOException | GeneralSecurityException e) {
            contextDestroyed(event);
            throw new IllegalStateException("simulated TCP peers could not listen: " + e.getMessage(), e);
        }
        carrier = c;
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (telecom != null) {
            telecom.close();
        }
        if (credit != null) {
            credit.close();
        }
        carrier = null;
        LOG.info("simulated TCP peers stopped");
    }

    /** The running simulated carrier, for the admin API; null while the simulator is not deployed. */
    public static SyntheticCarrier carrier() {
        return carrier;
    }

    /** TLS server sockets with the HTTPS listener's keystore (the development one by default). */
    static ServerSocketFactory tls() throws IOException, GeneralSecurityException {
        String path = setting("KYC_TLS_KEYSTORE", System.getProperty("jboss.server.config.dir") + "/kyc-dev-keystore.p12");
        char[] password = setting("KYC_TLS_KEYSTORE_PASSWORD", "dev-only-Tls-2026").toCharArray();
        KeyStore keys = KeyStore.getInstance(setting("KYC_TLS_KEYSTORE_TYPE", "PKCS12"));
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            keys.load(in, password);
        }
        KeyManagerFactory km = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        km.init(keys, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(km.getKeyManagers(), null, null);
        LOG.infof("simulated TCP peers speak TLS with the certificate of %s", path);
        return context.getServerSocketFactory();
    }

    private static String setting(String env, String fallback) {
        String prop = System.getProperty(env.toLowerCase(java.util.Locale.ROOT).replace('_', '.'));
        if (prop != null && !prop.isBlank()) {
            return prop;
        }
        String v = System.getenv(env);
        return v == null || v.isBlank() ? fallback : v;
    }
}

package org.ekyc.hub.routes.bootstrap;

import java.util.Map;
import org.ekyc.hub.verification.api.DeploymentMode;
import org.jboss.logging.Logger;

/**
 * The HTTPS listener's keystore, as far as the hub can see it: WildFly opens it (wildfly-config
 * 45-tls.cli) from {@value #KEYSTORE} and {@value #PASSWORD}, and without them falls back to the
 * DEVELOPMENT-ONLY keystore generated at provisioning. The server's environment is the hub's, so the hub
 * checks the same variables: unset (or a {@code dev-only-} password) is a warning in development and a
 * refusal to start in production ({@link DeploymentMode}), naming the settings.
 */
final class ServerTls {

    static final String KEYSTORE = "KYC_TLS_KEYSTORE";
    static final String PASSWORD = "KYC_TLS_KEYSTORE_PASSWORD";
    private static final Logger LOG = Logger.getLogger(ServerTls.class);

    private ServerTls() {
    }

    /**
     * @throws IllegalStateException in production with the development keystore or password
     */
    static void check(Map<String, String> env, DeploymentMode mode) {
        String keystore = env.get(KEYSTORE);
        String password = env.get(PASSWORD);
        boolean devKeystore = keystore == null || keystore.isBlank();
        boolean devPassword = password == null || password.isBlank() || password.startsWith("dev-only-");
        if (!devKeystore && !devPassword) {
            return;
        }
        mode.refuseDevelopmentSecret(KEYSTORE + " and " + PASSWORD + " (the HTTPS listener's keystore, "
                + "wildfly-config 45-tls.cli)", devKeystore ? "the development-only TLS keystore of the HTTPS listener"
                : "a development-only password of the HTTPS listener's keystore");
        LOG.warnf("HTTPS listener with the development-only %s (CN=localhost); set %s and %s for a real certificate",
                devKeystore ? "keystore" : "keystore password", KEYSTORE, PASSWORD);
    }
}

package org.ekyc.hub.routes.security;

import java.util.Map;
import org.ekyc.hub.verification.api.DeploymentMode;
import org.jboss.logging.Logger;

/**
 * The identity provider the hub's WAR trusts, as far as the hub can see it: WildFly reads the realm's
 * URL from {@value #PROVIDER_URL} (wildfly-config 50-security.cli) and without it trusts the
 * DEVELOPMENT-ONLY realm {@code kyc} of the Keycloak started beside it, whose clients and users have
 * published passwords. The server's environment is the hub's, so the hub checks the same variable: unset
 * (or that development realm) is a warning in development and a refusal to start in production
 * ({@link DeploymentMode}), naming the setting.
 */
public final class IdentityProviderSetting {

    static final String PROVIDER_URL = "KYC_OIDC_PROVIDER_URL";
    static final String DEVELOPMENT_REALM = "http://localhost:8180/realms/kyc";
    private static final Logger LOG = Logger.getLogger(IdentityProviderSetting.class);

    private IdentityProviderSetting() {
    }

    /**
     * The realm's URL (the OIDC issuer) the hub trusts, as WildFly reads it: {@value #PROVIDER_URL}, without a
     * trailing slash, or the development realm when unset. The staff console signs staff in there.
     */
    public static String issuer(Map<String, String> env) {
        String url = env.get(PROVIDER_URL);
        return url == null || url.isBlank() ? DEVELOPMENT_REALM : url.strip().replaceAll("/+$", "");
    }

    /** @throws IllegalStateException in production with the development realm */
    public static void check(Map<String, String> env, DeploymentMode mode) {
        if (!issuer(env).equals(DEVELOPMENT_REALM)) {
            return;
        }
        mode.refuseDevelopmentSecret(PROVIDER_URL + " (the identity provider's realm, wildfly-config 50-security.cli)",
                "the development realm kyc of the demo Keycloak, whose clients and users have published passwords");
        LOG.warnf("bearer tokens are checked against the development realm %s (demo clients and users); set %s to the "
                + "institution's realm", DEVELOPMENT_REALM, PROVIDER_URL);
    }
}

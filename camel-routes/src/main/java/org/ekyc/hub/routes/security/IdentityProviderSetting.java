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

    /** @throws IllegalStateException in production with the development realm */
    public static void check(Map<String, String> env, DeploymentMode mode) {
        String url = env.get(PROVIDER_URL);
        boolean development = url == null || url.isBlank() || url.strip().replaceAll("/+$", "").equals(DEVELOPMENT_REALM);
        if (!development) {
            return;
        }
        mode.refuseDevelopmentSecret(PROVIDER_URL + " (the identity provider's realm, wildfly-config 50-security.cli)",
                "the development realm kyc of the demo Keycloak, whose clients and users have published passwords");
        LOG.warnf("bearer tokens are checked against the development realm %s (demo clients and users); set %s to the "
                + "institution's realm", DEVELOPMENT_REALM, PROVIDER_URL);
    }
}

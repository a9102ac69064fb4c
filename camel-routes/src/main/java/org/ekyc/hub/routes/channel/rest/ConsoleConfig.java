package org.ekyc.hub.routes.channel.rest;

import java.util.Map;
import org.ekyc.hub.routes.security.IdentityProviderSetting;

/**
 * What the staff console needs before anyone is signed in: the identity provider's issuer (the realm the hub
 * checks bearer tokens against, {@link IdentityProviderSetting#issuer}) and the public client it signs staff in
 * with (authorization code with PKCE; client {@value #CLIENT_ID} of the realm). Nothing secret, no data.
 */
public record ConsoleConfig(String issuer, String clientId) {

    /** The realm's public client of the staff console (wildfly-config keycloak/kyc-realm.json). */
    static final String CLIENT_ID = "staff-console";

    static ConsoleConfig of(Map<String, String> env) {
        return new ConsoleConfig(IdentityProviderSetting.issuer(env), CLIENT_ID);
    }
}

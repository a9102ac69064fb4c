package org.ekyc.hub.routes.peer;

/**
 * The user name and password the hub presents to the immigration registry in a WS-Security
 * UsernameToken ({@code kyc.immigration.wss.user} / {@code kyc.immigration.wss.password}, overridden
 * by {@code KYC_IMMIGRATION_WSS_USER} / {@code KYC_IMMIGRATION_WSS_PASSWORD}). The password is sent only
 * as a digest and never logged.
 */
public record SoapCredentials(String user, String password) {

    /** Passwords in the repository's defaults start with this; they guard nothing real. */
    static final String DEV_ONLY_PREFIX = "dev-only-";

    public SoapCredentials {
        if (user == null || user.isBlank()) {
            throw new IllegalStateException("kyc.immigration.wss.user (KYC_IMMIGRATION_WSS_USER) must not be empty");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalStateException("kyc.immigration.wss.password (KYC_IMMIGRATION_WSS_PASSWORD) must not be empty");
        }
        user = user.trim();
    }

    /** True for the development-only default of kyc-hub.properties (matching the simulator's). */
    public boolean isDevelopmentDefault() {
        return password.startsWith(DEV_ONLY_PREFIX);
    }

    @Override
    public String toString() {
        return "SoapCredentials[user=" + user + ", password=***]";
    }
}

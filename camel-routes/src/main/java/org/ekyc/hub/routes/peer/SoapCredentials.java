package org.ekyc.hub.routes.peer;

/**
 * The user name and password the hub presents to a government SOAP peer in a WS-Security
 * UsernameToken ({@code kyc.<peer>.wss.user} / {@code kyc.<peer>.wss.password}, overridden by
 * {@code KYC_<PEER>_WSS_USER} / {@code KYC_<PEER>_WSS_PASSWORD}; {@link SoapPeer#credentials}). The
 * password is sent only as a digest and never logged. The refusal of an empty setting names the
 * immigration registry's settings, whichever peer it is for.
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

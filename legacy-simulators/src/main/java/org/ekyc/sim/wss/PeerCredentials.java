package org.ekyc.sim.wss;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The user name and password a simulated peer accepts in a WS-Security UsernameToken. Read from the
 * system property {@code registry-sim.<peer>.wss.user} / {@code .password}, else the environment
 * variable {@code SIM_<PEER>_WSS_USER} / {@code _PASSWORD}, else the development defaults
 * {@value #DEV_USER} / {@value #DEV_PASSWORD} — which match the hub's own development defaults and
 * must never guard anything real.
 *
 * @param user     the one user name the peer knows
 * @param password its password (never logged)
 */
public record PeerCredentials(String user, String password) {

    public static final String DEV_USER = "kyc-hub";
    public static final String DEV_PASSWORD = "dev-only-Registry-2026";

    public PeerCredentials {
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            throw new IllegalArgumentException("a simulated peer needs a user name and a password");
        }
    }

    /** The credentials of {@code peer} (e.g. {@code immigration}) from the process's configuration. */
    public static PeerCredentials of(String peer) {
        return from(peer, System.getenv(), System.getProperties());
    }

    static PeerCredentials from(String peer, Map<String, String> env, Properties sys) {
        String envPrefix = "SIM_" + peer.toUpperCase(Locale.ROOT).replace('-', '_') + "_WSS_";
        String propPrefix = "registry-sim." + peer.toLowerCase(Locale.ROOT) + ".wss.";
        return new PeerCredentials(
                setting(sys.getProperty(propPrefix + "user"), env.get(envPrefix + "USER"), DEV_USER),
                setting(sys.getProperty(propPrefix + "password"), env.get(envPrefix + "PASSWORD"), DEV_PASSWORD));
    }

    /** True when the password is the development default from the source code. */
    public boolean isDevelopmentDefault() {
        return DEV_PASSWORD.equals(password);
    }

    private static String setting(String property, String env, String dflt) {
        if (property != null && !property.isBlank()) {
            return property.trim();
        }
        return env != null && !env.isBlank() ? env.trim() : dflt;
    }

    @Override
    public String toString() {
        return "PeerCredentials[user=" + user + ", password=***]";
    }
}

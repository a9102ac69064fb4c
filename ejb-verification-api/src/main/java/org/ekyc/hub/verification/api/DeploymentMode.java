package org.ekyc.hub.verification.api;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Development or production, set once for the whole hub: {@code KYC_MODE} (environment) or
 * {@code kyc.mode} (system property), {@code development} when unset. In production the hub refuses to
 * start with a development secret instead of warning: a generated PII key, a {@code dev-only-} password
 * of the repository's defaults. The refusal names the setting to change.
 */
public enum DeploymentMode {
    DEVELOPMENT, PRODUCTION;

    public static final String ENVIRONMENT = "KYC_MODE";
    public static final String PROPERTY = "kyc.mode";

    /** This server's mode. */
    public static DeploymentMode current() {
        return of(System.getenv(), System.getProperties());
    }

    /**
     * The mode the settings give (the system property wins over the environment).
     *
     * @throws IllegalStateException for a value that is neither {@code development} nor {@code production}
     */
    public static DeploymentMode of(Map<String, String> env, Properties sys) {
        String value = sys.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            value = env.get(ENVIRONMENT);
        }
        if (value == null || value.isBlank()) {
            return DEVELOPMENT;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(ENVIRONMENT + " (" + PROPERTY + ") must be development or production, not '"
                    + value.trim() + "'");
        }
    }

    /**
     * Refuses a development secret in production; in development it is allowed (the caller warns).
     *
     * @param setting what to set instead, e.g. {@code KYC_PII_KEY (or KYC_PII_KEY_FILE)}
     * @param what    what the development secret is, for the message
     * @throws IllegalStateException in production, naming the setting
     */
    public void refuseDevelopmentSecret(String setting, String what) {
        if (this == PRODUCTION) {
            throw new IllegalStateException(ENVIRONMENT + "=production refuses " + what + ": set " + setting);
        }
    }
}

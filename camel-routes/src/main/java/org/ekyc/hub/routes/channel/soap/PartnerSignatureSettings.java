package org.ekyc.hub.routes.channel.soap;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.ekyc.hub.verification.api.DeploymentMode;
import org.jboss.logging.Logger;

/**
 * The settings of the SOAP channel's message-level security ({@link PartnerSignatures}), all under
 * {@code kyc.soap.*} (environment {@code KYC_SOAP_*}): which partners must sign
 * ({@code signed-partners}, comma-separated principals), the truststore of their certificates
 * ({@code partner-truststore}, {@code -password}), the hub's signing key for the responses
 * ({@code signing-keystore}, {@code -alias}, {@code -password}; key password = store password) and the
 * Timestamp limits ({@code timestamp-max-age-seconds}, {@code timestamp-future-skew-seconds}). The
 * defaults are DEVELOPMENT-ONLY stores made at provisioning (file names {@code kyc-dev-…}, passwords
 * {@code dev-only-…}): a warning in development, a refusal to start in production, naming the setting.
 */
record PartnerSignatureSettings(Set<String> partners, String partnerTruststore, String partnerTruststorePassword,
                                String signingKeystore, String signingAlias, String signingPassword,
                                int maxAgeSeconds, int futureSkewSeconds) {

    private static final Logger LOG = Logger.getLogger(PartnerSignatureSettings.class);
    private static final String DEV_PASSWORD = "dev-only-";
    private static final String DEV_FILE = "kyc-dev-";

    PartnerSignatureSettings {
        partners = Set.copyOf(partners);
        if (maxAgeSeconds <= 0 || futureSkewSeconds < 0) {
            throw new IllegalStateException("kyc.soap.timestamp-max-age-seconds must be positive and "
                    + "kyc.soap.timestamp-future-skew-seconds not negative");
        }
    }

    /**
     * The settings as {@code setting} resolves each {@code kyc.soap.*} key (null: empty); with no signing
     * partner, the other keys are not even resolved.
     */
    static PartnerSignatureSettings from(UnaryOperator<String> setting) {
        String list = setting.apply("kyc.soap.signed-partners");
        Set<String> partners = list == null ? Set.of() : Arrays.stream(list.split(","))
                .map(String::trim).filter(p -> !p.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        if (partners.isEmpty()) {
            return new PartnerSignatureSettings(partners, "", "", "", "", "", 1, 0);
        }
        return new PartnerSignatureSettings(partners, value(setting, "partner-truststore"),
                value(setting, "partner-truststore-password"), value(setting, "signing-keystore"),
                value(setting, "signing-keystore-alias"), value(setting, "signing-keystore-password"),
                Integer.parseInt(value(setting, "timestamp-max-age-seconds")),
                Integer.parseInt(value(setting, "timestamp-future-skew-seconds")));
    }

    /** True when some partner must sign: only then are the stores read. */
    boolean enabled() {
        return !partners.isEmpty();
    }

    /**
     * Refuses the development stores in production (warns in development); nothing to check when no
     * partner must sign.
     *
     * @throws IllegalStateException in production with a development store or password, naming the setting
     */
    void check(DeploymentMode mode) {
        if (!enabled()) {
            return;
        }
        if (isDevelopment(signingKeystore, signingPassword)) {
            mode.refuseDevelopmentSecret("KYC_SOAP_SIGNING_KEYSTORE, KYC_SOAP_SIGNING_KEYSTORE_ALIAS and "
                    + "KYC_SOAP_SIGNING_KEYSTORE_PASSWORD (kyc.soap.signing-keystore*)",
                    "the development-only WS-Security signing key of the SOAP channel");
            LOG.warnf("SOAP responses to signing partners are signed with the development-only key %s; set "
                    + "KYC_SOAP_SIGNING_KEYSTORE and KYC_SOAP_SIGNING_KEYSTORE_PASSWORD", signingKeystore);
        }
        if (isDevelopment(partnerTruststore, partnerTruststorePassword)) {
            mode.refuseDevelopmentSecret("KYC_SOAP_PARTNER_TRUSTSTORE and KYC_SOAP_PARTNER_TRUSTSTORE_PASSWORD "
                    + "(kyc.soap.partner-truststore*)", "the development-only truststore of the partners' signing certificates");
            LOG.warnf("SOAP partners' signatures are checked against the development-only truststore %s; set "
                    + "KYC_SOAP_PARTNER_TRUSTSTORE and KYC_SOAP_PARTNER_TRUSTSTORE_PASSWORD", partnerTruststore);
        }
    }

    private static boolean isDevelopment(String store, String password) {
        String file = store.substring(Math.max(store.lastIndexOf('/'), store.lastIndexOf('\\')) + 1);
        return store.isBlank() || file.startsWith(DEV_FILE) || password.isEmpty() || password.startsWith(DEV_PASSWORD);
    }

    private static String value(UnaryOperator<String> setting, String key) {
        String v = setting.apply("kyc.soap." + key);
        return v == null ? "" : v.trim();
    }

    @Override
    public String toString() {
        return "PartnerSignatureSettings[partners=" + partners + ", partnerTruststore=" + partnerTruststore
                + ", signingKeystore=" + signingKeystore + ", signingAlias=" + signingAlias + ", passwords=***, maxAge="
                + maxAgeSeconds + "s, futureSkew=" + futureSkewSeconds + "s]";
    }
}

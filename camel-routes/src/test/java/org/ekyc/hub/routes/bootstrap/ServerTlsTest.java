package org.ekyc.hub.routes.bootstrap;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.ekyc.hub.verification.api.DeploymentMode;
import org.junit.jupiter.api.Test;

/** The HTTPS listener's development keystore: a warning in development, a refusal to start in production. */
class ServerTlsTest {

    private static final Map<String, String> REAL = Map.of("KYC_TLS_KEYSTORE", "/etc/kyc/tls/hub.p12",
            "KYC_TLS_KEYSTORE_PASSWORD", "from-the-vault");

    @Test
    void developmentTakesTheDevelopmentKeystore() {
        assertThatCode(() -> ServerTls.check(Map.of(), DeploymentMode.DEVELOPMENT)).doesNotThrowAnyException();
    }

    @Test
    void productionRefusesTheDevelopmentKeystoreNamingTheSetting() {
        assertThatThrownBy(() -> ServerTls.check(Map.of(), DeploymentMode.PRODUCTION))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KYC_MODE=production").hasMessageContaining("KYC_TLS_KEYSTORE")
                .hasMessageContaining("development-only TLS keystore");
    }

    @Test
    void productionRefusesAKeystoreWithoutItsPasswordOrWithTheDevelopmentOne() {
        assertThatThrownBy(() -> ServerTls.check(Map.of("KYC_TLS_KEYSTORE", "/etc/kyc/tls/hub.p12"), DeploymentMode.PRODUCTION))
                .hasMessageContaining("KYC_TLS_KEYSTORE_PASSWORD");
        assertThatThrownBy(() -> ServerTls.check(Map.of("KYC_TLS_KEYSTORE", "/etc/kyc/tls/hub.p12",
                "KYC_TLS_KEYSTORE_PASSWORD", "dev-only-Tls-2026"), DeploymentMode.PRODUCTION))
                .hasMessageContaining("KYC_TLS_KEYSTORE_PASSWORD").hasMessageNotContaining("dev-only-Tls-2026");
    }

    @Test
    void productionTakesARealKeystore() {
        assertThatCode(() -> ServerTls.check(REAL, DeploymentMode.PRODUCTION)).doesNotThrowAnyException();
    }
}

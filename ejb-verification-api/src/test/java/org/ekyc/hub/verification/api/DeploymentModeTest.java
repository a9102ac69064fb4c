package org.ekyc.hub.verification.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DeploymentModeTest {

    private static Properties props(String mode) {
        Properties p = new Properties();
        if (mode != null) {
            p.setProperty(DeploymentMode.PROPERTY, mode);
        }
        return p;
    }

    @Test
    void developmentUnlessSetAndThePropertyWinsOverTheEnvironment() {
        assertThat(DeploymentMode.of(Map.of(), props(null))).isEqualTo(DeploymentMode.DEVELOPMENT);
        assertThat(DeploymentMode.of(Map.of("KYC_MODE", "Production"), props(null))).isEqualTo(DeploymentMode.PRODUCTION);
        assertThat(DeploymentMode.of(Map.of("KYC_MODE", "production"), props("development"))).isEqualTo(DeploymentMode.DEVELOPMENT);
    }

    @Test
    void anUnknownModeIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> DeploymentMode.of(Map.of("KYC_MODE", "prod"), props(null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("KYC_MODE").hasMessageContaining("'prod'");
    }

    @Test
    void productionRefusesADevelopmentSecretNamingWhatToSet() {
        DeploymentMode.DEVELOPMENT.refuseDevelopmentSecret("KYC_X", "a development password");
        assertThatThrownBy(() -> DeploymentMode.PRODUCTION.refuseDevelopmentSecret("KYC_X", "a development password"))
                .isInstanceOf(IllegalStateException.class).hasMessage("KYC_MODE=production refuses a development password: set KYC_X");
    }
}

package org.ekyc.hub.routes.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.camel.impl.DefaultCamelContext;
import org.ekyc.hub.verification.api.DeploymentMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A peer's development-only password: a warning in development, a refusal to start in production. */
class SoapPeerCredentialsTest {

    private static DefaultCamelContext camel(String password) {
        return OutsideTheServer.withSettings("kyc.tax.wss.user", "kyc-hub", "kyc.tax.wss.password", password);
    }

    @AfterEach
    void backToDevelopment() {
        System.clearProperty(DeploymentMode.PROPERTY);
    }

    @Test
    void theDevelopmentPasswordIsTakenInDevelopment() {
        assertThat(new SoapPeer("tax", "tax").credentials(camel("dev-only-Registry-2026")).isDevelopmentDefault()).isTrue();
    }

    @Test
    void productionRefusesTheDevelopmentPasswordNamingTheSettingAndTakesARealOne() {
        System.setProperty(DeploymentMode.PROPERTY, "production");
        assertThatThrownBy(() -> new SoapPeer("tax", "tax").credentials(camel("dev-only-Registry-2026")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KYC_MODE=production").hasMessageContaining("KYC_TAX_WSS_PASSWORD")
                .hasMessageNotContaining("dev-only-Registry-2026");
        assertThat(new SoapPeer("tax", "tax").credentials(camel("a-real-secret-from-the-vault")).user()).isEqualTo("kyc-hub");
    }
}

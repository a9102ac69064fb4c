package org.ekyc.sim.wss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PeerCredentialsTest {

    @Test
    void developmentDefaultsWhenNothingIsConfigured() {
        PeerCredentials c = PeerCredentials.from("immigration", Map.of(), new Properties());
        assertThat(c.user()).isEqualTo("kyc-hub");
        assertThat(c.password()).startsWith("dev-only-");
        assertThat(c.isDevelopmentDefault()).isTrue();
    }

    @Test
    void environmentOverridesTheDefaultsAndSystemPropertiesOverrideTheEnvironment() {
        Map<String, String> env = Map.of("SIM_IMMIGRATION_WSS_USER", "hub-a", "SIM_IMMIGRATION_WSS_PASSWORD", "env-secret");
        assertThat(PeerCredentials.from("immigration", env, new Properties()))
                .isEqualTo(new PeerCredentials("hub-a", "env-secret"));

        Properties sys = new Properties();
        sys.setProperty("registry-sim.immigration.wss.password", "prop-secret");
        PeerCredentials c = PeerCredentials.from("immigration", env, sys);
        assertThat(c).isEqualTo(new PeerCredentials("hub-a", "prop-secret"));
        assertThat(c.isDevelopmentDefault()).isFalse();
    }

    @Test
    void thePasswordNeverAppearsInToString() {
        assertThat(new PeerCredentials("kyc-hub", "s3cret-value").toString()).doesNotContain("s3cret-value");
    }

    @Test
    void aBlankUserIsRefused() {
        assertThatThrownBy(() -> new PeerCredentials(" ", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}

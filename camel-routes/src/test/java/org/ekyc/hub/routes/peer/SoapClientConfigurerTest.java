package org.ekyc.hub.routes.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.junit.jupiter.api.Test;

class SoapClientConfigurerTest {

    private final SoapClientConfigurer configurer =
            new SoapClientConfigurer(2000, 5000, new SoapCredentials("kyc-hub", "dev-only-unit-test"), 300);

    @Test
    void everyRequestGetsAUsernameTokenDigestWithNonceAndCreatedAndATimestamp() {
        var c = configurer.usernameTokenAndTimestamp();
        assertThat(c.get(ConfigurationConstants.ACTION)).isEqualTo("UsernameToken Timestamp");
        assertThat(c.get(ConfigurationConstants.USER)).isEqualTo("kyc-hub");
        assertThat(c.get(ConfigurationConstants.PASSWORD_TYPE)).isEqualTo("PasswordDigest");
        assertThat(c.get(ConfigurationConstants.ADD_USERNAMETOKEN_NONCE)).isEqualTo("true");
        assertThat(c.get(ConfigurationConstants.ADD_USERNAMETOKEN_CREATED)).isEqualTo("true");
        assertThat(c.get(ConfigurationConstants.TTL_TIMESTAMP)).isEqualTo("300");
        assertThat(c.toString()).doesNotContain("dev-only-unit-test");
    }

    @Test
    void thePasswordIsHandedToWss4jOnlyForTheConfiguredUser() throws Exception {
        CallbackHandler handler = (CallbackHandler) configurer.usernameTokenAndTimestamp().get(ConfigurationConstants.PW_CALLBACK_REF);
        WSPasswordCallback ours = new WSPasswordCallback("kyc-hub", WSPasswordCallback.USERNAME_TOKEN);
        WSPasswordCallback other = new WSPasswordCallback("someone", WSPasswordCallback.USERNAME_TOKEN);
        handler.handle(new Callback[] {ours, other});
        assertThat(ours.getPassword()).isEqualTo("dev-only-unit-test");
        assertThat(other.getPassword()).isNull();
    }

    @Test
    void credentialsMustBeSetAndTheDevelopmentDefaultIsRecognised() {
        assertThatThrownBy(() -> new SoapCredentials("", "x")).hasMessageContaining("KYC_IMMIGRATION_WSS_USER");
        assertThatThrownBy(() -> new SoapCredentials("kyc-hub", "")).hasMessageContaining("KYC_IMMIGRATION_WSS_PASSWORD");
        assertThat(new SoapCredentials("kyc-hub", "dev-only-Registry-2026").isDevelopmentDefault()).isTrue();
        assertThat(new SoapCredentials("kyc-hub", "from-a-vault").isDevelopmentDefault()).isFalse();
        assertThat(new SoapCredentials("kyc-hub", "from-a-vault").toString()).doesNotContain("from-a-vault");
    }
}

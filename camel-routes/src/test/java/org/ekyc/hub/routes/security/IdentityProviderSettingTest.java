package org.ekyc.hub.routes.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.ekyc.hub.verification.api.DeploymentMode;
import org.junit.jupiter.api.Test;

class IdentityProviderSettingTest {

    @Test
    void productionRefusesTheDevelopmentRealmNamingTheSetting() {
        for (Map<String, String> env : new Map[] {Map.of(), Map.of("KYC_OIDC_PROVIDER_URL", " "),
                Map.of("KYC_OIDC_PROVIDER_URL", "http://localhost:8180/realms/kyc/")}) {
            IllegalStateException refused = catchThrowableOfType(IllegalStateException.class,
                    () -> IdentityProviderSetting.check(env, DeploymentMode.PRODUCTION));
            assertThat(refused).as(env.toString()).isNotNull();
            assertThat(refused.getMessage()).contains("KYC_OIDC_PROVIDER_URL").contains("development realm");
        }
    }

    @Test
    void developmentWarnsAndAnInstitutionsRealmPasses() {
        assertThatCode(() -> IdentityProviderSetting.check(Map.of(), DeploymentMode.DEVELOPMENT)).doesNotThrowAnyException();
        assertThatCode(() -> IdentityProviderSetting.check(Map.of("KYC_OIDC_PROVIDER_URL", "https://sso.bank.example/realms/kyc"),
                DeploymentMode.PRODUCTION)).doesNotThrowAnyException();
    }

    @Test
    void theIssuerIsTheSettingWithoutItsTrailingSlashOrTheDevelopmentRealm() {
        assertThat(IdentityProviderSetting.issuer(Map.of())).isEqualTo("http://localhost:8180/realms/kyc");
        assertThat(IdentityProviderSetting.issuer(Map.of("KYC_OIDC_PROVIDER_URL", " "))).isEqualTo("http://localhost:8180/realms/kyc");
        assertThat(IdentityProviderSetting.issuer(Map.of("KYC_OIDC_PROVIDER_URL", " https://sso.bank.example/realms/kyc/ ")))
                .isEqualTo("https://sso.bank.example/realms/kyc");
    }
}

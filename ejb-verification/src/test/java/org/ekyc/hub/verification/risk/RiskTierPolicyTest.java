package org.ekyc.hub.verification.risk;

import org.ekyc.hub.verification.api.risk.VerificationMethod;
import org.ekyc.hub.verification.api.risk.RiskTier;
import org.ekyc.hub.verification.api.risk.EnhancedTask;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.screening.ScreeningOutcome;
import org.junit.jupiter.api.Test;

class RiskTierPolicyTest {

    private final RiskTierPolicy policy = RiskTierPolicy.defaults();
    private static final Set<VerificationMethod> TWO =
            EnumSet.of(VerificationMethod.ID_COPY_VERIFIED, VerificationMethod.BIOMETRIC_MATCH);

    private RiskAssessment assess(Product product, Set<String> countries, ScreeningOutcome outcome, boolean pep,
                                  Set<String> anomalies, Set<VerificationMethod> methods) {
        return policy.assess(new RiskFactors(product, countries, outcome, pep, anomalies, methods));
    }

    @Test
    void cleanApplicantFromAStandardCountryIsStandardWithoutTasks() {
        RiskAssessment a = assess(Product.ACCOUNT, Set.of("KOR"), ScreeningOutcome.CLEAR, false, Set.of(), TWO);
        assertThat(a.tier()).isEqualTo(RiskTier.STANDARD);
        assertThat(a.tasks()).isEmpty();
        assertThat(a.countryTableVersion()).isEqualTo("FATF-2025-10");
    }

    @Test
    void eachRiskFactorAloneMakesTheCaseEnhancedWithVideoAndSourceOfFunds() {
        assertEnhanced(assess(Product.ACCOUNT, Set.of("KOR", "IRN"), ScreeningOutcome.CLEAR, false, Set.of(), TWO),
                "COUNTRY_HIGH_RISK");
        assertEnhanced(assess(Product.ACCOUNT, Set.of("VNM"), ScreeningOutcome.CLEAR, false, Set.of(), TWO),
                "COUNTRY_INCREASED_MONITORING");
        assertEnhanced(assess(Product.ACCOUNT, Set.of("KOR"), ScreeningOutcome.POTENTIAL, false, Set.of(), TWO),
                "SANCTIONS_POTENTIAL");
        assertEnhanced(assess(Product.ACCOUNT, Set.of("KOR"), ScreeningOutcome.CLEAR, true, Set.of(), TWO), "PEP");
        assertEnhanced(assess(Product.ACCOUNT, Set.of("KOR"), ScreeningOutcome.CLEAR, false, Set.of("MRZ_VIZ_MISMATCH"), TWO),
                "ANOMALY_MRZ_VIZ_MISMATCH");
        assertEnhanced(assess(Product.DIGITAL_ASSETS, Set.of("KOR"), ScreeningOutcome.CLEAR, false, Set.of(), TWO),
                "PRODUCT_DIGITAL_ASSETS");
    }

    @Test
    void fscRuleNeedsTwoMethodsAndRecommendsAThird() {
        var one = assess(Product.ACCOUNT, Set.of("KOR"), ScreeningOutcome.CLEAR, false, Set.of(),
                EnumSet.of(VerificationMethod.BIOMETRIC_MATCH)).nonFaceToFace();
        assertThat(one.satisfied()).isFalse();
        assertThat(one.missing()).isEqualTo(1);
        var two = assess(Product.ACCOUNT, Set.of("KOR"), ScreeningOutcome.CLEAR, false, Set.of(), TWO).nonFaceToFace();
        assertThat(two.satisfied()).isTrue();
        assertThat(two.recommendedExtraMet()).isFalse();
        var three = assess(Product.ACCOUNT, Set.of("KOR"), ScreeningOutcome.CLEAR, false, Set.of(),
                EnumSet.of(VerificationMethod.ID_COPY_VERIFIED, VerificationMethod.VIDEO_CALL,
                        VerificationMethod.EXISTING_ACCOUNT)).nonFaceToFace();
        assertThat(three.recommendedExtraMet()).isTrue();
    }

    @Test
    void nonFaceToFaceRuleIsConfigurablePerProduct() {
        RiskTierPolicy custom = new RiskTierPolicy(CountryRiskTable.bundled(), Set.of(),
                Map.of(Product.MOBILE_LINE, new NonFaceToFacePolicy(1, 0)));
        var line = custom.assess(new RiskFactors(Product.MOBILE_LINE, Set.of("KOR"), ScreeningOutcome.CLEAR, false,
                Set.of(), EnumSet.of(VerificationMethod.ID_COPY_VERIFIED)));
        assertThat(line.nonFaceToFace().satisfied()).isTrue();
        var remittance = custom.assess(new RiskFactors(Product.REMITTANCE, Set.of("KOR"), ScreeningOutcome.CLEAR,
                false, Set.of(), Set.of()));
        assertThat(remittance.tier()).isEqualTo(RiskTier.STANDARD); // no higher-risk products configured
    }

    private static void assertEnhanced(RiskAssessment a, String reason) {
        assertThat(a.tier()).isEqualTo(RiskTier.ENHANCED);
        assertThat(a.reasons()).containsExactly(reason);
        assertThat(a.tasks()).containsExactlyInAnyOrder(EnhancedTask.VIDEO_INTERVIEW, EnhancedTask.SOURCE_OF_FUNDS);
    }
}

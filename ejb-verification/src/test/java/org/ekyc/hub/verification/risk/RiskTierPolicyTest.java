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

    private RiskAssessment assess(Product product, String nationality, ScreeningOutcome outcome, boolean pep,
                                  Set<String> anomalies, Set<VerificationMethod> methods) {
        return policy.assess(new RiskFactors(product, nationality, outcome, pep, anomalies, methods));
    }

    private RiskAssessment assessWithAddresses(String nationality, Set<String> addressCountries) {
        return policy.assess(new RiskFactors(Product.ACCOUNT, nationality, addressCountries, ScreeningOutcome.CLEAR,
                false, Set.of(), TWO));
    }

    @Test
    void cleanApplicantFromAStandardCountryIsStandardWithoutTasks() {
        RiskAssessment a = assess(Product.ACCOUNT, "KOR", ScreeningOutcome.CLEAR, false, Set.of(), TWO);
        assertThat(a.tier()).isEqualTo(RiskTier.STANDARD);
        assertThat(a.tasks()).isEmpty();
        assertThat(a.countryTableVersion()).isEqualTo("FATF-2025-10");
    }

    @Test
    void eachRiskFactorAloneMakesTheCaseEnhancedWithVideoAndSourceOfFunds() {
        assertEnhanced(assess(Product.ACCOUNT, "IRN", ScreeningOutcome.CLEAR, false, Set.of(), TWO),
                "COUNTRY_HIGH_RISK");
        assertEnhanced(assess(Product.ACCOUNT, "VNM", ScreeningOutcome.CLEAR, false, Set.of(), TWO),
                "COUNTRY_INCREASED_MONITORING");
        assertEnhanced(assess(Product.ACCOUNT, "KOR", ScreeningOutcome.POTENTIAL, false, Set.of(), TWO),
                "SANCTIONS_POTENTIAL");
        assertEnhanced(assess(Product.ACCOUNT, "KOR", ScreeningOutcome.CLEAR, true, Set.of(), TWO), "PEP");
        assertEnhanced(assess(Product.ACCOUNT, "KOR", ScreeningOutcome.CLEAR, false, Set.of("MRZ_VIZ_MISMATCH"), TWO),
                "ANOMALY_MRZ_VIZ_MISMATCH");
        assertEnhanced(assess(Product.DIGITAL_ASSETS, "KOR", ScreeningOutcome.CLEAR, false, Set.of(), TWO),
                "PRODUCT_DIGITAL_ASSETS");
    }

    @Test
    void fscRuleNeedsTwoMethodsAndRecommendsAThird() {
        var one = assess(Product.ACCOUNT, "KOR", ScreeningOutcome.CLEAR, false, Set.of(),
                EnumSet.of(VerificationMethod.BIOMETRIC_MATCH)).nonFaceToFace();
        assertThat(one.satisfied()).isFalse();
        assertThat(one.missing()).isEqualTo(1);
        var two = assess(Product.ACCOUNT, "KOR", ScreeningOutcome.CLEAR, false, Set.of(), TWO).nonFaceToFace();
        assertThat(two.satisfied()).isTrue();
        assertThat(two.recommendedExtraMet()).isFalse();
        var three = assess(Product.ACCOUNT, "KOR", ScreeningOutcome.CLEAR, false, Set.of(),
                EnumSet.of(VerificationMethod.ID_COPY_VERIFIED, VerificationMethod.VIDEO_CALL,
                        VerificationMethod.EXISTING_ACCOUNT)).nonFaceToFace();
        assertThat(three.recommendedExtraMet()).isTrue();
    }

    @Test
    void aPepIsItsOwnFactorAndAnUnscreenedApplicantIsNotClear() {
        var pep = assess(Product.ACCOUNT, "KOR", ScreeningOutcome.CLEAR, true, Set.of(), TWO);
        assertThat(pep.tier()).isEqualTo(RiskTier.ENHANCED);
        assertThat(pep.reasons()).containsExactly("PEP");
        var unscreened = assess(Product.ACCOUNT, "KOR", null, false, Set.of(), TWO);
        assertThat(unscreened.tier()).isEqualTo(RiskTier.ENHANCED);
        assertThat(unscreened.reasons()).containsExactly("UNSCREENED");
    }

    @Test
    void nonFaceToFaceRuleIsConfigurablePerProduct() {
        RiskTierPolicy custom = new RiskTierPolicy(CountryRiskTable.bundled(), Set.of(),
                Map.of(Product.MOBILE_LINE, new NonFaceToFacePolicy(1, 0)));
        var line = custom.assess(new RiskFactors(Product.MOBILE_LINE, "KOR", ScreeningOutcome.CLEAR, false,
                Set.of(), EnumSet.of(VerificationMethod.ID_COPY_VERIFIED)));
        assertThat(line.nonFaceToFace().satisfied()).isTrue();
        var remittance = custom.assess(new RiskFactors(Product.REMITTANCE, "KOR", ScreeningOutcome.CLEAR,
                false, Set.of(), Set.of()));
        assertThat(remittance.tier()).isEqualTo(RiskTier.STANDARD); // no higher-risk products configured
    }

    @Test
    void anAddressInAFatfCountryMakesTheCaseEnhancedWithItsOwnReason() {
        // a Korean national living in Iran (FATF call for action): the address alone decides
        assertEnhanced(assessWithAddresses("KOR", Set.of("KOR", "IRN")), "ADDRESS_COUNTRY_HIGH_RISK");
        // the highest address level counts
        assertEnhanced(assessWithAddresses("KOR", Set.of("VNM", "PRK")), "ADDRESS_COUNTRY_HIGH_RISK");
        assertEnhanced(assessWithAddresses("KOR", Set.of("VNM")), "ADDRESS_COUNTRY_INCREASED_MONITORING");
        // nationality and address each give their reason
        RiskAssessment both = assessWithAddresses("VNM", Set.of("IRN"));
        assertThat(both.reasons()).containsExactly("COUNTRY_INCREASED_MONITORING", "ADDRESS_COUNTRY_HIGH_RISK");
    }

    @Test
    void addressesInStandardCountriesLeaveTheTierStandard() {
        assertThat(assessWithAddresses("USA", Set.of("KOR", "USA", "DEU")).tier()).isEqualTo(RiskTier.STANDARD);
        assertThat(assessWithAddresses("KOR", Set.of()).tier()).isEqualTo(RiskTier.STANDARD);
    }

    private static void assertEnhanced(RiskAssessment a, String reason) {
        assertThat(a.tier()).isEqualTo(RiskTier.ENHANCED);
        assertThat(a.reasons()).containsExactly(reason);
        assertThat(a.tasks()).containsExactlyInAnyOrder(EnhancedTask.VIDEO_INTERVIEW, EnhancedTask.SOURCE_OF_FUNDS);
    }
}

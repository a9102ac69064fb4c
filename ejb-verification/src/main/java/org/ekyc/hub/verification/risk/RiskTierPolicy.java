package org.ekyc.hub.verification.risk;

import org.ekyc.hub.verification.api.risk.RiskTier;
import org.ekyc.hub.verification.api.risk.EnhancedTask;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.screening.ScreeningOutcome;

/**
 * Product × country risk × screening × anomalies → STANDARD or ENHANCED (FATF Recommendation 10
 * and 19, Korean Act on Reporting and Using Specified Financial Transaction Information art. 5-2):
 * ENHANCED when the nationality or the country of any address is on a FATF list, screening is not CLEAR (or the applicant
 * could not be screened: UNSCREENED), the person is a PEP (PEP: a PEP is not a sanctions hit), any
 * anomaly was raised, or the product is configured as higher-risk. ENHANCED adds a video
 * interview and source-of-funds evidence. Independently, the FSC non-face-to-face rule is
 * evaluated with the product's {@link NonFaceToFacePolicy}. Pure domain logic.
 */
public final class RiskTierPolicy {

    /** Products treated as higher-risk by default: cross-border money and virtual assets. */
    public static final Set<Product> DEFAULT_HIGHER_RISK = EnumSet.of(Product.REMITTANCE, Product.DIGITAL_ASSETS);

    private final CountryRiskTable countries;
    private final Set<Product> higherRiskProducts;
    private final Map<Product, NonFaceToFacePolicy> nonFaceToFace;

    public RiskTierPolicy(CountryRiskTable countries, Set<Product> higherRiskProducts,
                          Map<Product, NonFaceToFacePolicy> nonFaceToFace) {
        this.countries = countries;
        this.higherRiskProducts = higherRiskProducts.isEmpty() ? EnumSet.noneOf(Product.class) : EnumSet.copyOf(higherRiskProducts);
        this.nonFaceToFace = new EnumMap<>(nonFaceToFace);
    }

    /** The bundled FATF table, the default higher-risk products, two-plus-one methods for every product. */
    public static RiskTierPolicy defaults() {
        Map<Product, NonFaceToFacePolicy> rule = new EnumMap<>(Product.class);
        for (Product product : Product.values()) {
            rule.put(product, NonFaceToFacePolicy.ACCOUNT_OPENING);
        }
        return new RiskTierPolicy(CountryRiskTable.bundled(), DEFAULT_HIGHER_RISK, rule);
    }

    public RiskAssessment assess(RiskFactors factors) {
        List<String> reasons = new ArrayList<>();
        // nationality and address countries each give their own reason, so a reviewer sees which
        // one made the case ENHANCED (the country itself is in the case, not in the reason)
        CountryRiskLevel nationality = countries.level(factors.nationality());
        if (nationality != CountryRiskLevel.STANDARD) {
            reasons.add("COUNTRY_" + nationality);
        }
        CountryRiskLevel address = countries.highest(factors.addressCountries());
        if (address != CountryRiskLevel.STANDARD) {
            reasons.add("ADDRESS_COUNTRY_" + address);
        }
        if (factors.sanctions() == null) {
            reasons.add("UNSCREENED");
        } else if (factors.sanctions() != ScreeningOutcome.CLEAR) {
            reasons.add("SANCTIONS_" + factors.sanctions());
        }
        if (factors.pep()) {
            reasons.add("PEP");
        }
        factors.anomalies().stream().sorted().forEach(a -> reasons.add("ANOMALY_" + a));
        if (higherRiskProducts.contains(factors.product())) {
            reasons.add("PRODUCT_" + factors.product());
        }
        RiskTier tier = reasons.isEmpty() ? RiskTier.STANDARD : RiskTier.ENHANCED;
        Set<EnhancedTask> tasks = tier == RiskTier.ENHANCED
                ? EnumSet.allOf(EnhancedTask.class) : EnumSet.noneOf(EnhancedTask.class);
        NonFaceToFacePolicy policy = nonFaceToFace.getOrDefault(factors.product(), new NonFaceToFacePolicy(0, 0));
        return new RiskAssessment(tier, reasons, tasks, policy.evaluate(factors.methods()), countries.version());
    }
}

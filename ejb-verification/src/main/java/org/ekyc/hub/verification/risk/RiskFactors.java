package org.ekyc.hub.verification.risk;

import org.ekyc.hub.verification.api.risk.VerificationMethod;
import java.util.Objects;
import java.util.Set;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.screening.ScreeningOutcome;

/**
 * What the tier is decided from.
 *
 * @param product        the product applied for
 * @param countries      nationality and address countries, ISO 3166-1 alpha-3
 * @param sanctions      the sanctions screening outcome
 * @param pep            a PEP match (POTENTIAL or HIT on the PEP list)
 * @param anomalies      anomaly codes raised by other checks (document tamper signals, registry mismatch...)
 * @param methods        non-face-to-face methods completed
 */
public record RiskFactors(Product product, Set<String> countries, ScreeningOutcome sanctions, boolean pep,
                          Set<String> anomalies, Set<VerificationMethod> methods) {

    public RiskFactors {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(sanctions, "sanctions");
        countries = Set.copyOf(countries);
        anomalies = Set.copyOf(anomalies);
        methods = Set.copyOf(methods);
    }
}

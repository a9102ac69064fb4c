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
 * @param nationality    ICAO / ISO 3166-1 alpha-3 nationality
 * @param addressCountries countries of the applicant's addresses, ISO 3166-1 alpha-3 (empty when none given)
 * @param sanctions      the sanctions screening outcome; {@code null} when the applicant could not be
 *                       screened (it counts as not clear)
 * @param pep            a PEP match (POTENTIAL or HIT on the PEP list)
 * @param anomalies      anomaly codes raised by other checks (document tamper signals, registry mismatch...)
 * @param methods        non-face-to-face methods completed
 */
public record RiskFactors(Product product, String nationality, Set<String> addressCountries, ScreeningOutcome sanctions, boolean pep,
                          Set<String> anomalies, Set<VerificationMethod> methods) {

    public RiskFactors {
        Objects.requireNonNull(product, "product");
        addressCountries = addressCountries == null ? Set.of() : Set.copyOf(addressCountries);
        anomalies = Set.copyOf(anomalies);
        methods = Set.copyOf(methods);
    }

    /** Factors of an applicant without addresses. */
    public RiskFactors(Product product, String nationality, ScreeningOutcome sanctions, boolean pep,
                       Set<String> anomalies, Set<VerificationMethod> methods) {
        this(product, nationality, Set.of(), sanctions, pep, anomalies, methods);
    }
}

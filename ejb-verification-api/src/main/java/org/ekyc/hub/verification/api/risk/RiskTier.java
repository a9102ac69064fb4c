package org.ekyc.hub.verification.api.risk;

/** STANDARD or ENHANCED due diligence (FATF Recommendation 10, risk-based approach). */
public enum RiskTier {
    STANDARD, ENHANCED
}

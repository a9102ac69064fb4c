package org.ekyc.hub.verification.risk;

/** STANDARD or ENHANCED due diligence (FATF Recommendation 10, risk-based approach). */
public enum RiskTier {
    STANDARD, ENHANCED
}

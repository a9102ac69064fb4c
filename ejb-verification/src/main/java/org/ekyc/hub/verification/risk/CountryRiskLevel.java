package org.ekyc.hub.verification.risk;

/** FATF's two public lists and everything else, in increasing order of risk. */
public enum CountryRiskLevel {
    STANDARD, INCREASED_MONITORING, HIGH_RISK
}

package org.ekyc.hub.verification.api.registry;

/** The government peers a case check can wait for (besides the immigration registry). */
public enum RegistryPeer {
    /** 행정안전부 resident registry: ID card authenticity. */
    RESIDENT_REGISTRY,
    /** 국세청 tax authority: income filing and band. */
    TAX_AUTHORITY
}

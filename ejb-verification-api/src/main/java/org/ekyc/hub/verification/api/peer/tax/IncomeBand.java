package org.ekyc.hub.verification.api.peer.tax;

/** Declared annual income (KRW) as the tax authority reports it: a band, never the amount. */
public enum IncomeBand {
    /** Nothing declared, or not applicable (not filed, closed, unknown). */
    NONE,
    UNDER_20M,
    FROM_20M_TO_50M,
    FROM_50M_TO_100M,
    OVER_100M
}

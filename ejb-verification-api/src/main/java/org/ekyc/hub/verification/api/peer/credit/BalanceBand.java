package org.ekyc.hub.verification.api.peer.credit;

/** Total outstanding loan balance, in bands (KRW), as the bureau reports it instead of an amount. */
public enum BalanceBand {
    NONE, UNDER_10M, UNDER_50M, UNDER_100M, UNDER_300M, OVER_300M
}

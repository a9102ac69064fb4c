package org.ekyc.hub.routes.channel.rest;

/** Starts the phone verification: what the case does not know yet (sex, carrier: SKT, KT, LGU, SKT_MVNO, KT_MVNO, LGU_MVNO). */
public record PhoneVerificationRequest(String sex, String carrier) {
}

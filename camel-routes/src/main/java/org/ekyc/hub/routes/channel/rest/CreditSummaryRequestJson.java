package org.ekyc.hub.routes.channel.rest;

/** Asks for the credit summary of a loan case; {@code consent} must be true (신용정보 조회 동의). */
public record CreditSummaryRequestJson(Boolean consent) {
}

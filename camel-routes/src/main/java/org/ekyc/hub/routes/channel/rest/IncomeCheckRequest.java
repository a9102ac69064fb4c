package org.ekyc.hub.routes.channel.rest;

/**
 * The tax year to ask about; {@code registrationNumber} (e.g. a business registration number) and
 * {@code name} only when they differ from the case's own. Never stored.
 */
public record IncomeCheckRequest(Integer taxYear, String registrationNumber, String name) {
}

package org.ekyc.hub.routes.channel.rest;

/** The ID card as printed: name, resident registration number and issue date (ISO-8601). Never stored. */
public record ResidentCheckRequest(String name, String residentNumber, String issueDate) {
}

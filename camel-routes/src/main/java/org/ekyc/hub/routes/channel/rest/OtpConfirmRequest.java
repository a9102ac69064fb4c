package org.ekyc.hub.routes.channel.rest;

/** The 6-digit code the applicant received by text message. */
public record OtpConfirmRequest(String otp) {
}

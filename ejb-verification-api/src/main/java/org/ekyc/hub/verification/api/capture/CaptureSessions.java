package org.ekyc.hub.verification.api.capture;

import jakarta.ejb.Local;

/**
 * The customer's own session on one case: the capture flow (consent, document, selfie, phone) that a
 * customer completes on their own device, without an account at the identity provider.
 * <ul>
 *   <li>the partner that opened the case asks for a capture token ({@link #open}); it gives it to the
 *       customer's browser or app, which sends it with each step ({@code X-Capture-Token}); the token is
 *       scoped to that case and to the customer's steps, and lives a short time;</li>
 *   <li>to go on on another device, the customer asks for a single-use hand-off code ({@link #handOff}),
 *       types or scans it there, and gets a token of its own for the same case ({@link #redeem});</li>
 *   <li>tokens and codes are random secrets kept only as their SHA-256 (a leaked table opens nothing).</li>
 * </ul>
 */
@Local
public interface CaptureSessions {

    /**
     * A capture token for the customer's steps on a case the calling partner opened.
     *
     * @throws org.ekyc.hub.verification.api.CaseNotFoundException when there is no such case, or another partner's
     * @throws org.ekyc.hub.verification.api.InvalidRequestException CASE_ALREADY_DECIDED
     */
    CaptureGrant open(String caseId);

    /**
     * The case a capture token is for.
     *
     * @throws CaptureRefusedException CAPTURE_TOKEN_INVALID when unknown or expired
     */
    String caseOf(String token);

    /**
     * A single-use code that continues the session of {@code token} on another device.
     *
     * @throws CaptureRefusedException CAPTURE_TOKEN_INVALID
     */
    CaptureGrant handOff(String token);

    /**
     * A new capture token for the case of a hand-off code, which is used up by it.
     *
     * @throws CaptureRefusedException HANDOFF_CODE_INVALID when unknown, expired or used already
     */
    CaptureGrant redeem(String code);
}

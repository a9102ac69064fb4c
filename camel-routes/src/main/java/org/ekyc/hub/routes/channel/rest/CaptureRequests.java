package org.ekyc.hub.routes.channel.rest;

import java.util.List;
import org.apache.camel.Exchange;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.LocalizedMessages;
import org.ekyc.hub.verification.api.capture.CaptureGrant;

/** The JSON of the customer's capture session: the token, the hand-off code, and where the customer stands. */
final class CaptureRequests {

    /** The steps a capture token opens. */
    static final List<String> STEPS = List.of("consent", "consent/refusal", "liveness/challenge", "document",
            "document/corrections", "selfie", "phone-verification",
            "phone-verification/confirm", "handoff");

    private CaptureRequests() {
    }

    /**
     * A capture token: the partner's backend hands it to the customer's browser or app, which sends it as
     * {@code X-Capture-Token} with each step under {@code /kyc/api/v1/capture/}.
     */
    record SessionResponse(String caseId, String captureToken, String expiresAt, List<String> steps) {
    }

    /** A single-use hand-off code, to type or scan on the other device; good until {@code expiresAt}. */
    record HandOffResponse(String code, String expiresAt) {
    }

    /** {@code POST /api/v1/capture/handoff/redeem}. */
    record RedeemRequest(String code) {
    }

    /**
     * Where the customer stands: the case's status, what is done, and the reasons in the customer's
     * language — nothing else of the case (no name, no registry answers, no decision); when a reviewer asked for
     * more, the step to repeat and the listed reason ({@code moreInfo}; never the reviewer's note).
     */
    record Progress(String caseId, String status, boolean consentGiven, String document, String liveness, String faceMatch,
                    String phone, List<CaseResponse.ReasonJson> reasons, MoreInfo moreInfo) {
    }

    /** The step (DOCUMENT or FACE) a reviewer asked the customer to repeat, with the reason's label in their language. */
    record MoreInfo(String step, String reasonCode, String reason) {
    }

    static SessionResponse session(CaptureGrant grant) {
        return new SessionResponse(grant.caseId(), grant.secret(), grant.expiresAt().toString(), STEPS);
    }

    static HandOffResponse handOff(CaptureGrant grant) {
        return new HandOffResponse(grant.secret(), grant.expiresAt().toString());
    }

    /** The exchange's {@link CaseView} as the customer's {@link Progress}. */
    static void progress(Exchange e) {
        CaseView v = e.getMessage().getBody(CaseView.class);
        java.util.Locale locale = RestMapper.locale(e);
        e.getMessage().setBody(new Progress(v.caseId(), v.status().name(),
                v.face() != null && v.face().consentAt() != null,
                v.document() == null ? null : v.document().outcome(),
                v.face() == null ? null : v.face().liveness(),
                v.face() == null ? null : v.face().match(),
                v.phone() == null ? null : v.phone().check(),
                v.reasons().stream().map(code -> new CaseResponse.ReasonJson(code.name(), LocalizedMessages.message(code, locale)))
                        .toList(), moreInfo(v, locale)));
    }

    private static MoreInfo moreInfo(CaseView v, java.util.Locale locale) {
        var m = v.decision() == null ? null : v.decision().moreInfo();
        if (m == null) {
            return null;
        }
        var reason = org.ekyc.hub.verification.api.review.DecisionReason.forOutcome(m.reasonCode(),
                org.ekyc.hub.verification.api.review.DecisionReason.MORE_INFO);
        return new MoreInfo(m.step().name(), m.reasonCode(), reason == null ? null : reason.label(locale));
    }
}

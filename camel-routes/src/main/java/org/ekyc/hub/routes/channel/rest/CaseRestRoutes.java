package org.ekyc.hub.routes.channel.rest;

import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestBindingMode;
import org.ekyc.hub.routes.flow.CaseIntakeRoutes;
import org.ekyc.hub.routes.flow.Flows;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.capture.CaptureSessions;
import org.ekyc.hub.verification.api.screening.ScreeningResult;
import org.ekyc.hub.verification.api.peer.telecom.Carrier;
import org.ekyc.hub.verification.api.peer.telecom.Sex;

/**
 * REST channel for mobile and web apps (context root /kyc, Camel servlet at /api/*):
 * <ul>
 *   <li>{@code POST /api/v1/cases} opens a case → 201 with the case;</li>
 *   <li>{@code GET /api/v1/cases/{id}} → 200 with the case, 404 when unknown;</li>
 *   <li>{@code POST /api/v1/cases/{id}/document} → the document read and checked, findings recorded on
 *       the case (422 for an image that cannot be read);</li>
 *   <li>{@code POST /api/v1/cases/{id}/consent} records consent to face processing ({@code POST
 *       /api/v1/capture/consent/refusal}, the customer's refusal, closes the case: #18);</li>
 *   <li>{@code GET /api/v1/cases/{id}/liveness/challenge} → a nonce-bound challenge (consent first);</li>
 *   <li>{@code POST /api/v1/cases/{id}/selfie} → liveness + face match against the portrait of the document
 *       accepted on the case, recorded on the case (409 DOCUMENT_REQUIRED before such a document; 400
 *       SELFIE_PORTRAIT_NOT_ACCEPTED when the request still carries a portrait); a photo that cannot be used
 *       is 422 with a retake reason;</li>
 *   <li>{@code POST /api/v1/cases/{id}/resident-check} → the ID card (name, number, issue date) checked at
 *       the resident registry, the outcome recorded on the case (409 unless the case's document is a
 *       resident ID card or driver's licence; a registry that gives no answer leaves it PENDING);</li>
 *   <li>{@code POST /api/v1/cases/{id}/income-check} → filing status and income band for a tax year from
 *       the tax authority, recorded on the case (PENDING when the authority gives no answer);</li>
 *   <li>{@code POST /api/v1/cases/{id}/phone-verification} {@code {sex, carrier}} → the carrier sends a
 *       one-time code (phone.check OTP_SENT); {@code .../phone-verification/confirm} {@code {otp}} → VERIFIED
 *       with CI/DI stored sealed, or OTP_MISMATCH / OTP_EXPIRED (case RETRY); 503 TELECOM_UNAVAILABLE,
 *       502 PEER_REPLY_MALFORMED;</li>
 *   <li>{@code POST /api/v1/cases/{id}/credit-summary} {@code {consent:true}} (LOAN cases) → the bureau's
 *       summary, recorded sealed; {@code GET} the same path → the last one; 503 CREDIT_BUREAU_UNAVAILABLE;</li>
 *   <li>{@code POST /api/v1/screening} → sanctions/PEP screening of a name without a case (503 while no list is loaded);</li>
 *   <li>{@code GET /api/v1/health/live} and {@code /ready} → 200, or 503 when a dependency is down;</li>
 *   <li>{@code GET /api/v1/console/config} → where the staff console at {@code /kyc/console/} signs staff in
 *       ({@link ConsoleConfig}: the identity provider's issuer and the console's client id), without a token.</li>
 * </ul>
 * Refusals are 400 with {@code {code, field, message}}, the message in the language of Accept-Language
 * ({@link RestErrors}); a body that is not JSON is 415, one too large 413 ({@link RestEdgeFilter}). This class holds the REST DSL and each endpoint's route: JSON in and out through
 * {@link RestMapper}, the work in the flows every channel shares ({@code routes.flow}).
 */
public class CaseRestRoutes extends RouteBuilder {

    @Override
    public void configure() {
        RestErrors.handle(this);
        // who may call each operation, before any work (the engine's facades check again)
        interceptFrom().process(RestAccess::check);

        // the binding's JSON: no number or boolean taken as text, nothing after the object, images up to the limit
        getContext().getRegistry().bind(RestJson.MAPPER_REF, RestJson.mapper());
        restConfiguration().component("servlet").bindingMode(RestBindingMode.json)
                .dataFormatProperty("prettyPrint", "false")
                .dataFormatProperty("objectMapper", "#" + RestJson.MAPPER_REF)
                // Camel's own validation answers bad JSON with plain text; ours answers in JSON
                // with a reason code (onException above), so it stays off.
                .clientRequestValidation(false);

        rest("/v1/cases").description("Verification cases")
                .post().consumes("application/json").produces("application/json")
                    .type(OpenCaseRequest.class).outType(CaseResponse.class)
                    .to("direct:rest-open-case")
                .get("/{caseId}").produces("application/json").outType(CaseResponse.class)
                    .to("direct:rest-get-case")
                .post("/{caseId}/consent").consumes("application/json").produces("application/json")
                    .type(ConsentRequest.class).outType(CaseResponse.class)
                    .to("direct:rest-consent")
                .get("/{caseId}/liveness/challenge").produces("application/json").outType(ChallengeResponse.class)
                    .to("direct:rest-liveness-challenge")
                .post("/{caseId}/document").consumes("application/json").produces("application/json")
                    .type(DocumentUploadRequest.class).outType(DocumentResponse.class)
                    .to("direct:rest-document")
                .post("/{caseId}/selfie").consumes("application/json").produces("application/json")
                    .type(SelfieRequest.class).outType(CaseResponse.class)
                    .to("direct:rest-selfie")
                .post("/{caseId}/resident-check").consumes("application/json").produces("application/json")
                    .type(ResidentCheckRequest.class).outType(CaseResponse.class)
                    .to("direct:rest-resident-check")
                .post("/{caseId}/income-check").consumes("application/json").produces("application/json")
                    .type(IncomeCheckRequest.class).outType(CaseResponse.class)
                    .to("direct:rest-income-check")
                .post("/{caseId}/decision").consumes("application/json").produces("application/json")
                    .type(DecisionRequest.class).outType(CaseResponse.class)
                    .to("direct:rest-decision")
                .post("/{caseId}/video-interview").consumes("application/json").produces("application/json")
                    .type(ReviewRequests.VideoInterviewRequest.class).outType(CaseResponse.class)
                    .to("direct:rest-video-interview")
                .post("/{caseId}/source-of-funds").consumes("application/json").produces("application/json")
                    .type(ReviewRequests.SourceOfFundsRequest.class).outType(CaseResponse.class)
                    .to("direct:rest-source-of-funds")
                .post("/{caseId}/phone-verification").consumes("application/json").produces("application/json")
                    .type(PhoneVerificationRequest.class).outType(CaseResponse.class)
                    .to("direct:rest-phone-verification")
                .post("/{caseId}/phone-verification/confirm").consumes("application/json").produces("application/json")
                    .type(OtpConfirmRequest.class).outType(CaseResponse.class)
                    .to("direct:rest-phone-confirm")
                .post("/{caseId}/credit-summary").consumes("application/json").produces("application/json")
                    .type(CreditSummaryRequestJson.class).outType(CreditSummaryResponse.class)
                    .to("direct:rest-credit-summary")
                .get("/{caseId}/credit-summary").produces("application/json").outType(CreditSummaryResponse.class)
                    .to("direct:rest-get-credit-summary")
                .post("/{caseId}/capture-session").produces("application/json").outType(CaptureRequests.SessionResponse.class)
                    .to("direct:rest-capture-session");

        // the customer's own steps, with the capture token the partner got for the case (no OIDC token)
        rest("/v1/capture").description("The customer's capture flow")
                .get("/case").produces("application/json").outType(CaptureRequests.Progress.class)
                    .to("direct:capture-case")
                .post("/consent").consumes("application/json").produces("application/json")
                    .type(ConsentRequest.class).outType(CaptureRequests.Progress.class)
                    .to("direct:capture-consent")
                .post("/consent/refusal").consumes("application/json").produces("application/json")
                    .type(ConsentRequest.class).outType(CaptureRequests.Progress.class)
                    .to("direct:capture-consent-refusal")
                .get("/liveness/challenge").produces("application/json").outType(ChallengeResponse.class)
                    .to("direct:capture-liveness-challenge")
                .post("/document").consumes("application/json").produces("application/json")
                    .type(DocumentUploadRequest.class).outType(DocumentResponse.class)
                    .to("direct:capture-document")
                .post("/document/corrections").consumes("application/json").produces("application/json")
                    .type(FieldCorrectionsRequest.class).outType(CaptureRequests.Progress.class)
                    .to("direct:capture-document-corrections")
                .post("/selfie").consumes("application/json").produces("application/json")
                    .type(SelfieRequest.class).outType(CaseResponse.class)
                    .to("direct:capture-selfie")
                .post("/phone-verification").consumes("application/json").produces("application/json")
                    .type(PhoneVerificationRequest.class).outType(CaseResponse.class)
                    .to("direct:capture-phone-verification")
                .post("/phone-verification/confirm").consumes("application/json").produces("application/json")
                    .type(OtpConfirmRequest.class).outType(CaseResponse.class)
                    .to("direct:capture-phone-confirm")
                .post("/handoff").produces("application/json").outType(CaptureRequests.HandOffResponse.class)
                    .to("direct:capture-handoff")
                .post("/handoff/redeem").consumes("application/json").produces("application/json")
                    .type(CaptureRequests.RedeemRequest.class).outType(CaptureRequests.SessionResponse.class)
                    .to("direct:capture-redeem");

        rest("/v1/screening").description("Sanctions and PEP screening without a case")
                .post().consumes("application/json").produces("application/json")
                    .type(ScreeningRequestJson.class).outType(ScreeningResult.class)
                    .to("direct:rest-screening");

        rest("/v1/health").description("Probes")
                .get("/live").produces("application/json").to("direct:rest-live")
                .get("/ready").produces("application/json").to("direct:rest-ready");

        rest("/v1/console").description("The staff console's sign-in settings")
                .get("/config").produces("application/json").outType(ConsoleConfig.class).to("direct:rest-console-config");

        from("direct:rest-open-case").routeId("rest-open-case")
                // an Idempotency-Key header makes a retried POST return the case it opened the first time;
                // the applicant's language from the body's language, else from Accept-Language (#19)
                .process(e -> e.getMessage().setBody(RestMapper.toCommand(e.getMessage().getBody(OpenCaseRequest.class),
                                e.getMessage().getHeader("Accept-Language", String.class))
                        .withIdempotencyKey(RestMapper.idempotencyKey(e.getMessage().getHeader("Idempotency-Key", String.class)))))
                // open the case (engine, screening, registry check): the intake flow every channel uses
                .to(CaseIntakeRoutes.OPEN_CASE)
                .process(CaseRestRoutes::caseResponse)
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(201))
                .setHeader("Location", simple("/kyc/api/v1/cases/${body.caseId}"))
                .process(RestErrors::responseHeadersOnly);

        from("direct:rest-get-case").routeId("rest-get-case")
                // the case as it stands (its id into the log MDC header)
                .setHeader("kycCaseId", header("caseId"))
                .bean("caseLifecycle", "getCase(${header.caseId})")
                .process(CaseRestRoutes::caseResponse)
                .process(RestErrors::responseHeadersOnly);

        from("direct:rest-decision").routeId("rest-decision")
                // the reviewer's decision, checked by the engine against the case's evidence, risk and open tasks
                .process(e -> e.getMessage().setBody(RestMapper.decision(e.getMessage().getBody(DecisionRequest.class))))
                .bean("caseLifecycle", "decide(${header.caseId}, ${body})")
                .process(CaseRestRoutes::caseResponse)
                .process(RestErrors::responseHeadersOnly);

        from("direct:rest-video-interview").routeId("rest-video-interview")
                // a reviewer's video interview: the evidence of the FSC video call and the enhanced interview
                .process(e -> e.getMessage().setBody(ReviewRequests.interview(
                        e.getMessage().getBody(ReviewRequests.VideoInterviewRequest.class))))
                .bean("reviewStep", "recordVideoInterview(${header.caseId}, ${body})")
                .process(CaseRestRoutes::caseResponse)
                .process(RestErrors::responseHeadersOnly);

        from("direct:rest-source-of-funds").routeId("rest-source-of-funds")
                // a reviewer's source-of-funds evidence for an enhanced case
                .process(e -> e.getMessage().setBody(ReviewRequests.sourceOfFunds(
                        e.getMessage().getBody(ReviewRequests.SourceOfFundsRequest.class))))
                .bean("reviewStep", "recordSourceOfFunds(${header.caseId}, ${body})")
                .process(CaseRestRoutes::caseResponse)
                .process(RestErrors::responseHeadersOnly);

        // the customer's steps: driven by the partner that opened the case (rest-*), or by the customer with the
        // capture token (capture-*: the case from the token, run as the customer, rate limited; CaptureAccess)
        consent(from("direct:rest-consent").routeId("rest-consent"), CaseRestRoutes::caseResponse);
        consent(from("direct:capture-consent").routeId("capture-consent")
                .policy(CaptureAccess.of(getContext(), CaptureRateLimits.Step.OTHER)), CaptureRequests::progress);
        from("direct:capture-consent-refusal").routeId("capture-consent-refusal")
                .policy(CaptureAccess.of(getContext(), CaptureRateLimits.Step.OTHER))
                // #18 the customer said no to face processing: recorded as evidence, the case closed (REJECTED,
                // CONSENT_REFUSED); after a consent given, 409 CONSENT_ALREADY_ANSWERED
                .process(e -> e.getMessage().setBody(RestMapper.consentRefusal(e.getMessage().getBody(ConsentRequest.class))))
                .bean("faceStep", "recordConsentRefusal(${header.caseId}, ${body})")
                .process(CaptureRequests::progress)
                .process(RestErrors::responseHeadersOnly);
        from("direct:capture-document-corrections").routeId("capture-document-corrections")
                .policy(CaptureAccess.of(getContext(), CaptureRateLimits.Step.OTHER))
                // #18 the customer's corrections of the fields read, kept beside the reading; a key field that
                // differs sends the case to a person (DOCUMENT_KEY_FIELD_CORRECTED)
                .process(e -> e.getMessage().setBody(e.getContext().getRegistry()
                        .lookupByNameAndType("documentStep", org.ekyc.hub.verification.api.document.DocumentStep.class)
                        .recordFieldCorrections(caseId(e), FieldCorrectionsRequest.toCorrections(
                                e.getMessage().getBody(FieldCorrectionsRequest.class)))))
                .process(CaptureRequests::progress)
                .process(RestErrors::responseHeadersOnly);
        challenge(from("direct:rest-liveness-challenge").routeId("rest-liveness-challenge"));
        challenge(from("direct:capture-liveness-challenge").routeId("capture-liveness-challenge")
                .policy(CaptureAccess.of(getContext(), CaptureRateLimits.Step.CHALLENGE)));
        selfie(from("direct:rest-selfie").routeId("rest-selfie"));
        selfie(from("direct:capture-selfie").routeId("capture-selfie")
                .policy(CaptureAccess.of(getContext(), CaptureRateLimits.Step.SELFIE)));
        phoneVerification(from("direct:rest-phone-verification").routeId("rest-phone-verification"));
        phoneVerification(from("direct:capture-phone-verification").routeId("capture-phone-verification")
                .policy(CaptureAccess.of(getContext(), CaptureRateLimits.Step.OTHER)));
        phoneConfirmation(from("direct:rest-phone-confirm").routeId("rest-phone-confirm"));
        phoneConfirmation(from("direct:capture-phone-confirm").routeId("capture-phone-confirm")
                .policy(CaptureAccess.of(getContext(), CaptureRateLimits.Step.OTHER)));

        from("direct:capture-case").routeId("capture-case")
                .policy(CaptureAccess.of(getContext(), CaptureRateLimits.Step.OTHER))
                // where the customer stands: the steps done and what to do next, nothing else of the case
                .bean("caseLifecycle", "getCase(${header.caseId})")
                .process(CaptureRequests::progress)
                .process(RestErrors::responseHeadersOnly);

        from("direct:capture-handoff").routeId("capture-handoff")
                .policy(CaptureAccess.of(getContext(), CaptureRateLimits.Step.HANDOFF))
                // a single-use code to go on on another device
                .process(e -> e.getMessage().setBody(CaptureRequests.handOff(e.getContext().getRegistry()
                        .lookupByNameAndType("captureSessions", CaptureSessions.class)
                        .handOff(e.getMessage().getHeader(CaptureAccess.TOKEN_HEADER, String.class)))))
                .process(RestErrors::responseHeadersOnly);

        from("direct:capture-redeem").routeId("capture-redeem")
                .policy(CaptureAccess.of(getContext(), CaptureRateLimits.Step.REDEEM))
                // the code typed on the other device gives that device a capture token of its own
                .process(e -> {
                    CaptureRequests.RedeemRequest r = e.getMessage().getBody(CaptureRequests.RedeemRequest.class);
                    e.getMessage().setBody(CaptureRequests.session(e.getContext().getRegistry()
                            .lookupByNameAndType("captureSessions", CaptureSessions.class).redeem(r == null ? null : r.code())));
                })
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(201))
                .process(RestErrors::responseHeadersOnly);

        from("direct:rest-capture-session").routeId("rest-capture-session")
                // the partner gets a capture token for its customer's steps on this case
                .process(e -> e.getMessage().setBody(CaptureRequests.session(e.getContext().getRegistry()
                        .lookupByNameAndType("captureSessions", CaptureSessions.class).open(caseId(e)))))
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(201))
                .process(RestErrors::responseHeadersOnly);

        from("direct:rest-credit-summary").routeId("rest-credit-summary")
                // loan cases only, with consent; the bureau's summary is recorded sealed on the case
                .process(e -> {
                    CreditSummaryRequestJson r = e.getMessage().getBody(CreditSummaryRequestJson.class);
                    e.getMessage().setBody(RestMapper.creditResponse(caseId(e), Flows.of(e).creditSummary()
                            .enquire(caseId(e), r != null && Boolean.TRUE.equals(r.consent()))));
                })
                .process(RestErrors::responseHeadersOnly);

        from("direct:rest-get-credit-summary").routeId("rest-get-credit-summary")
                // the last summary recorded on the case
                .process(e -> e.getMessage().setBody(RestMapper.creditResponse(caseId(e),
                        Flows.of(e).creditSummary().current(caseId(e)))))
                .process(RestErrors::responseHeadersOnly);

        document(from("direct:rest-document").routeId("rest-document"));
        document(from("direct:capture-document").routeId("capture-document")
                .policy(CaptureAccess.of(getContext(), CaptureRateLimits.Step.DOCUMENT)));

        from("direct:rest-resident-check").routeId("rest-resident-check")
                // the resident registry is asked outside any transaction; only the outcome is recorded
                .process(e -> e.getMessage().setBody(RestMapper.toResponse(Flows.of(e).registryChecks().residentCheck(
                        caseId(e), RestMapper.residentIdQuery(caseId(e), e.getMessage().getBody(ResidentCheckRequest.class))),
                        RestMapper.locale(e))))
                .process(RestErrors::responseHeadersOnly);

        from("direct:rest-income-check").routeId("rest-income-check")
                // the tax authority's filing status and income band for a tax year, recorded on the case
                .process(e -> {
                    IncomeCheckRequest r = e.getMessage().getBody(IncomeCheckRequest.class);
                    if (r == null || r.taxYear() == null) {
                        throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "taxYear");
                    }
                    e.getMessage().setBody(RestMapper.toResponse(Flows.of(e).registryChecks().incomeCheck(caseId(e),
                            r.taxYear(), r.registrationNumber(), r.name()), RestMapper.locale(e)));
                })
                .process(RestErrors::responseHeadersOnly);

        from("direct:rest-screening").routeId("rest-screening")
                // screening without a case, as SOAP ScreenName: same validation, same engine
                .process(e -> e.getMessage().setBody(RestMapper.screeningRequest(e.getMessage().getBody(ScreeningRequestJson.class))))
                .bean("screeningService", "screen")
                .process(RestErrors::responseHeadersOnly);

        from("direct:rest-live").routeId("rest-health-live")
                // the application answers
                .setBody(constant(Map.of("status", "UP")));

        from("direct:rest-console-config").routeId("rest-console-config")
                // the issuer WildFly checks tokens against, read from the same setting
                .process(e -> e.getMessage().setBody(ConsoleConfig.of(System.getenv())));

        from("direct:rest-ready").routeId("rest-health-ready")
                // routes started, case store and broker reachable; peers shown (Readiness)
                .process(Readiness::check)
                .process(RestErrors::responseHeadersOnly);
    }

    /** Consent to face processing, recorded before any face image is taken; answered with {@code answer}. */
    private static void consent(ProcessorDefinition<?> route, Processor answer) {
        route.process(e -> e.getMessage().setBody(RestMapper.consent(e.getMessage().getBody(ConsentRequest.class))))
                .bean("faceStep", "recordConsent(${header.caseId}, ${body})")
                .process(answer)
                .process(RestErrors::responseHeadersOnly);
    }

    /** A nonce-bound challenge bound to the case (face check flow). */
    private static void challenge(ProcessorDefinition<?> route) {
        route.process(e -> e.getMessage().setBody(RestMapper.challenge(Flows.of(e).faceCheck().challenge(caseId(e)))))
                .process(RestErrors::responseHeadersOnly);
    }

    /** Liveness on the frames, then the match against the document's portrait; the outcome recorded (face check flow). */
    private static void selfie(ProcessorDefinition<?> route) {
        route.process(e -> e.getMessage().setBody(RestMapper.toResponse(Flows.of(e).faceCheck().check(caseId(e),
                        RestMapper.selfie(e.getMessage().getBody(SelfieRequest.class))), RestMapper.locale(e))))
                .process(RestErrors::responseHeadersOnly);
    }

    /** The carrier sends the applicant a one-time code; the case waits for it (phone.check OTP_SENT). */
    private static void phoneVerification(ProcessorDefinition<?> route) {
        route.process(e -> {
            PhoneVerificationRequest r = e.getMessage().getBody(PhoneVerificationRequest.class);
            if (r == null) {
                throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "body");
            }
            e.getMessage().setBody(RestMapper.toResponse(Flows.of(e).phoneVerification().start(caseId(e),
                    Sex.fromCode(r.sex()), Carrier.fromCode(r.carrier())), RestMapper.locale(e)));
        }).process(RestErrors::responseHeadersOnly);
    }

    /** The code the applicant entered goes to the carrier; CI and DI are stored sealed on success. */
    private static void phoneConfirmation(ProcessorDefinition<?> route) {
        route.process(e -> {
            OtpConfirmRequest r = e.getMessage().getBody(OtpConfirmRequest.class);
            if (r == null || r.otp() == null || r.otp().isBlank()) {
                throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "otp");
            }
            e.getMessage().setBody(RestMapper.toResponse(Flows.of(e).phoneVerification().confirm(caseId(e), r.otp()),
                    RestMapper.locale(e)));
        }).process(RestErrors::responseHeadersOnly);
    }

    /**
     * The photos decoded, read and checked by the engine, the outcome recorded (document check flow, shared
     * with the SOAP channel); the image lives for this call only.
     */
    private static void document(ProcessorDefinition<?> route) {
        route.process(e -> {
            RestMapper.DocumentPhotos photos = RestMapper.documentPhotos(e.getMessage().getBody(DocumentUploadRequest.class));
            e.getMessage().setBody(RestMapper.documentResponse(Flows.of(e).documentCheck()
                    .check(caseId(e), photos.frames(), photos.back(), photos.expectedType(), photos.captureMode()),
                    RestMapper.locale(e)));
        }).process(RestErrors::responseHeadersOnly);
    }

    private static String caseId(Exchange e) {
        return e.getMessage().getHeader("caseId", String.class);
    }

    private static void caseResponse(Exchange e) {
        e.getMessage().setBody(RestMapper.toResponse(e.getMessage().getBody(CaseView.class), RestMapper.locale(e)));
    }
}

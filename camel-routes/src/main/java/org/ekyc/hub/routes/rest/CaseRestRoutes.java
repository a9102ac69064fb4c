package org.ekyc.hub.routes.rest;

import org.ekyc.hub.verification.api.peer.PeerQuestion;
import org.ekyc.hub.verification.api.peer.PeerChecks;
import org.ekyc.hub.verification.api.face.FaceStep;
import org.ekyc.hub.verification.api.document.DocumentStep;
import org.ekyc.hub.verification.api.CaseLifecycle;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.risk.Decision;
import org.ekyc.hub.verification.api.risk.EnhancedTask;
import org.ekyc.hub.verification.api.risk.VerificationMethod;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.model.rest.RestBindingMode;
import org.ekyc.hub.routes.immigration.ImmigrationRegistryRoutes;
import org.ekyc.hub.routes.intake.CaseIntakeRoutes;
import org.ekyc.hub.routes.intake.DocumentCheckFlow;
import org.ekyc.hub.routes.intake.DocumentSummary;
import org.ekyc.hub.routes.intake.ScreeningQuery;
import org.ekyc.hub.verification.api.CaseNotFoundException;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Consent;
import org.ekyc.hub.verification.api.document.DocumentCheckService;
import org.ekyc.hub.verification.api.document.DocumentImageException;
import org.ekyc.hub.verification.api.face.FaceImageException;
import org.ekyc.hub.verification.api.screening.ScreeningRequest;
import org.ekyc.hub.verification.api.screening.ScreeningResult;
import org.ekyc.hub.verification.api.screening.ScreeningUnavailableException;
import org.ekyc.hub.verification.api.face.FaceService;
import org.ekyc.hub.verification.api.face.LivenessChallenge;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.LocalizedMessages;
import org.ekyc.hub.verification.api.peer.PeerException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery;
import org.ekyc.hub.verification.api.peer.resident.ResidentRegistryPort;
import org.ekyc.hub.verification.api.peer.tax.TaxAuthorityPort;
import org.ekyc.hub.verification.api.peer.tax.TaxQuery;
import org.ekyc.hub.routes.registry.ResidentRegistryRoutes;
import org.ekyc.hub.routes.registry.TaxAuthorityRoutes;
import org.ekyc.hub.verification.api.peer.credit.CreditBureauPort;
import org.ekyc.hub.verification.api.peer.credit.CreditSummary;
import org.ekyc.hub.verification.api.peer.telecom.Carrier;
import org.ekyc.hub.verification.api.peer.telecom.Sex;
import org.ekyc.hub.verification.api.peer.telecom.TelecomIdentityPort;
import org.ekyc.hub.routes.credit.CreditSummaryFlow;
import org.ekyc.hub.routes.telecom.PhoneVerificationFlow;
import org.ekyc.hub.routes.telegram.TelegramPeer;
import org.ekyc.hub.routes.telegram.TelegramRoutes;

/**
 * REST channel for mobile and web apps (context root /kyc, Camel servlet at /api/*):
 * <ul>
 *   <li>{@code POST /api/v1/cases} opens a case → 201 with the case;</li>
 *   <li>{@code GET /api/v1/cases/{id}} → 200 with the case, 404 when unknown;</li>
 *   <li>{@code POST /api/v1/cases/{id}/document} → the document read and checked, findings recorded on
 *       the case (422 for an image that cannot be read);</li>
 *   <li>{@code POST /api/v1/cases/{id}/consent} records consent to face processing;</li>
 *   <li>{@code GET /api/v1/cases/{id}/liveness/challenge} → a nonce-bound challenge (consent first);</li>
 *   <li>{@code POST /api/v1/cases/{id}/selfie} → liveness + face match recorded on the case; a photo
 *       that cannot be used is 422 with a retake reason;</li>
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
 *   <li>{@code GET /api/v1/health/live} and {@code /ready} → 200, or 503 when a dependency is down.</li>
 * </ul>
 * Refusals are 400 with {@code {code, field, message}}, the message in the language of Accept-Language.
 */
public class CaseRestRoutes extends RouteBuilder {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void configure() {
        onException(InvalidRequestException.class).handled(true)
                .process(e -> error(e, 400, e.getProperty(Exchange.EXCEPTION_CAUGHT, InvalidRequestException.class)));
        onException(FaceImageException.class).handled(true)
                .process(e -> {
                    FaceImageException ex = e.getProperty(Exchange.EXCEPTION_CAUGHT, FaceImageException.class);
                    error(e, 422, ex.reason(), null, null);
                });
        onException(DocumentImageException.class).handled(true)
                .process(e -> error(e, 422, e.getProperty(Exchange.EXCEPTION_CAUGHT, DocumentImageException.class).code(), null, null));
        onException(PeerException.class).handled(true)
                .process(e -> {
                    PeerException ex = e.getProperty(Exchange.EXCEPTION_CAUGHT, PeerException.class);
                    error(e, ex.kind() == PeerException.Kind.GARBLED ? 502 : 503, ex.reason(), null, null);
                });
        onException(ScreeningUnavailableException.class).handled(true)
                .process(e -> error(e, 503, ReasonCode.SCREENING_UNAVAILABLE, null, null));
        onException(CaseNotFoundException.class).handled(true)
                .process(e -> error(e, 404, ReasonCode.CASE_NOT_FOUND, null, null));
        onException(JacksonException.class).handled(true)
                .process(e -> error(e, 400, ReasonCode.MALFORMED_REQUEST, "body", "not valid JSON for this resource"));
        onException(Exception.class).handled(true)
                .log(LoggingLevel.ERROR, "REST request failed: ${exception.stacktrace}")
                .process(e -> error(e, 500, ReasonCode.INTERNAL_ERROR, null, null));

        restConfiguration().component("servlet").bindingMode(RestBindingMode.json)
                .dataFormatProperty("prettyPrint", "false")
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
                    .to("direct:rest-get-credit-summary");

        rest("/v1/screening").description("Sanctions and PEP screening without a case")
                .post().consumes("application/json").produces("application/json")
                    .type(ScreeningRequestJson.class).outType(ScreeningResult.class)
                    .to("direct:rest-screening");

        rest("/v1/health").description("Probes")
                .get("/live").produces("application/json").to("direct:rest-live")
                .get("/ready").produces("application/json").to("direct:rest-ready");

        from("direct:rest-open-case").routeId("rest-open-case")
                // an Idempotency-Key header makes a retried POST return the case it opened the first time
                .process(e -> e.getMessage().setBody(RestMapper.toCommand(e.getMessage().getBody(OpenCaseRequest.class))
                        .withIdempotencyKey(restKey(e.getMessage().getHeader("Idempotency-Key", String.class)))))
                .to(CaseIntakeRoutes.OPEN_CASE)
                .process(e -> e.getMessage().setBody(RestMapper.toResponse(e.getMessage().getBody(CaseView.class), locale(e))))
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(201))
                .setHeader("Location", simple("/kyc/api/v1/cases/${body.caseId}"))
                .process(CaseRestRoutes::responseHeadersOnly);

        from("direct:rest-get-case").routeId("rest-get-case")
                .setHeader("kycCaseId", header("caseId"))
                .bean("caseLifecycle", "getCase(${header.caseId})")
                .process(e -> e.getMessage().setBody(RestMapper.toResponse(e.getMessage().getBody(CaseView.class), locale(e))))
                .process(CaseRestRoutes::responseHeadersOnly);

        from("direct:rest-decision").routeId("rest-decision")
                .process(e -> e.getMessage().setBody(decision(e.getMessage().getBody(DecisionRequest.class))))
                .bean("caseLifecycle", "decide(${header.caseId}, ${body})")
                .process(e -> e.getMessage().setBody(RestMapper.toResponse(e.getMessage().getBody(CaseView.class), locale(e))))
                .process(CaseRestRoutes::responseHeadersOnly);

        from("direct:rest-consent").routeId("rest-consent")
                .process(e -> {
                    ConsentRequest r = e.getMessage().getBody(ConsentRequest.class);
                    if (r == null) {
                        throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "body");
                    }
                    e.getMessage().setBody(new Consent(r.noticeVersion(), r.language(),
                            r.templateRetentionDays() == null ? Consent.MAX_RETENTION_DAYS : r.templateRetentionDays()));
                })
                .bean("faceStep", "recordConsent(${header.caseId}, ${body})")
                .process(e -> e.getMessage().setBody(RestMapper.toResponse(e.getMessage().getBody(CaseView.class), locale(e))))
                .process(CaseRestRoutes::responseHeadersOnly);

        from("direct:rest-liveness-challenge").routeId("rest-liveness-challenge")
                .process(e -> {
                    LivenessChallenge c = faceFlow(e).challenge(e.getMessage().getHeader("caseId", String.class));
                    e.getMessage().setBody(new ChallengeResponse(c.nonce(),
                            c.actions().stream().map(Enum::name).toList(), c.expiresAt().toString()));
                })
                .process(CaseRestRoutes::responseHeadersOnly);

        from("direct:rest-selfie").routeId("rest-selfie")
                .process(e -> e.getMessage().setBody(RestMapper.toResponse(faceFlow(e).check(
                        e.getMessage().getHeader("caseId", String.class), e.getMessage().getBody(SelfieRequest.class)),
                        locale(e))))
                .process(CaseRestRoutes::responseHeadersOnly);

        from("direct:rest-phone-verification").routeId("rest-phone-verification")
                // the carrier sends the applicant a one-time code; the case waits for it (phone.check OTP_SENT)
                .process(e -> {
                    PhoneVerificationRequest r = e.getMessage().getBody(PhoneVerificationRequest.class);
                    if (r == null) {
                        throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "body");
                    }
                    e.getMessage().setBody(RestMapper.toResponse(phoneFlow(e).start(e.getMessage().getHeader("caseId", String.class),
                            Sex.fromCode(r.sex()), Carrier.fromCode(r.carrier())), locale(e)));
                })
                .process(CaseRestRoutes::responseHeadersOnly);

        from("direct:rest-phone-confirm").routeId("rest-phone-confirm")
                // the code the applicant entered goes to the carrier; CI and DI are stored sealed on success
                .process(e -> {
                    OtpConfirmRequest r = e.getMessage().getBody(OtpConfirmRequest.class);
                    if (r == null || r.otp() == null || r.otp().isBlank()) {
                        throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "otp");
                    }
                    e.getMessage().setBody(RestMapper.toResponse(phoneFlow(e).confirm(
                            e.getMessage().getHeader("caseId", String.class), r.otp()), locale(e)));
                })
                .process(CaseRestRoutes::responseHeadersOnly);

        from("direct:rest-credit-summary").routeId("rest-credit-summary")
                // loan cases only, with consent; the bureau's summary is recorded sealed on the case
                .process(e -> {
                    CreditSummaryRequestJson r = e.getMessage().getBody(CreditSummaryRequestJson.class);
                    String caseId = e.getMessage().getHeader("caseId", String.class);
                    CreditSummaryFlow.Result result = new CreditSummaryFlow(peerChecks(e),
                            e.getContext().getRegistry().lookupByNameAndType("creditBureau", CreditBureauPort.class))
                            .enquire(caseId, r != null && Boolean.TRUE.equals(r.consent()));
                    e.getMessage().setBody(creditResponse(caseId, result.caseView().creditCheck(), result.summary()));
                })
                .process(CaseRestRoutes::responseHeadersOnly);

        from("direct:rest-get-credit-summary").routeId("rest-get-credit-summary")
                .process(e -> {
                    String caseId = e.getMessage().getHeader("caseId", String.class);
                    CreditSummary summary = peerChecks(e).creditSummary(caseId);
                    e.getMessage().setBody(creditResponse(caseId, cases(e).getCase(caseId).creditCheck(), summary));
                })
                .process(CaseRestRoutes::responseHeadersOnly);

        from("direct:rest-document").routeId("rest-document")
                .process(CaseRestRoutes::checkDocument)
                .process(CaseRestRoutes::responseHeadersOnly);

        from("direct:rest-resident-check").routeId("rest-resident-check")
                // the resident registry is asked outside any transaction; only the outcome is recorded
                .process(CaseRestRoutes::residentCheck)
                .process(CaseRestRoutes::responseHeadersOnly);

        from("direct:rest-income-check").routeId("rest-income-check")
                .process(CaseRestRoutes::incomeCheck)
                .process(CaseRestRoutes::responseHeadersOnly);

        from("direct:rest-screening").routeId("rest-screening")
                .process(e -> e.getMessage().setBody(screeningRequest(e.getMessage().getBody(ScreeningRequestJson.class))))
                .bean("screeningService", "screen")
                .process(CaseRestRoutes::responseHeadersOnly);

        from("direct:rest-live").routeId("rest-health-live")
                .setBody(constant(Map.of("status", "UP")));

        from("direct:rest-ready").routeId("rest-health-ready")
                .process(CaseRestRoutes::readiness)
                .process(CaseRestRoutes::responseHeadersOnly);
    }

    /**
     * Camel's servlet binding turns every message header into an HTTP response header: keep only
     * those meant for the caller, so request headers and internal ones are never echoed.
     */
    static void responseHeadersOnly(Exchange e) {
        e.getMessage().removeHeaders("*", Exchange.HTTP_RESPONSE_CODE, Exchange.CONTENT_TYPE, "Location");
    }

    /** Ready when every route is started, the case store answers and the broker accepts a connection. */
    static void readiness(Exchange e) {
        CamelContext camel = e.getContext();
        Map<String, String> checks = new LinkedHashMap<>();
        boolean routes = camel.getStatus() == ServiceStatus.Started && camel.getRoutes().stream()
                .allMatch(r -> camel.getRouteController().getRouteStatus(r.getRouteId()) == ServiceStatus.Started);
        checks.put("routes", routes ? "UP" : "DOWN");
        CaseLifecycle cases = camel.getRegistry().lookupByNameAndType("caseLifecycle", CaseLifecycle.class);
        checks.put("caseStore", cases != null && cases.storeReachable() ? "UP" : "DOWN");
        checks.put("broker", brokerReachable(camel) ? "UP" : "DOWN");
        boolean up = !checks.containsValue("DOWN");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("checks", checks);
        // Peers do not decide readiness (cases wait while a registry is down), but operators see them.
        Map<String, String> peers = new LinkedHashMap<>();
        peers.put("immigrationRegistry", ImmigrationRegistryRoutes.registryStatus(camel));
        peers.put("residentRegistry", "circuit " + ResidentRegistryRoutes.PEER.circuitState(camel));
        peers.put("taxAuthority", "circuit " + TaxAuthorityRoutes.PEER.circuitState(camel));
        peers.put("telecomIdentity", "circuit " + TelegramPeer.circuitState(camel, TelegramRoutes.TELECOM_CIRCUIT));
        peers.put("creditBureau", "circuit " + TelegramPeer.circuitState(camel, TelegramRoutes.CREDIT_CIRCUIT));
        body.put("peers", peers);
        e.getMessage().setBody(body);
        e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, up ? 200 : 503);
    }

    private static boolean brokerReachable(CamelContext camel) {
        ConnectionFactory cf = camel.getComponent("jms", JmsComponent.class).getConnectionFactory();
        try (Connection c = cf.createConnection()) {
            return true;
        } catch (Exception ex) {
            return false;
        }
    }

    private static String restKey(String header) {
        return header == null || header.isBlank() ? null : "REST:" + header.trim();
    }

    /**
     * Reads the uploaded document and records the outcome on the case (DocumentCheckFlow, shared
     * with the SOAP channel); the image lives for this call only.
     */
    static void checkDocument(Exchange e) throws Exception {
        String caseId = e.getMessage().getHeader("caseId", String.class);
        DocumentUploadRequest r = e.getMessage().getBody(DocumentUploadRequest.class);
        boolean noImage = r == null || r.image() == null || r.image().isBlank();
        if (r == null || noImage && (r.frames() == null || r.frames().isEmpty())) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "image");
        }
        java.util.List<byte[]> frames = new java.util.ArrayList<>();
        if (!noImage) {
            frames.add(base64(r.image(), "image"));
        }
        if (r.frames() != null) {
            for (String frame : r.frames()) {
                frames.add(base64(frame, "frames"));
            }
        }
        java.util.List<byte[]> back = new java.util.ArrayList<>();
        if (r.back() != null) {
            for (String side : r.back()) {
                back.add(base64(side, "back"));
            }
        }
        var registry = e.getContext().getRegistry();
        DocumentCheckFlow.Checked checked = new DocumentCheckFlow(
                registry.lookupByNameAndType("caseLifecycle", CaseLifecycle.class),
                registry.lookupByNameAndType("documentStep", DocumentStep.class),
                registry.lookupByNameAndType("documentService", DocumentCheckService.class))
                .check(caseId, frames, back, r.expectedType());
        Locale locale = locale(e);
        DocumentSummary summary = DocumentSummary.of(checked, locale);
        e.getMessage().setBody(new DocumentResponse(summary.documentType(), summary.outcome(),
                summary.reasons().stream().map(f -> new CaseResponse.ReasonJson(f.code(), f.message())).toList(),
                summary.fields().stream().map(f -> new DocumentResponse.Field(f.field(), f.source(), f.value(),
                        f.confidence())).toList(),
                RestMapper.toResponse(checked.caseView(), locale)));
    }

    /**
     * Asks the resident registry about the ID card the app read (only for a case whose document is a
     * resident ID card or driver's licence) and records the outcome; no answer → PENDING with
     * RESIDENT_REGISTRY_UNAVAILABLE, the query kept sealed on the case until the background retry gets
     * an answer (then erased). An answered check keeps only its outcome, never the number.
     */
    static void residentCheck(Exchange e) {
        String caseId = e.getMessage().getHeader("caseId", String.class);
        ResidentCheckRequest r = e.getMessage().getBody(ResidentCheckRequest.class);
        if (r == null) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "body");
        }
        if (r.issueDate() == null || r.issueDate().isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "issueDate");
        }
        java.time.LocalDate issueDate;
        try {
            issueDate = java.time.LocalDate.parse(r.issueDate().trim());
        } catch (java.time.format.DateTimeParseException ex) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "issueDate");
        }
        var registry = e.getContext().getRegistry();
        PeerChecks checks = registry.lookupByNameAndType("peerChecks", PeerChecks.class);
        ResidentIdQuery query = checks.ask(new PeerQuestion.ResidentCard(
                new ResidentIdQuery(caseId, r.name(), r.residentNumber(), issueDate)));
        CaseView view;
        try {
            view = checks.record(caseId,
                    registry.lookupByNameAndType("residentRegistry", ResidentRegistryPort.class).verify(query));
        } catch (PeerException ex) {
            // kept sealed on the case; the resident-check-retry route asks again when the registry is back
            view = checks.recordNoAnswer(query);
        }
        e.getMessage().setBody(RestMapper.toResponse(view, locale(e)));
    }

    /**
     * Asks the tax authority for the case's filing status and income band in a tax year and records
     * them; no answer → PENDING with TAX_AUTHORITY_UNAVAILABLE.
     */
    static void incomeCheck(Exchange e) {
        String caseId = e.getMessage().getHeader("caseId", String.class);
        IncomeCheckRequest r = e.getMessage().getBody(IncomeCheckRequest.class);
        if (r == null || r.taxYear() == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "taxYear");
        }
        var registry = e.getContext().getRegistry();
        PeerChecks checks = registry.lookupByNameAndType("peerChecks", PeerChecks.class);
        TaxQuery query = checks.ask(new PeerQuestion.IncomeStatus(caseId, r.taxYear(), r.registrationNumber(), r.name()));
        CaseView view;
        try {
            view = checks.record(caseId,
                    registry.lookupByNameAndType("taxAuthority", TaxAuthorityPort.class).incomeStatus(query));
        } catch (PeerException ex) {
            // kept sealed on the case; the income-check-retry route asks again when the authority is back
            view = checks.recordNoAnswer(query);
        }
        e.getMessage().setBody(RestMapper.toResponse(view, locale(e)));
    }

    private static byte[] base64(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, field);
        }
        try {
            return java.util.Base64.getMimeDecoder().decode(value);
        } catch (IllegalArgumentException ex) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, field);
        }
    }

    static ScreeningRequest screeningRequest(ScreeningRequestJson r) {
        if (r == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "names");
        }
        java.time.LocalDate birthDate = null;
        if (r.birthDate() != null && !r.birthDate().isBlank()) {
            try {
                birthDate = java.time.LocalDate.parse(r.birthDate().trim());
            } catch (java.time.format.DateTimeParseException ex) {
                throw new InvalidRequestException(ReasonCode.INVALID_BIRTH_DATE, "birthDate");
            }
        }
        return ScreeningQuery.request(r.names(), birthDate, r.nationality());
    }

    private static CaseLifecycle cases(Exchange e) {
        return e.getContext().getRegistry().lookupByNameAndType("caseLifecycle", CaseLifecycle.class);
    }

    private static PeerChecks peerChecks(Exchange e) {
        return e.getContext().getRegistry().lookupByNameAndType("peerChecks", PeerChecks.class);
    }

    private static PhoneVerificationFlow phoneFlow(Exchange e) {
        return new PhoneVerificationFlow(peerChecks(e),
                e.getContext().getRegistry().lookupByNameAndType("telecomIdentity", TelecomIdentityPort.class));
    }

    private static CreditSummaryResponse creditResponse(String caseId, String check, CreditSummary s) {
        boolean found = s != null && s.outcome() == org.ekyc.hub.verification.api.peer.credit.CreditOutcome.FOUND;
        return new CreditSummaryResponse(caseId, check, found ? s.grade() : null, found ? s.delinquent() : null,
                found ? s.openLoans() : null, found ? s.balanceBand().name() : null);
    }

    private static FaceCheckFlow faceFlow(Exchange e) {
        return new FaceCheckFlow(cases(e), e.getContext().getRegistry().lookupByNameAndType("faceStep", FaceStep.class),
                e.getContext().getRegistry().lookupByNameAndType("faceService", FaceService.class));
    }

    static Locale locale(Exchange e) {
        return LocalizedMessages.negotiate(e.getMessage().getHeader("Accept-Language", String.class));
    }

    private static void error(Exchange e, int status, InvalidRequestException ex) throws Exception {
        // a well-formed request the case's state does not allow (already decided, FSC rule, open tasks)
        boolean conflict = switch (ex.reason()) {
            case CASE_ALREADY_DECIDED, NON_FACE_TO_FACE_INSUFFICIENT, ENHANCED_TASKS_OPEN, DECISION_NOT_ALLOWED,
                 RESIDENT_CHECK_NOT_APPLICABLE -> true;
            default -> false;
        };
        error(e, conflict ? 409 : status, ex.reason(), ex.field(), ex.field());
    }

    /** The reviewer's JSON as the engine's {@link Decision}; unknown names are a 400 naming the field. */
    static Decision decision(DecisionRequest r) {
        if (r == null || r.decision() == null || r.decision().isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "decision");
        }
        CaseStatus outcome;
        try {
            outcome = CaseStatus.valueOf(r.decision().trim());
        } catch (IllegalArgumentException ex) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "decision");
        }
        return new Decision(outcome, r.reviewer(), r.note(), names(r.attestedMethods(), VerificationMethod.class, "attestedMethods"),
                names(r.completedTasks(), EnhancedTask.class, "completedTasks"));
    }

    private static <E extends Enum<E>> java.util.Set<E> names(java.util.List<String> values, Class<E> type, String field) {
        java.util.Set<E> out = java.util.EnumSet.noneOf(type);
        if (values != null) {
            for (String v : values) {
                try {
                    out.add(Enum.valueOf(type, v == null ? "" : v.trim()));
                } catch (IllegalArgumentException ex) {
                    throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, field);
                }
            }
        }
        return out;
    }

    private static void error(Exchange e, int status, ReasonCode code, String field, String detail) throws Exception {
        String message = LocalizedMessages.message(code, locale(e), detail == null ? "" : detail);
        responseHeadersOnly(e);
        e.getMessage().setBody(JSON.writeValueAsString(new ErrorResponse(code.name(), field, message)));
        e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        e.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json; charset=UTF-8");
    }
}

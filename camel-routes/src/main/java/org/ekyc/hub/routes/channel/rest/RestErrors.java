package org.ekyc.hub.routes.channel.rest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ejb.EJBAccessException;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.ekyc.hub.verification.api.CaseNotFoundException;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.LocalizedMessages;
import org.ekyc.hub.verification.api.peer.PeerException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.capture.CaptureRefusedException;
import org.ekyc.hub.verification.api.document.DocumentImageException;
import org.ekyc.hub.verification.api.face.FaceImageException;
import org.ekyc.hub.verification.api.screening.ScreeningUnavailableException;

/**
 * The REST channel's error responses: every failure becomes {@code {code, field, message}} with the
 * message in the language of Accept-Language. A refusal is 400, or 409 when the request is well formed
 * but the case's state does not allow it; an idempotency key used for another request and an unusable
 * image 422; an operation the caller's roles do not allow 403 ({@link RestAccess}, or the engine's
 * {@code @RolesAllowed}); an unknown case, or another partner's, 404; a peer that is
 * down 503 (502 for a malformed reply); screening without a list 503; a value of the wrong JSON type
 * 400 naming its field; a string longer than the largest body 413; anything else 500, logged. A body that
 * is not JSON (415) or longer than the channel takes (413) is refused before Camel, or as it is read when it
 * declares no length ({@link RestEdgeFilter}).
 */
final class RestErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RestErrors() {
    }

    /** The channel's {@code onException} clauses, on {@code routes}. */
    static void handle(RouteBuilder routes) {
        routes.onException(InvalidRequestException.class).handled(true)
                .process(e -> refusal(e, e.getProperty(Exchange.EXCEPTION_CAUGHT, InvalidRequestException.class)));
        routes.onException(FaceImageException.class).handled(true)
                .process(e -> {
                    FaceImageException ex = e.getProperty(Exchange.EXCEPTION_CAUGHT, FaceImageException.class);
                    error(e, 422, ex.reason(), null, null);
                });
        routes.onException(DocumentImageException.class).handled(true)
                .process(e -> error(e, 422, e.getProperty(Exchange.EXCEPTION_CAUGHT, DocumentImageException.class).code(), null, null));
        routes.onException(PeerException.class).handled(true)
                .process(e -> {
                    PeerException ex = e.getProperty(Exchange.EXCEPTION_CAUGHT, PeerException.class);
                    error(e, ex.kind() == PeerException.Kind.GARBLED ? 502 : 503, ex.reason(), null, null);
                });
        routes.onException(ScreeningUnavailableException.class).handled(true)
                .process(e -> error(e, 503, ReasonCode.SCREENING_UNAVAILABLE, null, null));
        routes.onException(RestAccess.AccessDenied.class, EJBAccessException.class).handled(true)
                .log(LoggingLevel.INFO, "REST request refused: ${exception.message}")
                .process(e -> error(e, 403, ReasonCode.ACCESS_DENIED, null, null));
        routes.onException(CaptureRefusedException.class).handled(true)
                .process(e -> error(e, 401, e.getProperty(Exchange.EXCEPTION_CAUGHT, CaptureRefusedException.class).reason(), null, null));
        routes.onException(CaptureAccess.RateLimited.class).handled(true)
                .process(e -> {
                    CaptureAccess.RateLimited ex = e.getProperty(Exchange.EXCEPTION_CAUGHT, CaptureAccess.RateLimited.class);
                    error(e, 429, ReasonCode.RATE_LIMITED, null, null);
                    e.getMessage().setHeader("Retry-After", String.valueOf(ex.retryAfter().toSeconds()));
                });
        routes.onException(CaseNotFoundException.class).handled(true)
                .process(e -> error(e, 404, ReasonCode.CASE_NOT_FOUND, null, null));
        // a string longer than the largest body (RestJson), or a chunked body read past it (RestEdgeFilter, which
        // answers it itself): the body itself is too large
        routes.onException(StreamConstraintsException.class, RestEdgeFilter.BodyTooLarge.class).handled(true)
                .process(e -> {
                    // nesting deeper than any request of the hub (or a number of absurd length) is a malformed
                    // body, not a large one
                    StreamConstraintsException c = cause(e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class),
                            StreamConstraintsException.class);
                    if (c != null && c.getMessage() != null && !c.getMessage().startsWith("String value length")) {
                        error(e, 400, ReasonCode.MALFORMED_REQUEST, "body", "not valid JSON for this resource");
                    } else {
                        error(e, 413, ReasonCode.REQUEST_TOO_LARGE, "body", RestEdgeFilter.limitText());
                    }
                });
        routes.onException(JacksonException.class).handled(true)
                .process(e -> {
                    // a value of the wrong JSON type names its field; bad syntax or trailing text is the body's
                    JsonMappingException m = cause(e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class), JsonMappingException.class);
                    String field = m == null ? null : RestJson.field(m);
                    error(e, 400, ReasonCode.MALFORMED_REQUEST, field == null ? "body" : field,
                            field == null ? "not valid JSON for this resource" : field);
                });
        routes.onException(Exception.class).handled(true)
                .log(LoggingLevel.ERROR, "REST request failed: ${exception.stacktrace}")
                .process(e -> error(e, 500, ReasonCode.INTERNAL_ERROR, null, null));
    }

    /**
     * Camel's servlet binding turns every message header into an HTTP response header: keep only
     * those meant for the caller, so request headers and internal ones are never echoed.
     */
    static void responseHeadersOnly(Exchange e) {
        e.getMessage().removeHeaders("*", Exchange.HTTP_RESPONSE_CODE, "Location");
        // every answer is JSON: never the request's own Content-Type echoed back
        e.getMessage().setHeader(Exchange.CONTENT_TYPE, RestEdgeFilter.JSON);
    }

    /** The first {@code type} in {@code t}'s cause chain (the binding may wrap Jackson's exception), null when none. */
    private static <T extends Throwable> T cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static void refusal(Exchange e, InvalidRequestException ex) throws Exception {
        error(e, status(ex.reason()), ex.reason(), ex.field(), ex.field());
    }

    /** The HTTP status of a refusal with {@code reason}. */
    static int status(ReasonCode reason) {
        // a well-formed request the case's state does not allow (already decided, FSC rule, open tasks, four eyes, no document yet)
        boolean conflict = switch (reason) {
            case CASE_ALREADY_DECIDED, NON_FACE_TO_FACE_INSUFFICIENT, ENHANCED_TASKS_OPEN, DECISION_NOT_ALLOWED, SCREENING_REQUIRED,
                 SECOND_REVIEWER_REQUIRED, RESIDENT_CHECK_NOT_APPLICABLE, DOCUMENT_REQUIRED,
                 // #19 review queue claims
                 CASE_CLAIMED, REVIEWER_LIMIT_REACHED, CASE_NOT_IN_REVIEW,
                 // #19 screening matches to dispose before an approval
                 MATCHES_NOT_DISPOSED, SCREENING_MATCH_CONFIRMED,
                 // the case waits for the customer to repeat another step
                 STEP_NOT_REOPENED,
                 // #18 the consent question answered the other way already; a biometric step after a refusal
                 CONSENT_ALREADY_ANSWERED, CONSENT_REFUSED -> true;
            default -> false;
        };
        // a well-formed request its idempotency key cannot answer: the key belongs to another request
        boolean unprocessable = reason == ReasonCode.IDEMPOTENCY_KEY_REUSED;
        // the caller's role is not enough for this step (the second approval of an ENHANCED case)
        boolean forbidden = reason == ReasonCode.SENIOR_REVIEWER_REQUIRED;
        // a screening match the case does not have
        boolean missing = reason == ReasonCode.MATCH_NOT_FOUND;
        return forbidden ? 403 : missing ? 404 : conflict ? 409 : unprocessable ? 422 : 400;
    }

    private static void error(Exchange e, int status, ReasonCode code, String field, String detail) throws Exception {
        String message = LocalizedMessages.message(code, RestMapper.locale(e), detail == null ? "" : detail);
        responseHeadersOnly(e);
        e.getMessage().setBody(JSON.writeValueAsString(new ErrorResponse(code.name(), field, message)));
        e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        e.getMessage().setHeader(Exchange.CONTENT_TYPE, RestEdgeFilter.JSON);
    }
}

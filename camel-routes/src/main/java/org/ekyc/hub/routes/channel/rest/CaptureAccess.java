package org.ekyc.hub.routes.channel.rest;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.Route;
import org.apache.camel.http.common.HttpMessage;
import org.apache.camel.spi.Policy;
import org.ekyc.hub.routes.security.CustomerIdentity;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.capture.CaptureRefusedException;
import org.ekyc.hub.verification.api.capture.CaptureSessions;

/**
 * The customer's steps ({@code /api/v1/capture/*}): the capture token in {@value #TOKEN_HEADER} is checked
 * by the engine ({@link CaptureSessions#caseOf}) before anything else, the case comes from the token (never
 * from the request), the costly steps are rate limited ({@link CaptureRateLimits}), and the step runs as
 * the customer of that case ({@link CustomerIdentity}). No token, or one that is not good: 401
 * {@code CAPTURE_TOKEN_INVALID}. The hand-off code's redemption has no token: it is limited per client address.
 * A selfie also counts against the liveness lock-out, per case and per device ({@link #device},
 * {@link CaptureRateLimits.Step#LIVENESS}).
 */
final class CaptureAccess implements Policy {

    static final String TOKEN_HEADER = "X-Capture-Token";
    /** The customer page's id of its browser (random, kept by the browser), sent with a selfie. */
    static final String DEVICE_HEADER = "X-Capture-Device";
    private static final java.util.regex.Pattern DEVICE_ID = java.util.regex.Pattern.compile("[A-Za-z0-9-]{8,64}");
    /** The registry names of the customer identity and of the rate limits. */
    static final String IDENTITY_REF = "customerIdentity";
    static final String LIMITS_REF = "captureRateLimits";

    private final CustomerIdentity identity;
    private final CaptureRateLimits limits;
    private final CaptureRateLimits.Step step;

    private CaptureAccess(CustomerIdentity identity, CaptureRateLimits limits, CaptureRateLimits.Step step) {
        this.identity = identity;
        this.limits = limits;
        this.step = step;
    }

    /** The policy of one customer step, from {@code camel}'s registry. */
    static CaptureAccess of(CamelContext camel, CaptureRateLimits.Step step) {
        return new CaptureAccess(camel.getRegistry().lookupByNameAndType(IDENTITY_REF, CustomerIdentity.class),
                limits(camel), step);
    }

    /** The one set of counters every customer step shares, made from the environment on first use. */
    private static synchronized CaptureRateLimits limits(CamelContext camel) {
        CaptureRateLimits limits = camel.getRegistry().lookupByNameAndType(LIMITS_REF, CaptureRateLimits.class);
        if (limits == null) {
            limits = CaptureRateLimits.fromEnvironment();
            camel.getRegistry().bind(LIMITS_REF, CaptureRateLimits.class, limits);
        }
        return limits;
    }

    @Override
    public void beforeWrap(Route route, NamedNode definition) {
        // nothing to prepare
    }

    @Override
    public Processor wrap(Route route, Processor processor) {
        return exchange -> {
            if (identity == null) {
                // outside the server (route tests) nobody can be the customer: refuse
                throw new CaptureRefusedException(ReasonCode.CAPTURE_TOKEN_INVALID);
            }
            if (step == CaptureRateLimits.Step.REDEEM) {
                limits.take(step, clientAddress(exchange));
                identity.run(null, exchange, processor);
                return;
            }
            String token = exchange.getMessage().getHeader(TOKEN_HEADER, String.class);
            if (token == null || token.isBlank()) {
                throw new CaptureRefusedException(ReasonCode.CAPTURE_TOKEN_INVALID);
            }
            CaptureSessions sessions = exchange.getContext().getRegistry().lookupByNameAndType("captureSessions", CaptureSessions.class);
            String caseId = identity.call(() -> sessions.caseOf(token));
            limits.take(step, caseId);
            if (step == CaptureRateLimits.Step.SELFIE) {
                // the liveness lock-out: the same case from any device, and any case from the same device
                limits.take(CaptureRateLimits.Step.LIVENESS, "case:" + caseId);
                limits.take(CaptureRateLimits.Step.LIVENESS, "device:" + device(exchange));
            }
            exchange.getMessage().setHeader("caseId", caseId);
            identity.run(caseId, exchange, processor);
        };
    }

    /**
     * The device a selfie comes from: the client address with the page's browser id, so that the customers
     * behind one proxy or carrier address are not one device. Requests without a well-formed id share their
     * address's one count; whatever a browser sends, its case is counted as well.
     */
    static String device(Exchange e) {
        String id = e.getMessage().getHeader(DEVICE_HEADER, String.class);
        return clientAddress(e) + "/" + (id != null && DEVICE_ID.matcher(id).matches() ? id : "-");
    }

    private static String clientAddress(Exchange e) {
        HttpMessage http = e.getIn(HttpMessage.class);
        HttpServletRequest request = http == null ? null : http.getRequest();
        return request == null ? "unknown" : request.getRemoteAddr();
    }

    /** Too many tries of a step: 429 with Retry-After. */
    static final class RateLimited extends RuntimeException {
        private final Duration retryAfter;

        RateLimited(Duration retryAfter) {
            super("rate limited, retry after " + retryAfter.toSeconds() + " s");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }
}

package org.ekyc.hub.routes.channel.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.ekyc.hub.verification.api.LocalizedMessages;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * The REST channel's edge, before Camel reads a byte of the body (web.xml, {@code /api/*}): a body that
 * is not JSON is 415 UNSUPPORTED_MEDIA_TYPE and a body longer than the listener takes
 * ({@link RestJson#maxBodyBytes()}) 413 REQUEST_TOO_LARGE, both as {@code {code, field, message}}; the
 * request's own media type is never echoed. Every answer of the channel goes out as
 * {@code application/json}, whatever Content-Type a route left on the message.
 */
public class RestEdgeFilter implements Filter {

    /** The one Content-Type of the channel's answers. */
    static final String JSON = "application/json; charset=UTF-8";
    private static final ObjectMapper WRITER = new ObjectMapper();

    private final long maxBody = RestJson.maxBodyBytes();

    /** A refusal at the edge: its status and reason code. */
    record Refusal(int status, ReasonCode code) {
    }

    /**
     * The refusal of a request with this method, Content-Type and body length (-1: unknown, chunked), null
     * when it may go on. A request without a body passes whatever it declares (its route refuses a missing one).
     */
    static Refusal refusal(String method, String contentType, long contentLength, boolean chunked, long maxBody) {
        if (contentLength > maxBody) {
            return new Refusal(413, ReasonCode.REQUEST_TOO_LARGE);
        }
        boolean body = contentLength > 0 || chunked;
        boolean mayCarryBody = !"GET".equalsIgnoreCase(method) && !"HEAD".equalsIgnoreCase(method)
                && !"OPTIONS".equalsIgnoreCase(method);
        if (body && mayCarryBody && !isJson(contentType)) {
            return new Refusal(415, ReasonCode.UNSUPPORTED_MEDIA_TYPE);
        }
        return null;
    }

    /** {@code application/json} or a {@code +json} type, with any parameters; nothing else. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json");
    }

    /** The JSON body of a refusal, its message in {@code locale}. */
    static String body(Refusal refusal, Locale locale) throws IOException {
        String detail = refusal.code() == ReasonCode.REQUEST_TOO_LARGE ? limitText() : "send application/json";
        return WRITER.writeValueAsString(new ErrorResponse(refusal.code().name(), "body",
                LocalizedMessages.message(refusal.code(), locale, detail)));
    }

    /** The largest body, as the message says it. */
    static String limitText() {
        return (RestJson.maxBodyBytes() / (1024 * 1024)) + " MiB";
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        Refusal refusal = refusal(request.getMethod(), request.getContentType(), request.getContentLengthLong(), chunked, maxBody);
        if (refusal != null) {
            byte[] json = body(refusal, LocalizedMessages.negotiate(request.getHeader("Accept-Language")))
                    .getBytes(StandardCharsets.UTF_8);
            response.setStatus(refusal.status());
            response.setContentType(JSON);
            response.setContentLength(json.length);
            if (refusal.status() == 413) {
                // the unread body is not drained: the connection ends with this answer
                response.setHeader("Connection", "close");
            }
            response.getOutputStream().write(json);
            return;
        }
        chain.doFilter(request, new JsonOnly(response));
    }

    /** A response whose Content-Type is JSON whatever is set on it. */
    private static final class JsonOnly extends HttpServletResponseWrapper {

        JsonOnly(HttpServletResponse response) {
            super(response);
            response.setContentType(JSON);
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(JSON);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "content-type".equalsIgnoreCase(name) ? JSON : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if ("content-type".equalsIgnoreCase(name)) {
                super.setContentType(JSON);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}

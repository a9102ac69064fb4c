package org.ekyc.hub.routes.channel.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.ekyc.hub.verification.api.LocalizedMessages;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * The REST channel's edge, before Camel reads a byte of the body (web.xml, {@code /api/*}): a body that
 * is not JSON is 415 UNSUPPORTED_MEDIA_TYPE and a body longer than the channel takes
 * ({@link RestJson#maxBodyBytes()}) 413 REQUEST_TOO_LARGE, both as {@code {code, field, message}}; the
 * request's own media type is never echoed. A declared Content-Length is judged before the body is read; a
 * body without one (chunked) is counted as Camel reads it, nothing kept, and the read that passes the limit
 * ends the request with the same 413. Every answer of the channel goes out as {@code application/json},
 * whatever Content-Type a route left on the message, but the dashboard's CSV export ({@code text/csv}) and
 * the metrics ({@code text/plain; version=0.0.4}; {@link #answerType}).
 */
public class RestEdgeFilter implements Filter {

    /** The one Content-Type of the channel's answers. */
    static final String JSON = "application/json; charset=UTF-8";
    private static final ObjectMapper WRITER = new ObjectMapper();

    private final long maxBody;

    /** The channel's limit, {@link RestJson#maxBodyBytes()}. */
    public RestEdgeFilter() {
        this(RestJson.maxBodyBytes());
    }

    RestEdgeFilter(long maxBody) {
        this.maxBody = maxBody;
    }

    /**
     * The Content-Type an answer goes out with: JSON, but for the dashboard's CSV export (#19,
     * {@code text/csv}, always with UTF-8) and the metrics in Prometheus' text format
     * ({@code text/plain; version=0.0.4}), the only other types a route of the channel answers with.
     */
    static String answerType(String type) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (t.startsWith("text/csv")) {
            return "text/csv; charset=UTF-8";
        }
        return t.startsWith("text/plain; version=0.0.4") ? "text/plain; version=0.0.4; charset=utf-8" : JSON;
    }

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
            refuse(request, response, refusal);
            return;
        }
        // a body without a length (chunked) is counted as it is read: past the limit the read fails, whatever
        // the chain answers is dropped and the answer is the same 413 as for a declared length
        CountedRequest counted = new CountedRequest(request, maxBody);
        try {
            chain.doFilter(counted, new EdgeResponse(response, counted));
        } catch (IOException | ServletException | RuntimeException e) {
            if (!counted.over()) {
                throw e;
            }
        }
        if (counted.over() && !response.isCommitted()) {
            response.reset();
            refuse(request, response, new Refusal(413, ReasonCode.REQUEST_TOO_LARGE));
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal) throws IOException {
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
    }

    /** The read that went past the body limit; the filter answers 413 REQUEST_TOO_LARGE ({@link RestErrors} too). */
    static final class BodyTooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        BodyTooLarge(long limit) {
            super("request body over " + limit + " bytes");
        }
    }

    /**
     * The request's body counted as it is read, nothing kept: the read that passes {@code limit} bytes, and every
     * read after it, fails with {@link BodyTooLarge}.
     */
    static final class CountedBody extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long count;
        private boolean over;

        CountedBody(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            refuseIfOver();
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            refuseIfOver();
            int n = in.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            count += n;
            if (count > limit) {
                over = true;
                throw new BodyTooLarge(limit);
            }
        }

        private void refuseIfOver() throws BodyTooLarge {
            if (over) {
                throw new BodyTooLarge(limit);
            }
        }

        boolean over() {
            return over;
        }

        @Override
        public int available() throws IOException {
            return in.available();
        }

        @Override
        public boolean isFinished() {
            return over || in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** A request whose body ({@link #getInputStream()}, {@link #getReader()}) is a {@link CountedBody}. */
    static final class CountedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private CountedBody body;
        private BufferedReader reader;

        CountedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new CountedBody(super.getInputStream(), limit);
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                reader = new BufferedReader(new InputStreamReader(getInputStream(),
                        encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
            }
            return reader;
        }

        /** Whether a read went past the limit. */
        boolean over() {
            return body != null && body.over();
        }
    }

    /**
     * The chain's response: its Content-Type is JSON whatever is set on it, and once the request's body went past
     * the limit nothing of the chain's answer reaches the client: what would commit the response (its body, an
     * error, a flush) is held back, and the status and headers it set are reset before the filter answers.
     */
    private static final class EdgeResponse extends HttpServletResponseWrapper {

        private static final ServletOutputStream DROPPED = new ServletOutputStream() {
            @Override
            public void write(int b) {
                // the chain's answer to a body over the limit is dropped
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                // nothing is ever written
            }
        };

        private final CountedRequest request;

        EdgeResponse(HttpServletResponse response, CountedRequest request) {
            super(response);
            this.request = request;
            response.setContentType(JSON);
        }

        private boolean dropped() {
            return request.over();
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(answerType(type));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "content-type".equalsIgnoreCase(name) ? answerType(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if ("content-type".equalsIgnoreCase(name)) {
                super.setContentType(answerType(value));
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void sendError(int sc) throws IOException {
            sendError(sc, null);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            // sending an error commits the response: not once the filter is to answer
            if (!dropped()) {
                super.sendError(sc, msg);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return dropped() ? DROPPED : super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return dropped() ? new PrintWriter(OutputStream.nullOutputStream()) : super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!dropped()) {
                super.flushBuffer();
            }
        }
    }
}

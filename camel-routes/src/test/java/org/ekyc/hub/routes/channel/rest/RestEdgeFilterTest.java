package org.ekyc.hub.routes.channel.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The REST edge filter on a chunked body: counted as it is read, 413 in JSON past the limit, nothing buffered. */
class RestEdgeFilterTest {

    /** A body of {@code length} bytes made as it is read: a JSON object with one long string. */
    private static InputStream body(long length) {
        return new InputStream() {
            private long sent;

            @Override
            public int read() {
                if (sent >= length) {
                    return -1;
                }
                long i = sent++;
                return i == 0 ? '{' : i < 6 ? "\"a\":\"".charAt((int) i - 1) : i == length - 2 ? '"' : i == length - 1 ? '}' : 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < len) {
                    int c = read();
                    if (c < 0) {
                        return n == 0 ? -1 : n;
                    }
                    b[off + n++] = (byte) c;
                }
                return n;
            }
        };
    }

    private static ServletInputStream servlet(InputStream in) {
        return new ServletInputStream() {
            @Override
            public int read() throws IOException {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return false;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
            }
        };
    }

    /** A chunked JSON POST whose body is {@code length} bytes. */
    private static HttpServletRequest chunked(long length) {
        ServletInputStream in = servlet(body(length));
        return (HttpServletRequest) Proxy.newProxyInstance(RestEdgeFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "POST";
                    case "getContentType" -> "application/json";
                    case "getContentLengthLong" -> -1L;
                    case "getContentLength" -> -1;
                    case "getHeader" -> "Transfer-Encoding".equals(args[0]) ? "chunked" : "Accept-Language".equals(args[0]) ? "en" : null;
                    case "getInputStream" -> in;
                    case "getCharacterEncoding" -> null;
                    default -> null;
                });
    }

    /** What the client receives. */
    private static final class Answer {
        int status = 200;
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        String text() {
            return body.toString(StandardCharsets.UTF_8);
        }

        HttpServletResponse response() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(RestEdgeFilterTest.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "setStatus", "sendError" -> status = (Integer) args[0];
                            case "setContentType" -> headers.put("Content-Type", (String) args[0]);
                            case "setHeader", "addHeader" -> headers.put((String) args[0], (String) args[1]);
                            case "setContentLength" -> headers.put("Content-Length", String.valueOf(args[0]));
                            case "getOutputStream" -> {
                                return out;
                            }
                            case "isCommitted" -> {
                                return false;
                            }
                            case "reset" -> {
                                status = 200;
                                headers.clear();
                                body.reset();
                            }
                            default -> {
                                // nothing else is used
                            }
                        }
                        return null;
                    });
        }
    }

    /** Reads the whole body as Camel's servlet binding does; a failed read becomes a 500 of its own. */
    private static FilterChain camelLike(long[] read) {
        return (req, res) -> {
            HttpServletResponse response = (HttpServletResponse) res;
            try {
                read[0] = req.getInputStream().transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                response.setStatus(500);
                response.getOutputStream().write("{\"code\":\"INTERNAL_ERROR\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            response.setStatus(201);
            response.setContentType("text/html");
            response.getOutputStream().write("{\"caseId\":\"c-1\"}".getBytes(StandardCharsets.UTF_8));
        };
    }

    @Test
    void aChunkedBodyPastTheLimitIs413InJsonWhateverTheChainAnswered() throws Exception {
        Answer answer = new Answer();
        long[] read = {0};
        new RestEdgeFilter(1024).doFilter(chunked(4096), answer.response(), camelLike(read));
        assertThat(answer.status).isEqualTo(413);
        assertThat(answer.headers).containsEntry("Content-Type", RestEdgeFilter.JSON).containsEntry("Connection", "close");
        assertThat(answer.text()).contains("\"code\":\"REQUEST_TOO_LARGE\"").contains("\"field\":\"body\"")
                .doesNotContain("INTERNAL_ERROR");
    }

    @Test
    void aChainThatLetsTheFailedReadEscapeGetsThe413Too() throws Exception {
        FilterChain rethrows = (req, res) -> req.getInputStream().readAllBytes();
        FilterChain wraps = (req, res) -> {
            try {
                req.getReader().lines().count();
            } catch (java.io.UncheckedIOException e) {
                throw new jakarta.servlet.ServletException(e);
            }
        };
        for (FilterChain chain : new FilterChain[] {rethrows, wraps}) {
            Answer answer = new Answer();
            new RestEdgeFilter(1024).doFilter(chunked(4096), answer.response(), chain);
            assertThat(answer.status).isEqualTo(413);
            assertThat(answer.text()).contains("REQUEST_TOO_LARGE");
        }
    }

    @Test
    void aFailureOfTheChainWithinTheLimitIsNotTurnedInto413() {
        FilterChain failing = (req, res) -> {
            req.getInputStream().readAllBytes();
            throw new IOException("the client went away");
        };
        assertThatThrownBy(() -> new RestEdgeFilter(1024).doFilter(chunked(100), new Answer().response(), failing))
                .isInstanceOf(IOException.class).isNotInstanceOf(RestEdgeFilter.BodyTooLarge.class);
    }

    @Test
    void aChunkedBodyWithinTheLimitPassesWholeAndTheChainAnswersInJson() throws Exception {
        Answer answer = new Answer();
        long[] read = {0};
        new RestEdgeFilter(1024).doFilter(chunked(1024), answer.response(), camelLike(read));
        assertThat(read[0]).isEqualTo(1024);
        assertThat(answer.status).isEqualTo(201);
        assertThat(answer.headers).containsEntry("Content-Type", RestEdgeFilter.JSON);
        assertThat(answer.text()).isEqualTo("{\"caseId\":\"c-1\"}");
    }

    @Test
    void theChannelsLimitPlusOneMebibyteIsRefusedWithoutKeepingTheBody() throws Exception {
        long limit = RestJson.DEFAULT_MAX_BODY_BYTES;
        Answer answer = new Answer();
        long[] read = {0};
        new RestEdgeFilter(limit).doFilter(chunked(limit + 1024 * 1024), answer.response(), camelLike(read));
        assertThat(answer.status).isEqualTo(413);
        assertThat(answer.text()).contains("REQUEST_TOO_LARGE").contains("25 MiB");
    }

    @Test
    void everyReadAfterThePassingOneFailsToo() throws Exception {
        RestEdgeFilter.CountedRequest request = new RestEdgeFilter.CountedRequest(chunked(100), 10);
        ServletInputStream in = request.getInputStream();
        assertThat(in.readNBytes(10)).hasSize(10);
        assertThat(request.over()).isFalse();
        assertThatThrownBy(in::read).isInstanceOf(RestEdgeFilter.BodyTooLarge.class);
        assertThatThrownBy(() -> in.read(new byte[5])).isInstanceOf(RestEdgeFilter.BodyTooLarge.class);
        assertThat(request.over()).isTrue();
    }
}

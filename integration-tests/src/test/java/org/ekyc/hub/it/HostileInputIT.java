package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.ekyc.hub.verification.imaging.DeclaredSizeImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile and malformed input at the REST and SOAP edges, over the wire: each gets its typed refusal, in
 * the channel's own terms and without anything of the hub's internals, and a normal request right after
 * it still works. (MQ and batch edges: CoreBankingMqTransactionTest and PartnerBatchRoutesTest, and the
 * MQ and batch ITs.)
 */
class HostileInputIT extends HubDeployments {

    private static final String CASES = "/kyc/api/v1/cases";
    private static final String SOAP = "/kyc/services/kyc-case/v1";
    /** The REST channel's body limit, {@code KYC_HTTP_MAX_POST_SIZE}'s default (25 MiB). */
    private static final long REST_BODY_LIMIT = 26_214_400L;

    /** After every hostile request, an ordinary one is still served. */
    @AfterEach
    void aNormalRequestStillWorks() throws Exception {
        HttpResponse<String> created = postJson(CASES, nguyenJson("HOSTILE-AFTER-" + System.nanoTime()), "en");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private static HttpResponse<String> post(As who, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(BASE.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType).header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(as(who, b).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String openCase() throws Exception {
        HttpResponse<String> created = postJson(CASES, nguyenJson("HOSTILE-" + System.nanoTime()), "en");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("caseId").asText();
    }

    // --- REST ---

    @Test
    void aBodyThatIsNotJsonIs415InJsonWithoutEchoingIt() throws Exception {
        for (String type : new String[] {"text/html", "text/plain", "application/xml", "application/x-www-form-urlencoded"}) {
            HttpResponse<String> r = post(As.BANK_APP, CASES, type, "<script>alert(1)</script>" + nguyenJson("HOSTILE-CT"));
            assertThat(r.statusCode()).as(type).isEqualTo(415);
            assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
            assertThat(json(r).get("code").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
            assertThat(r.body()).doesNotContain("<script>").doesNotContain(type).doesNotContain("OpenCaseRequest[");
        }
    }

    @Test
    void anObjectFollowedByGarbageIsMalformed() throws Exception {
        HttpResponse<String> r = postJson(CASES, nguyenJson("HOSTILE-TRAIL") + " {\"x\":1} garbage", "en");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(json(r).get("code").asText()).isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void aNumberOrBooleanWhereTextIsExpectedIsRefusedNamingTheField() throws Exception {
        String[] bodies = {
            nguyenJson("HOSTILE-NUM").replace("\"surname\":\"NGUYEN\"", "\"surname\":123"),
            nguyenJson("HOSTILE-BOOL").replace("\"surname\":\"NGUYEN\"", "\"surname\":true"),
        };
        for (String body : bodies) {
            HttpResponse<String> r = postJson(CASES, body, "en");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
            assertThat(json(r).get("code").asText()).isEqualTo("MALFORMED_REQUEST");
            assertThat(json(r).get("field").asText()).isEqualTo("surname");
        }
    }

    @Test
    void aPhotoJustOverTheEnginesLimitReachesTheEngineAndIsImageTooLarge() throws Exception {
        String caseId = openCase();
        String body = "{\"image\":\"" + Base64.getEncoder().encodeToString(oversizedJpeg()) + "\"}";
        HttpResponse<String> r = postJson(CASES + "/" + caseId + "/document", body, "en");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(json(r).get("code").asText()).isEqualTo("IMAGE_TOO_LARGE");
    }

    /** Writes the request line and headers of a JSON POST of a case by the bank's app, {@code length} its body's framing. */
    private static OutputStream postHead(Socket s, String length) throws java.io.IOException {
        OutputStream out = s.getOutputStream();
        out.write(("POST " + CASES + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Authorization: " + As.BANK_APP.bearer() + "\r\n" + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        return out;
    }

    @Test
    void aBodyOverTheListenersLimitIs413InJsonBeforeItIsRead() throws Exception {
        // the headers announce 30 MB; the hub answers without reading them
        try (Socket s = new Socket(BASE.getHost(), BASE.getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = postHead(s, "Content-Length: 30000000");
            out.write("{\"surname\":\"".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String head = new String(in.readNBytes(512), StandardCharsets.UTF_8);
            assertThat(head).startsWith("HTTP/1.1 413").contains("REQUEST_TOO_LARGE").containsIgnoringCase("application/json");
        } catch (java.net.SocketException e) {
            throw new AssertionError("the connection was dropped instead of a 413", e);
        }
    }

    @Test
    void thirtySelfieFramesDeclaringFortyNineMegapixelsAreRefusedFromTheirHeaders() throws Exception {
        // a case ready for its face check: the synthetic holder, consent, the holder's passport accepted
        String caseId = FaceCheckIT.openCase();
        FaceCheckIT.uploadDocument(caseId);
        HttpResponse<String> challenge = get(CASES + "/" + caseId + "/liveness/challenge");
        assertThat(challenge.statusCode()).as(challenge.body()).isEqualTo(200);
        String nonce = json(challenge).get("nonce").asText();
        // a few hundred bytes each, declaring 7000 × 7000 black pixels
        String bomb = Base64.getEncoder().encodeToString(DeclaredSizeImages.png(7000, 7000));
        long start = System.nanoTime();
        HttpResponse<String> r = postJson(CASES + "/" + caseId + "/selfie", FaceCheckIT.selfie(nonce, bomb, 30), "en");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("only headers read").isLessThan(Duration.ofSeconds(5));
        assertThat(r.statusCode()).as(r.body()).isIn(413, 422);
        assertThat(json(r).get("code").asText()).isEqualTo("FACE_IMAGE_TOO_LARGE");
        // nothing recorded: the case still waits for its face check
        HttpResponse<String> view = get(CASES + "/" + caseId);
        assertThat(view.body()).doesNotContain("FACE_IMAGE_TOO_LARGE");
    }

    @Test
    void fiveFramesOfEachSideAtTheLargestPhotoAreOverTheDocumentBudget() throws Exception {
        String caseId = openCase();
        // each frame 39.9 megapixels (under the 40 of one photo), ten of them 399: over the 120 of one check
        String frame = Base64.getEncoder().encodeToString(DeclaredSizeImages.png(7000, 5700));
        ObjectNode body = JSON.createObjectNode();
        ArrayNode front = body.putArray("frames");
        ArrayNode back = body.putArray("back");
        for (int i = 0; i < 5; i++) {
            front.add(frame);
            back.add(frame);
        }
        long start = System.nanoTime();
        HttpResponse<String> r = postJson(CASES + "/" + caseId + "/document", body.toString(), "en");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("only headers read").isLessThan(Duration.ofSeconds(5));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(json(r).get("code").asText()).isEqualTo("IMAGE_TOO_LARGE");
    }

    @Test
    void aChunkedBodyOverTheChannelsLimitIs413InJsonAsItIsRead() throws Exception {
        // no Content-Length: the body is counted as the hub reads it, and the read past 25 MiB ends it
        long length = REST_BODY_LIMIT + 1024 * 1024;
        try (Socket s = new Socket(BASE.getHost(), BASE.getPort())) {
            s.setSoTimeout(60_000);
            OutputStream out = postHead(s, "Transfer-Encoding: chunked");
            // the body is sent while the answer is read: the hub answers before the body ends, then closes
            Thread sender = new Thread(() -> sendChunked(out, length), "chunked-sender");
            sender.setDaemon(true);
            sender.start();
            String head = answerHead(s.getInputStream());
            assertThat(head).startsWith("HTTP/1.1 413").contains("REQUEST_TOO_LARGE").containsIgnoringCase("application/json");
            sender.join(10_000);
        } catch (java.net.SocketException e) {
            throw new AssertionError("the connection was dropped instead of a 413", e);
        }
    }

    /**
     * Up to 512 bytes of the answer: what arrived before the hub closed the connection counts, even when the
     * close resets it (the rest of the body was still on its way).
     */
    private static String answerHead(InputStream in) throws java.io.IOException {
        java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[512];
        try {
            for (int n; head.size() < 512 && (n = in.read(buf, 0, 512 - head.size())) > 0; ) {
                head.write(buf, 0, n);
            }
        } catch (java.net.SocketException e) {
            if (head.size() == 0) {
                throw e;
            }
        }
        return head.toString(StandardCharsets.UTF_8);
    }

    /** A chunked JSON body of {@code length} bytes, one long string; a write refused because the hub closed ends it. */
    private static void sendChunked(OutputStream out, long length) {
        byte[] data = new byte[64 * 1024];
        java.util.Arrays.fill(data, (byte) 'x');
        byte[] start = "{\"surname\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, data, 0, start.length);
        try {
            for (long sent = 0; sent < length; sent += data.length) {
                out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(data);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                java.util.Arrays.fill(data, 0, start.length, (byte) 'x');
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (java.io.IOException e) {
            // the hub answered 413 and closed the connection before the whole body was sent: expected
        }
    }

    @Test
    void aReviewerNameOfOneMebibyteIsTooLongNot500() throws Exception {
        String caseId = openCase();
        String body = "{\"decision\":\"APPROVED\",\"reviewer\":\"" + "r".repeat(1024 * 1024) + "\"}";
        HttpResponse<String> r = postJson(As.REVIEWER_1, CASES + "/" + caseId + "/decision", body, "en");
        assertThat(r.statusCode()).as(r.body().length() > 300 ? r.body().substring(0, 300) : r.body()).isEqualTo(400);
        assertThat(json(r).get("code").asText()).isEqualTo("FIELD_TOO_LONG");
        assertThat(json(r).get("field").asText()).isEqualTo("reviewer");
    }

    // --- SOAP ---

    private static HttpResponse<String> soap(String envelope, String soapAction) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(BASE.resolve(SOAP)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "text/xml; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(envelope));
        if (soapAction != null) {
            b.header("SOAPAction", soapAction);
        }
        return HTTP.send(as(As.INSURER, b).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertClientFaultWithoutInternals(HttpResponse<String> r, String reasonCode) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(500);
        assertThat(r.body()).containsPattern("<faultcode>[^<:]*:?Client</faultcode>").contains(reasonCode)
                .doesNotContain("direct:").doesNotContain("Exception").doesNotContain("org.ekyc").doesNotContain("org.apache");
    }

    @Test
    void aGetOtherThanTheWsdlIsRefusedAtOnce() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = get(As.INSURER, SOAP);
        assertThat(r.statusCode()).isIn(404, 405);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(r.body()).doesNotContain("direct:");
        assertThat(get(SOAP + "?wsdl").statusCode()).isEqualTo(200);
    }

    @Test
    void anEmptyBodyWithoutSoapActionIsAnImmediateClientFault() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = soap("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body/></soap:Envelope>",
                null);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertClientFaultWithoutInternals(r, "MALFORMED_REQUEST");
    }

    @Test
    void unreadableXmlAndAnUnknownOperationAreClientFaults() throws Exception {
        assertClientFaultWithoutInternals(soap("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<k:OpenCase xmlns:k=\"urn:ekyc-hub:kyc-case:v1\"><k:surname>WANG</k:surn", ""), "MALFORMED_REQUEST");
        assertClientFaultWithoutInternals(soap("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<k:DeleteEverything xmlns:k=\"urn:ekyc-hub:kyc-case:v1\"/></soap:Body></soap:Envelope>", ""), "MALFORMED_REQUEST");
    }

    @Test
    void aRefusalIsAClientFaultWithItsKycFaultCode() throws Exception {
        HttpResponse<String> r = soap("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<k:OpenCase xmlns:k=\"urn:ekyc-hub:kyc-case:v1\"><k:surname>WANG</k:surname><k:givenNames>XIAOMING</k:givenNames>"
                + "<k:nationality>ZZ1</k:nationality><k:birthDate>1985-12-24</k:birthDate><k:product>INSURANCE</k:product>"
                + "<k:externalReference>HOSTILE-SOAP</k:externalReference></k:OpenCase></soap:Body></soap:Envelope>",
                "urn:ekyc-hub:kyc-case:v1:OpenCase");
        assertClientFaultWithoutInternals(r, "INVALID_NATIONALITY");
        assertThat(r.body()).contains("KycFault");
    }
}

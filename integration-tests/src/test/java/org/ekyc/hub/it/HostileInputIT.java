package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
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

    @Test
    void aBodyOverTheListenersLimitIs413InJsonBeforeItIsRead() throws Exception {
        // the headers announce 30 MB; the hub answers without reading them
        try (Socket s = new Socket(BASE.getHost(), BASE.getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST " + CASES + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: " + As.BANK_APP.bearer() + "\r\nContent-Length: 30000000\r\n\r\n{\"surname\":\"")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String head = new String(in.readNBytes(512), StandardCharsets.UTF_8);
            assertThat(head).startsWith("HTTP/1.1 413").contains("REQUEST_TOO_LARGE").containsIgnoringCase("application/json");
        } catch (java.net.SocketException e) {
            throw new AssertionError("the connection was dropped instead of a 413", e);
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

package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, over the wire: every REST and SOAP operation called anonymously, with an expired
 * token, as each role of the realm, and by a partner on another partner's case — each answer asserted:
 * 401 without a valid token, 403 for a role the operation does not allow, 404 for a case another partner
 * opened (its existence is not disclosed), the operation's own answer otherwise. No operation is left
 * out: {@link #OPERATIONS} lists them all (the REST channel's access table in the hub has the same 42: 30
 * with an OIDC token or none, 12 of the customer's with a capture token).
 */
class AccessMatrixIT extends HubDeployments {

    private static final String NS = "urn:ekyc-hub:kyc-case:v1";
    private static final Set<As> PARTNERS = Set.of(As.BANK_APP, As.INSURER);
    private static final Set<As> REVIEWERS = Set.of(As.REVIEWER_1, As.REVIEWER_2);
    private static final Set<As> READERS = Set.of(As.BANK_APP, As.INSURER, As.REVIEWER_1, As.REVIEWER_2, As.AUDITOR);
    /** The staff console's readers (#19): reviewers and the auditor; no partner, no administrator. */
    private static final Set<As> STAFF_READERS = Set.of(As.REVIEWER_1, As.REVIEWER_2, As.AUDITOR);
    /** The customer's steps: no caller of the realm, only the holder of a capture token (401 CAPTURE_TOKEN_INVALID). */
    private static final Set<As> CAPTURE_TOKEN = Set.of();
    /** #19 operations: who reads the dashboard (reviewer-2 is also a senior reviewer). */
    private static final Set<As> DASHBOARD_READERS = Set.of(As.REVIEWER_2, As.AUDITOR, As.ADMIN);
    /** Every caller the realm has (the expiring partner is the expired-token caller). */
    private static final List<As> CALLERS = List.of(As.BANK_APP, As.INSURER, As.REVIEWER_1, As.REVIEWER_2, As.AUDITOR, As.ADMIN);

    /**
     * One operation: how to call it on a case of the bank app's, who may, whether it is about one case (a
     * partner that did not open it gets 404), and what an allowed caller gets (the operation's own answer
     * to this request: success, or its refusal of the request's content — never 401, 403 or 404).
     */
    record Op(String name, String method, String path, String body, Set<As> allowed, boolean caseScoped,
              Set<Integer> allowedAnswer) {
    }

    private static final List<Op> OPERATIONS = List.of(
            new Op("open case", "POST", "/kyc/api/v1/cases", nguyenJson("MATRIX-OPEN"), PARTNERS, false, Set.of(201)),
            new Op("read case", "GET", "/kyc/api/v1/cases/{case}", null, READERS, true, Set.of(200)),
            new Op("consent", "POST", "/kyc/api/v1/cases/{case}/consent",
                    "{\"noticeVersion\":\"face-2026-01\",\"language\":\"en\",\"templateRetentionDays\":30}", PARTNERS, true, Set.of(200)),
            new Op("liveness challenge", "GET", "/kyc/api/v1/cases/{case}/liveness/challenge", null, PARTNERS, true, Set.of(200)),
            // an image that cannot be read: the document engine's own refusal, 422
            new Op("document", "POST", "/kyc/api/v1/cases/{case}/document",
                    "{\"image\":\"bm90IGFuIGltYWdl\",\"expectedType\":\"PASSPORT_TD3\"}", PARTNERS, true, Set.of(422)),
            new Op("selfie", "POST", "/kyc/api/v1/cases/{case}/selfie",
                    "{\"nonce\":\"matrix-nonce\",\"frames\":[{\"image\":\"bm90IGFuIGltYWdl\",\"capturedAt\":1}]}", PARTNERS, true,
                    Set.of(400, 409, 422)),
            new Op("phone verification", "POST", "/kyc/api/v1/cases/{case}/phone-verification",
                    "{\"sex\":\"M\",\"carrier\":\"SKT\"}", PARTNERS, true, Set.of(200, 400, 409, 502, 503)),
            new Op("phone confirmation", "POST", "/kyc/api/v1/cases/{case}/phone-verification/confirm",
                    "{\"otp\":\"000000\"}", PARTNERS, true, Set.of(200, 400, 409, 503)),
            new Op("resident check", "POST", "/kyc/api/v1/cases/{case}/resident-check",
                    "{\"name\":\"응우옌반안\",\"residentNumber\":\"9403175123456\",\"issueDate\":\"2023-04-03\"}", PARTNERS, true,
                    Set.of(409)),
            new Op("income check", "POST", "/kyc/api/v1/cases/{case}/income-check", "{\"taxYear\":2025}", PARTNERS, true,
                    Set.of(200, 400, 409)),
            new Op("credit enquiry", "POST", "/kyc/api/v1/cases/{case}/credit-summary", "{\"consent\":true}", PARTNERS, true,
                    Set.of(400, 409)),
            new Op("credit summary", "GET", "/kyc/api/v1/cases/{case}/credit-summary", null, READERS, true, Set.of(200)),
            // nothing recorded that an approval could rest on: the engine's 409, the case stays undecided
            new Op("decision", "POST", "/kyc/api/v1/cases/{case}/decision", "{\"decision\":\"APPROVED\"}", REVIEWERS, true,
                    Set.of(409)),
            new Op("video interview", "POST", "/kyc/api/v1/cases/{case}/video-interview",
                    "{\"heldAt\":\"%s\",\"durationSeconds\":600,\"outcome\":\"INCONCLUSIVE\",\"recordingRef\":\"rec://vc/matrix\"}",
                    REVIEWERS, true, Set.of(200)),
            new Op("source of funds", "POST", "/kyc/api/v1/cases/{case}/source-of-funds",
                    "{\"source\":\"SALARY\",\"evidenceRef\":\"dms://kyc/matrix\"}", REVIEWERS, true, Set.of(200)),
            new Op("screening", "POST", "/kyc/api/v1/screening", "{\"names\":[\"NGUYEN VAN AN\"]}",
                    Set.of(As.BANK_APP, As.INSURER, As.REVIEWER_1, As.REVIEWER_2), false, Set.of(200, 503)),
            new Op("capture session", "POST", "/kyc/api/v1/cases/{case}/capture-session", "", PARTNERS, true, Set.of(201)),
            // the customer's steps take a capture token, never an OIDC token (CaptureSessionIT does them with one)
            new Op("customer: progress", "GET", "/kyc/api/v1/capture/case", null, CAPTURE_TOKEN, false, Set.of()),
            new Op("customer: consent", "POST", "/kyc/api/v1/capture/consent", "{}", CAPTURE_TOKEN, false, Set.of()),
            new Op("customer: challenge", "GET", "/kyc/api/v1/capture/liveness/challenge", null, CAPTURE_TOKEN, false, Set.of()),
            new Op("customer: document", "POST", "/kyc/api/v1/capture/document", "{}", CAPTURE_TOKEN, false, Set.of()),
            new Op("customer: selfie", "POST", "/kyc/api/v1/capture/selfie", "{}", CAPTURE_TOKEN, false, Set.of()),
            new Op("customer: phone", "POST", "/kyc/api/v1/capture/phone-verification", "{}", CAPTURE_TOKEN, false, Set.of()),
            new Op("customer: phone code", "POST", "/kyc/api/v1/capture/phone-verification/confirm", "{}", CAPTURE_TOKEN, false,
                    Set.of()),
            new Op("customer: hand-off", "POST", "/kyc/api/v1/capture/handoff", "", CAPTURE_TOKEN, false, Set.of()),
            // redeeming a hand-off code needs no token; a wrong code is the same 401
            new Op("customer: redeem", "POST", "/kyc/api/v1/capture/handoff/redeem", "{\"code\":\"WRONGCODE2\"}", CAPTURE_TOKEN,
                    false, Set.of()),
            new Op("liveness probe", "GET", "/kyc/api/v1/health/live", null, null, false, Set.of(200)),
            new Op("readiness probe", "GET", "/kyc/api/v1/health/ready", null, null, false, Set.of(200, 503)),
            // where the staff console signs in: the issuer and the public client id, read before any sign-in
            new Op("console config", "GET", "/kyc/api/v1/console/config", null, null, false, Set.of(200)),
            // #19 the reviewer's queue and cases: staff who work or audit cases, never an administrator
            new Op("review queue", "GET", "/kyc/api/v1/review/queue", null, STAFF_READERS, false, Set.of(200)),
            new Op("decision reasons", "GET", "/kyc/api/v1/review/decision-reasons", null, STAFF_READERS, false, Set.of(200)),
            new Op("review case", "GET", "/kyc/api/v1/review/cases/{case}", null, STAFF_READERS, false, Set.of(200)),
            // the matrix's case is not waiting for a person: a claim is refused 409 CASE_NOT_IN_REVIEW
            new Op("claim", "POST", "/kyc/api/v1/review/cases/{case}/claim", "", REVIEWERS, false, Set.of(200, 409)),
            new Op("release", "POST", "/kyc/api/v1/review/cases/{case}/release", "", REVIEWERS, false, Set.of(200)),
            new Op("next case", "POST", "/kyc/api/v1/review/next", "", REVIEWERS, false, Set.of(200, 204)),
            // #19 operations: the capture page's funnel events, the dashboard (aggregates only), the hub's metrics
            new Op("customer: funnel event", "POST", "/kyc/api/v1/capture/events",
                    "{\"step\":\"consent\",\"event\":\"SHOWN\",\"language\":\"ko\",\"deviceClass\":\"PHONE\"}", CAPTURE_TOKEN,
                    false, Set.of()),
            new Op("operations dashboard", "GET", "/kyc/api/v1/operations/dashboard", null, DASHBOARD_READERS, false, Set.of(200)),
            new Op("operations dashboard CSV", "GET", "/kyc/api/v1/operations/dashboard.csv", null, DASHBOARD_READERS, false, Set.of(200)),
            new Op("operations metrics", "GET", "/kyc/api/v1/operations/metrics", null, Set.of(As.ADMIN), false, Set.of(200)),
            // #18 the customer's refusal of face processing: a capture token only (CustomerFlowDecisionsIT does it with one)
            new Op("customer: consent refusal", "POST", "/kyc/api/v1/capture/consent/refusal",
                    "{\"noticeVersion\":\"face-2026-01\",\"language\":\"ko\"}", CAPTURE_TOKEN, false, Set.of()),
            new Op("customer: field corrections", "POST", "/kyc/api/v1/capture/document/corrections",
                    "{\"corrections\":[{\"field\":\"SURNAME\",\"value\":\"NGUYEN\"}]}", CAPTURE_TOKEN, false, Set.of()),
            // SOAP for insurers: every operation a partner's
            new Op("SOAP OpenCase", "SOAP", "OpenCase", """
                    <k:OpenCase xmlns:k="urn:ekyc-hub:kyc-case:v1"><k:surname>WANG</k:surname><k:givenNames>XIAOMING</k:givenNames>
                    <k:nationality>CHN</k:nationality><k:birthDate>1985-12-24</k:birthDate><k:product>INSURANCE</k:product>
                    <k:externalReference>MATRIX-SOAP</k:externalReference></k:OpenCase>""", PARTNERS, false, Set.of(200)),
            new Op("SOAP GetCaseStatus", "SOAP", "GetCaseStatus",
                    "<k:GetCaseStatus xmlns:k=\"urn:ekyc-hub:kyc-case:v1\"><k:caseId>{case}</k:caseId></k:GetCaseStatus>",
                    PARTNERS, true, Set.of(200)),
            new Op("SOAP ScreenName", "SOAP", "ScreenName",
                    "<k:ScreenName xmlns:k=\"urn:ekyc-hub:kyc-case:v1\"><k:name>NGUYEN VAN AN</k:name></k:ScreenName>",
                    PARTNERS, false, Set.of(200)),
            new Op("SOAP UploadDocument", "SOAP", "UploadDocument",
                    "<k:UploadDocument xmlns:k=\"urn:ekyc-hub:kyc-case:v1\"><k:caseId>{case}</k:caseId>"
                            + "<k:image>bm90IGFuIGltYWdl</k:image></k:UploadDocument>",
                    PARTNERS, true, Set.of(500)),
            // #19 s19-rev: a reviewer's disposition of one screening match (reviewers only; the auditor reads it in the
            // case detail). The matrix's case has no screening match: the engine answers 404 MATCH_NOT_FOUND after its
            // own role check.
            new Op("match disposition", "POST", "/kyc/api/v1/review/cases/{case}/matches/no-such-match/disposition",
                    "{\"disposition\":\"NO_MATCH\"}", REVIEWERS, false, Set.of(404)));

    private static String bankAppsCase;

    /** A case the bank app opened (once for the class), with its consent to face processing recorded. */
    private static synchronized String bankAppsCase() throws Exception {
        if (bankAppsCase == null) {
            HttpResponse<String> opened = postJson(As.BANK_APP, "/kyc/api/v1/cases", nguyenJson("MATRIX-" + System.nanoTime()), "en");
            assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
            bankAppsCase = json(opened).get("caseId").asText();
        }
        return bankAppsCase;
    }

    private static HttpResponse<String> call(Op op, String bearer) throws Exception {
        String caseId = bankAppsCase();
        HttpRequest.Builder b;
        if (op.method().equals("SOAP")) {
            String envelope = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                    + op.body().replace("{case}", caseId) + "</soap:Body></soap:Envelope>";
            b = HttpRequest.newBuilder(BASE.resolve("/kyc/services/kyc-case/v1"))
                    .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"" + NS + ":" + op.path() + "\"")
                    .POST(HttpRequest.BodyPublishers.ofString(envelope));
        } else {
            b = HttpRequest.newBuilder(BASE.resolve(op.path().replace("{case}", caseId))).header("Accept", "application/json");
            if (op.body() == null) {
                b.GET();
            } else {
                String body = op.body().contains("%s")
                        ? op.body().formatted(Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS))
                        : op.body();
                b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            }
        }
        if (bearer != null) {
            b.header("Authorization", bearer);
        }
        return HTTP.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean open(Op op) {
        return op.allowed() == null;
    }

    private static boolean customers(Op op) {
        return op.allowed() == CAPTURE_TOKEN;
    }

    @Test
    void withoutATokenEveryOperationButTheProbesIs401() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        for (Op op : OPERATIONS) {
            HttpResponse<String> r = call(op, null);
            if (open(op)) {
                soft.assertThat(r.statusCode()).as(op.name() + " anonymous: " + r.body()).isIn(op.allowedAnswer());
            } else if (customers(op)) {
                soft.assertThat(r.statusCode()).as(op.name() + " anonymous").isEqualTo(401);
                soft.assertThat(r.body()).as(op.name()).contains(op.name().endsWith("redeem") ? "HANDOFF_CODE_INVALID" : "CAPTURE_TOKEN_INVALID");
            } else {
                soft.assertThat(r.statusCode()).as(op.name() + " anonymous").isEqualTo(401);
                soft.assertThat(r.headers().firstValue("WWW-Authenticate").orElse("")).as(op.name()).startsWith("Bearer");
            }
        }
        soft.assertAll();
    }

    @Test
    void anExpiredOrForgedTokenIs401() throws Exception {
        String expired = As.EXPIRING_PARTNER.bearer();
        Thread.sleep(3_500); // the expiring partner's tokens live two seconds
        String forged = As.BANK_APP.bearer();
        // the payload changed (another role), the signature kept: the hub must notice
        String[] parts = forged.substring("Bearer ".length()).split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"partner\"", "\"senior-reviewer\"");
        forged = "Bearer " + parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        SoftAssertions soft = new SoftAssertions();
        for (Op op : OPERATIONS) {
            if (open(op)) {
                continue;
            }
            soft.assertThat(call(op, expired).statusCode()).as(op.name() + " with an expired token").isEqualTo(401);
            soft.assertThat(call(op, forged).statusCode()).as(op.name() + " with a tampered token").isEqualTo(401);
        }
        soft.assertAll();
    }

    @Test
    void eachRoleGetsItsOperationsAndIsRefusedTheOthers() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        List<String> table = new ArrayList<>();
        for (Op op : OPERATIONS) {
            StringBuilder row = new StringBuilder(String.format("%-22s", op.name()));
            for (As who : CALLERS) {
                HttpResponse<String> r = call(op, who.bearer());
                row.append(String.format(" %s=%d", who, r.statusCode()));
                String what = op.name() + " as " + who + ": " + r.body();
                if (open(op)) {
                    soft.assertThat(r.statusCode()).as(what).isIn(op.allowedAnswer());
                } else if (customers(op)) {
                    soft.assertThat(r.statusCode()).as(what + " (an OIDC token is no capture token)").isEqualTo(401);
                } else if (!op.allowed().contains(who)) {
                    soft.assertThat(r.statusCode()).as(what).isEqualTo(403);
                } else if (op.caseScoped() && who == As.INSURER) {
                    // another partner's case: as if there were none
                    if (op.method().equals("SOAP")) {
                        soft.assertThat(r.body()).as(what).contains("CASE_NOT_FOUND");
                    } else {
                        soft.assertThat(r.statusCode()).as(what).isEqualTo(404);
                        soft.assertThat(r.body()).as(what).contains("CASE_NOT_FOUND").doesNotContain("NGUYEN");
                    }
                } else {
                    soft.assertThat(r.statusCode()).as(what).isIn(op.allowedAnswer());
                    if (op.method().equals("SOAP") && op.caseScoped()) {
                        soft.assertThat(r.body()).as(what).doesNotContain("CASE_NOT_FOUND");
                    }
                }
            }
            table.add(row.toString());
        }
        System.out.println("role x operation (status codes):\n" + String.join("\n", table));
        soft.assertAll();
    }

    @Test
    void theTableCoversEveryOperation() {
        assertThat(OPERATIONS.stream().filter(op -> !op.method().equals("SOAP"))).as("REST operations").hasSize(42);
        assertThat(OPERATIONS.stream().filter(op -> op.method().equals("SOAP")).map(Op::path))
                .as("every operation of the WSDL").containsExactlyInAnyOrderElementsOf(Arrays.asList(
                        "OpenCase", "GetCaseStatus", "ScreenName", "UploadDocument"));
    }
}

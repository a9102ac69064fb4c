package org.ekyc.hub.bench.peers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.document.synth.Degradation;
import org.ekyc.hub.verification.document.synth.SyntheticDocuments;

/**
 * Load driver: latency per legacy peer, measured through the hub's REST channel ("p95
 * latency per adapter"). For each peer it times the REST operation that makes exactly one call to that
 * peer, N times after a warm-up, one request in flight, and prints p50/p95/p99/max; two baselines
 * without any peer call (GET health/live: servlet + Camel REST only; GET /cases/{id}: plus one engine
 * transaction that loads the case) tell the REST + engine share apart from the peer's.
 * Needs the hub running (./mvnw -Prun install -DskipTests), hub and simulators on one WildFly.
 *
 *   ./mvnw -q -pl bench exec:exec -Dbench.main=org.ekyc.hub.bench.peers.PeerLatencyDriver -Dbench.args="200"
 *
 * Arguments: N (default 200) and optionally {@code case-per-call}: then every timed call runs on a
 * case of its own, opened (untimed) just before it — for a hub that refuses repeated checks on one
 * case. By default each peer gets one case of its own and is asked N times on it (the engine records
 * the latest answer; nothing refuses a repeat).
 *
 * Peers and the operation timed (synthetic people of legacy-simulators sim/*.csv only; the driver
 * prints outcomes and timings, never a name or number):
 * <ul>
 *   <li>immigration registry (SOAP + WS-Security): POST /cases — opening a case also screens the
 *       names (in-process, no peer) in its own transaction, so the driver also times POST /screening
 *       with the same names and a repeated open (same Idempotency-Key: lookup only, no screening, no
 *       registry call) to show what the registry call leaves;</li>
 *   <li>resident registry (SOAP + WSS): POST /cases/{id}/resident-check on a case whose document was
 *       read as a (generated) resident ID card, as GovernmentPeersIT does;</li>
 *   <li>tax authority (SOAP + WSS): POST /cases/{id}/income-check;</li>
 *   <li>telecom identity (TCP telegram 0100/0200): POST /cases/{id}/phone-verification (OTP request)
 *       and .../confirm with the code read from the simulator's admin endpoint (untimed);</li>
 *   <li>credit bureau (TCP telegram): POST /cases/{id}/credit-summary on a LOAN case.</li>
 * </ul>
 */
public final class PeerLatencyDriver {

    private static final String BASE = System.getProperty("bench.hub", "http://localhost:8080");
    private static final String API = BASE + "/kyc/api/v1";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Synthetic applicants (legacy-simulators/src/main/resources/sim/*.csv, README examples). */
    private static final String NGUYEN = """
            {"surname":"NGUYEN","givenNames":"VAN AN","nationality":"VNM","birthDate":"1994-03-17","product":"ACCOUNT",
             "registrationNumber":"9403175123456","addresses":[{"kind":"RESIDENCE","country":"KOR","lines":"12 Sejong-daero, Jung-gu, Seoul"}]}""";
    private static final String NGUYEN_SCREENING = """
            {"names":["NGUYEN VAN AN"],"birthDate":"1994-03-17","nationality":"VNM"}""";
    private static final String KIM_HANEUL_LOAN = """
            {"surname":"KIM","givenNames":"HANEUL","hangulName":"김하늘","nationality":"KOR","birthDate":"1992-05-05",
             "phone":"010-5555-0001","product":"LOAN","registrationNumber":"9205052123456"}""";
    private static final String HANEUL_PHONE = "01055550001";
    private static final String RESIDENT_CHECK = """
            {"name":"김민준","residentNumber":"900101-1000017","issueDate":"2019-05-20"}""";
    private static final String INCOME_CHECK = """
            {"taxYear":2025,"registrationNumber":"900101-1000017","name":"김민준"}""";

    private static boolean casePerCall;
    private static String residentCardJson;

    private PeerLatencyDriver() {
    }

    /** One timed path: the operation, and the answer that proves the peer was really asked. */
    private interface Call {
        /** Runs the untimed preparation (if any) and returns the timed request. */
        HttpRequest prepare(String caseId) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        casePerCall = Arrays.asList(args).contains("case-per-call");
        int warmup = Math.max(20, n / 10);
        System.out.printf(Locale.ROOT, "hub %s, %d timed calls per path after %d warm-up, one request in flight, %s%n",
                BASE, n, warmup, casePerCall ? "a new case per call" : "one case per peer");
        residentCardJson = "{\"image\":\"" + Base64.getEncoder().encodeToString(
                SyntheticDocuments.generate(9L, 4, DocumentType.RESIDENT_ID_CARD, Degradation.NONE, false).jpeg()) + "\"}";

        List<String[]> rows = new ArrayList<>();
        // baselines: no peer call
        rows.add(run("baseline: GET /health/live (servlet + Camel REST, no engine)", n, warmup,
                () -> null, id -> get(API + "/health/live"), 200, null));
        rows.add(run("baseline: GET /cases/{id} (REST + one engine tx: load case, audit)", n, warmup,
                () -> openNguyen(), id -> get(API + "/cases/" + id), 200, null));
        // immigration registry: every open case calls it once, after screening
        rows.add(run("immigration (SOAP+WSS): POST /cases (+ screening, 3 tx)", n, warmup,
                () -> null, id -> post(API + "/cases", NGUYEN), 201, "\"immigrationCheck\":\"VERIFIED\""));
        rows.add(run("  share: POST /screening, same names (no peer)", n, warmup,
                () -> null, id -> post(API + "/screening", NGUYEN_SCREENING), 200, null));
        String key = "bench-peers-" + System.nanoTime();
        rows.add(run("  share: POST /cases repeated (Idempotency-Key: lookup, no screening, no peer)", n, warmup,
                () -> null, id -> HttpRequest.newBuilder(URI.create(API + "/cases")).timeout(Duration.ofSeconds(30))
                        .header("Authorization", PartnerToken.bearer())
                        .header("Content-Type", "application/json").header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(NGUYEN)).build(), 201, "\"immigrationCheck\":\"VERIFIED\""));
        rows.add(run("resident registry (SOAP+WSS): POST /cases/{id}/resident-check", n, warmup,
                PeerLatencyDriver::caseWithResidentIdCard,
                id -> post(API + "/cases/" + id + "/resident-check", RESIDENT_CHECK), 200, "\"residentCheck\":\"MATCH\""));
        rows.add(run("tax authority (SOAP+WSS): POST /cases/{id}/income-check", n, warmup,
                () -> openNguyen(),
                id -> post(API + "/cases/" + id + "/income-check", INCOME_CHECK), 200, "\"incomeCheck\":\"FILED\""));
        rows.add(run("telecom (TCP telegram 0100): POST /cases/{id}/phone-verification", n, warmup,
                () -> open(KIM_HANEUL_LOAN),
                id -> post(API + "/cases/" + id + "/phone-verification", "{\"sex\":\"F\",\"carrier\":\"SKT\"}"), 200,
                "\"check\":\"OTP_SENT\""));
        rows.add(run("telecom (TCP telegram 0200): POST /cases/{id}/phone-verification/confirm", n, warmup,
                () -> open(KIM_HANEUL_LOAN), id -> {
                    // untimed: a fresh OTP request (a confirmed transaction is closed) and the code the phone got
                    expect(HTTP.send(post(API + "/cases/" + id + "/phone-verification", "{\"sex\":\"F\",\"carrier\":\"SKT\"}"),
                            HttpResponse.BodyHandlers.ofString()), 200, "\"check\":\"OTP_SENT\"");
                    HttpResponse<String> otp = HTTP.send(get(BASE + "/registry-sim/admin/telecom/otp/" + HANEUL_PHONE),
                            HttpResponse.BodyHandlers.ofString());
                    expect(otp, 200, null);
                    return post(API + "/cases/" + id + "/phone-verification/confirm",
                            "{\"otp\":\"" + otp.body().trim() + "\"}");
                }, 200, "\"check\":\"VERIFIED\""));
        rows.add(run("credit bureau (TCP telegram): POST /cases/{id}/credit-summary", n, warmup,
                () -> open(KIM_HANEUL_LOAN),
                id -> post(API + "/cases/" + id + "/credit-summary", "{\"consent\":true}"), 200, "\"creditCheck\":\"FOUND\""));

        System.out.println();
        System.out.println("| path | n | round trips/s | p50 | p95 | p99 | max |");
        System.out.println("|------|--:|--------------:|----:|----:|----:|----:|");
        for (String[] r : rows) {
            System.out.println("| " + String.join(" | ", r) + " |");
        }
    }

    /** A supplier of the case a path runs on (null: the path needs none). */
    private interface CaseOpener {
        String open() throws Exception;
    }

    private static String[] run(String what, int n, int warmup, CaseOpener opener, Call call, int status, String proof)
            throws Exception {
        String shared = casePerCall ? null : opener.open();
        long[] t = new long[n];
        for (int i = -warmup; i < n; i++) {
            String caseId = casePerCall ? opener.open() : shared;
            HttpRequest request = call.prepare(caseId);
            long t0 = System.nanoTime();
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - t0;
            expect(r, status, proof);
            if (i >= 0) {
                t[i] = elapsed;
            }
        }
        long[] s = t.clone();
        Arrays.sort(s);
        double perSecond = n / (Arrays.stream(t).sum() / 1e9);
        String[] row = {what, Integer.toString(n), String.format(Locale.ROOT, "%.1f", perSecond),
                ms(pct(s, 0.50)), ms(pct(s, 0.95)), ms(pct(s, 0.99)), ms(s[n - 1])};
        System.out.printf(Locale.ROOT, "%-85s n=%d  %7s/s  p50 %s  p95 %s  p99 %s  max %s%n", what, n, row[2], row[3],
                row[4], row[5], row[6]);
        return row;
    }

    /** Nearest-rank percentile of sorted values. */
    private static long pct(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }

    /**
     * Fails unless the status is the expected one and the body shows the peer's answer (a PENDING
     * check would mean no peer round trip). Only the status and the reason code are printed: bodies
     * carry the synthetic applicant's data.
     */
    private static void expect(HttpResponse<String> r, int status, String proof) {
        if (r.statusCode() != status || proof != null && !r.body().contains(proof)) {
            Matcher code = Pattern.compile("\"code\":\"([A-Z_]+)\"").matcher(r.body());
            List<String> codes = new ArrayList<>();
            while (code.find()) {
                codes.add(code.group(1));
            }
            throw new IllegalStateException(r.request().method() + " " + r.uri().getPath().replaceAll("/cases/[^/]+", "/cases/{id}")
                    + " answered " + r.statusCode() + " reason codes " + codes + (proof == null ? "" : ", expected " + proof));
        }
    }

    private static String openNguyen() throws Exception {
        return open(NGUYEN);
    }

    private static String open(String body) throws Exception {
        HttpResponse<String> r = HTTP.send(post(API + "/cases", body), HttpResponse.BodyHandlers.ofString());
        expect(r, 201, null);
        Matcher m = Pattern.compile("\"caseId\":\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no caseId in the answer to POST /cases");
        }
        return m.group(1);
    }

    /** A case whose document check read a generated (synthetic) Korean resident ID card, as GovernmentPeersIT does. */
    private static String caseWithResidentIdCard() throws Exception {
        String caseId = openNguyen();
        HttpResponse<String> r = HTTP.send(post(API + "/cases/" + caseId + "/document", residentCardJson),
                HttpResponse.BodyHandlers.ofString());
        expect(r, 200, "\"documentType\":\"RESIDENT_ID_CARD\"");
        return caseId;
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", PartnerToken.bearer()).GET().build();
    }

    private static HttpRequest post(String url, String json) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", PartnerToken.bearer())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }
}

package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The operations dashboard (#19) over the wire: synthetic cases opened through the public API in a period
 * of their own, some rejected by a reviewer, funnel events sent with their capture tokens; the dashboard's
 * numbers for that period equal the counts computed from what the API says of each seeded case, and the CSV
 * holds the JSON's figures. Who may read it: senior reviewers, auditors, administrators.
 * The period contains only this test's cases as long as nothing else opens cases meanwhile (the ITs run one
 * after the other; a partner batch still being read could add to it).
 */
class OperationsDashboardIT extends HubDeployments {

    private static final String DASHBOARD = "/kyc/api/v1/operations/dashboard";

    /** One seeded applicant: synthetic, with the nationality, birth date and product the groups are made of. */
    private record Seed(String surname, String nationality, String birthDate, String product) {
        String json(String reference) {
            return """
                    {"surname":"%s","givenNames":"OPS TEST","nationality":"%s","birthDate":"%s","product":"%s",
                     "externalReference":"%s"}""".formatted(surname, nationality, birthDate, product, reference);
        }
    }

    private static final List<Seed> SEEDS = List.of(
            new Seed("TRAN", "VNM", "1999-02-03", "ACCOUNT"),
            new Seed("LE", "VNM", "1988-07-21", "ACCOUNT"),
            new Seed("PHAM", "VNM", "1975-11-30", "LOAN"),
            new Seed("WANG", "CHN", "1992-05-14", "ACCOUNT"),
            new Seed("LIU", "CHN", "1961-01-09", "CARD"),
            new Seed("KIM", "KOR", "2001-09-09", "LOAN"));

    private static String period(Instant from, Instant to) {
        return "?from=" + URLEncoder.encode(from.toString(), StandardCharsets.UTF_8) + "&to="
                + URLEncoder.encode(to.toString(), StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> customer(String token, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(BASE.resolve("/kyc/api/v1/capture/events")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json").header("Accept-Language", "ko")
                .header("X-Capture-Token", token).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String band(String birthDate, Instant openedAt) {
        int years = Period.between(LocalDate.parse(birthDate), LocalDate.ofInstant(openedAt, ZoneOffset.UTC)).getYears();
        return years < 18 ? "<18" : years < 30 ? "18-29" : years < 40 ? "30-39" : years < 50 ? "40-49" : years < 60 ? "50-59" : "60+";
    }

    @Test
    void theDashboardsNumbersAreTheSeededCasesAndTheCsvHoldsTheSameFigures() throws Exception {
        Instant from = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Thread.sleep(5);
        List<String> ids = new ArrayList<>();
        for (Seed s : SEEDS) {
            HttpResponse<String> opened = postJson("/kyc/api/v1/cases", s.json("OPS-" + System.nanoTime()), "en");
            assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
            ids.add(json(opened).get("caseId").asText());
        }
        for (String id : ids) {
            awaitImmigrationAnswer(id);
        }
        // a reviewer rejects two of them
        for (String id : List.of(ids.get(1), ids.get(4))) {
            HttpResponse<String> rejected = postJson(As.REVIEWER_1, "/kyc/api/v1/cases/" + id + "/decision",
                    "{\"decision\":\"REJECTED\",\"reasonCode\":\"IDENTITY_NOT_CONFIRMED\",\"note\":\"operations dashboard test\"}", "en");
            assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        }
        // the capture page of three customers reports its steps
        Map<String, Map<String, Integer>> funnel = new TreeMap<>();
        // three customers whose cases are not decided (a decided case opens no capture session: 409)
        List<String> capturing = List.of(ids.get(0), ids.get(2), ids.get(3));
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> session = postJson(As.BANK_APP, "/kyc/api/v1/cases/" + capturing.get(i) + "/capture-session", "", "en");
            assertThat(session.statusCode()).as(session.body()).isEqualTo(201);
            String token = json(session).get("captureToken").asText();
            List<String[]> events = new ArrayList<>(List.of(new String[] {"consent", "SHOWN"}, new String[] {"document", "SHOWN"}));
            if (i == 0) {
                events.add(new String[] {"document", "EXIT"});
                events.add(new String[] {"document", "RESUME"});
            }
            if (i == 1) {
                events.add(new String[] {"document", "FAILED"});
            }
            for (String[] ev : events) {
                HttpResponse<String> r = customer(token, """
                        {"step":"%s","event":"%s","language":"ko","deviceClass":"PHONE","reason":%s}"""
                        .formatted(ev[0], ev[1], ev[1].equals("FAILED") ? "\"DOCUMENT_GLARE\"" : "null"));
                assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
                funnel.computeIfAbsent(ev[0], k -> new HashMap<>()).merge(ev[1], 1, Integer::sum);
            }
            // the same step shown twice to one customer is one case in the funnel
            assertThat(customer(token, "{\"step\":\"consent\",\"event\":\"SHOWN\",\"language\":\"ko\",\"deviceClass\":\"PHONE\",\"reason\":null}")
                    .statusCode()).isEqualTo(202);
        }
        Thread.sleep(5);
        Instant to = Instant.now().truncatedTo(ChronoUnit.MILLIS).plusMillis(1);

        // what the API says of each seeded case
        long approved = 0;
        long rejected = 0;
        long review = 0;
        Map<String, long[]> byNationality = new TreeMap<>();
        Map<String, long[]> byProduct = new TreeMap<>();
        Map<String, long[]> byBand = new TreeMap<>();
        Map<String, Long> reasons = new TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            JsonNode c = json(get(As.REVIEWER_1, "/kyc/api/v1/cases/" + ids.get(i)));
            String status = c.get("status").asText();
            approved += status.equals("APPROVED") ? 1 : 0;
            rejected += status.equals("REJECTED") ? 1 : 0;
            review += status.equals("REVIEW") ? 1 : 0;
            int r = status.equals("REJECTED") ? 1 : 0;
            int w = status.equals("REVIEW") ? 1 : 0;
            // a list of pairs, not Map.of: the three tables are equal (empty) keys at first
            for (Map.Entry<Map<String, long[]>, String> g : List.of(Map.entry(byNationality, SEEDS.get(i).nationality()),
                    Map.entry(byProduct, SEEDS.get(i).product()),
                    Map.entry(byBand, band(SEEDS.get(i).birthDate(), Instant.parse(c.get("createdAt").asText()))))) {
                long[] counts = g.getKey().computeIfAbsent(g.getValue(), k -> new long[3]);
                counts[0]++;
                counts[1] += r;
                counts[2] += w;
            }
            c.path("reasons").forEach(reason -> reasons.merge(reason.get("code").asText(), 1L, Long::sum));
        }

        HttpResponse<String> read = get(As.AUDITOR, DASHBOARD + period(from, to));
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode d = json(read);
        assertThat(d.get("cases").get("total").asLong()).isEqualTo(SEEDS.size());
        assertThat(d.get("cases").get("approved").asLong()).isEqualTo(approved);
        assertThat(d.get("cases").get("rejected").asLong()).isEqualTo(rejected).isGreaterThanOrEqualTo(2);
        assertThat(d.get("cases").get("review").asLong()).isEqualTo(review);
        assertThat(d.get("cases").get("open").asLong()).isEqualTo(SEEDS.size() - approved - rejected - review);
        long decided = approved + rejected;
        assertThat(d.get("passRate").asDouble()).isEqualTo(decided == 0 ? 0 : (double) approved / decided);
        assertThat(d.get("automaticShare").asDouble() + d.get("manualShare").asDouble()).isEqualTo(decided == 0 ? 0 : 1.0);
        assertThat(d.get("processingSeconds").get("endToEnd").get("count").asLong()).isEqualTo(decided);
        assertThat(d.get("processingSeconds").get("steps").get("review").get("count").asLong())
                .as("the reviewer's two rejections").isGreaterThanOrEqualTo(2);
        assertGroups(d.get("byNationality"), byNationality);
        assertGroups(d.get("byProduct"), byProduct);
        assertGroups(d.get("byAgeBand"), byBand);
        assertThat(d.get("byChannel")).hasSize(1);
        assertThat(d.get("byChannel").get(0).get("group").asText()).isEqualTo("REST");
        assertThat(d.get("byChannel").get(0).get("count").asLong()).isEqualTo(SEEDS.size());
        Map<String, Long> top = new TreeMap<>();
        d.get("topReasons").forEach(r -> top.put(r.get("code").asText(), r.get("count").asLong()));
        assertThat(top).isEqualTo(reasons);
        Map<String, JsonNode> steps = new HashMap<>();
        d.get("funnel").forEach(s -> steps.put(s.get("step").asText(), s));
        assertThat(steps.get("consent").get("shown").asLong()).isEqualTo(3);
        assertThat(steps.get("document").get("shown").asLong()).isEqualTo(3);
        assertThat(steps.get("document").get("exited").asLong()).isEqualTo(1);
        assertThat(steps.get("document").get("resumed").asLong()).isEqualTo(1);
        assertThat(steps.get("document").get("failed").asLong()).isEqualTo(1);
        assertThat(steps.get("liveness").get("shown").asLong()).isZero();
        assertThat(read.body()).as("aggregates only").doesNotContain("TRAN", "OPS TEST", "1999-02-03").doesNotContain(ids.get(0));

        // the CSV: the same figures, one a row
        HttpResponse<String> csv = HTTP.send(as(As.AUDITOR, HttpRequest.newBuilder(BASE.resolve(DASHBOARD + ".csv" + period(from, to)))
                .timeout(Duration.ofSeconds(30)).GET()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        Map<String, String> cells = new HashMap<>();
        csv.body().lines().skip(1).forEach(l -> {
            String[] c = l.split(",", -1);
            cells.put(c[0] + "|" + c[1] + "|" + c[2], c[3]);
        });
        for (String m : List.of("total", "approved", "rejected", "review", "open")) {
            assertThat(Long.parseLong(cells.get("cases||" + m))).as(m).isEqualTo(d.get("cases").get(m).asLong());
        }
        assertThat(Double.parseDouble(cells.get("rates||passRate"))).isEqualTo(d.get("passRate").asDouble());
        for (String section : List.of("byNationality", "byAgeBand", "byChannel", "byProduct")) {
            for (JsonNode g : d.get(section)) {
                for (String m : List.of("count", "rejected", "review")) {
                    assertThat(Long.parseLong(cells.get(section + "|" + g.get("group").asText() + "|" + m))).as(section + " " + m)
                            .isEqualTo(g.get(m).asLong());
                }
                assertThat(Double.parseDouble(cells.get(section + "|" + g.get("group").asText() + "|failureRate")))
                        .isEqualTo(g.get("failureRate").asDouble());
            }
        }
        for (JsonNode s : d.get("funnel")) {
            assertThat(Long.parseLong(cells.get("funnel|" + s.get("step").asText() + "|shown"))).isEqualTo(s.get("shown").asLong());
        }
    }

    private static void assertGroups(JsonNode groups, Map<String, long[]> expected) {
        Map<String, long[]> actual = new TreeMap<>();
        groups.forEach(g -> actual.put(g.get("group").asText(),
                new long[] {g.get("count").asLong(), g.get("rejected").asLong(), g.get("review").asLong()}));
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((k, v) -> assertThat(actual.get(k)).as(k).containsExactly(v));
        groups.forEach(g -> assertThat(g.get("failureRate").asDouble())
                .isEqualTo((double) g.get("rejected").asLong() / g.get("count").asLong()));
    }

    @Test
    void seniorReviewersAuditorsAndAdministratorsReadItReviewersAndPartnersAreRefused() throws Exception {
        for (As who : List.of(As.REVIEWER_2, As.AUDITOR, As.ADMIN)) {
            assertThat(get(who, DASHBOARD).statusCode()).as(who.name()).isEqualTo(200);
        }
        for (As who : List.of(As.REVIEWER_1, As.BANK_APP, As.INSURER)) {
            HttpResponse<String> r = get(who, DASHBOARD);
            assertThat(r.statusCode()).as(who.name()).isEqualTo(403);
            assertThat(json(r).get("code").asText()).isEqualTo("ACCESS_DENIED");
        }
        assertThat(get(null, DASHBOARD).statusCode()).isEqualTo(401);
    }

    @Test
    void aBadPeriodIs400InTheCallersLanguage() throws Exception {
        HttpResponse<String> r = HTTP.send(as(As.AUDITOR, HttpRequest.newBuilder(BASE.resolve(DASHBOARD + "?from=yesterday"))
                .header("Accept-Language", "vi").GET()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("code").asText()).isEqualTo("PERIOD_INVALID");
        assertThat(json(r).get("field").asText()).isEqualTo("from");
        assertThat(json(r).get("message").asText()).contains("Khoảng thời gian");
    }

    @Test
    void aFunnelEventOutsideTheVocabularyIs400NamingTheFieldAndOneWithoutATokenIs401() throws Exception {
        HttpResponse<String> opened = postJson("/kyc/api/v1/cases", SEEDS.get(0).json("OPS-" + System.nanoTime()), "en");
        String caseId = json(opened).get("caseId").asText();
        String token = json(postJson(As.BANK_APP, "/kyc/api/v1/cases/" + caseId + "/capture-session", "", "en")).get("captureToken").asText();
        HttpResponse<String> bad = customer(token, "{\"step\":\"checkout\",\"event\":\"SHOWN\",\"language\":\"ko\",\"deviceClass\":\"PHONE\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("code").asText()).isEqualTo("FUNNEL_EVENT_INVALID");
        assertThat(json(bad).get("field").asText()).isEqualTo("step");
        assertThat(json(bad).get("message").asText()).contains("진행");
        HttpResponse<String> none = HTTP.send(HttpRequest.newBuilder(BASE.resolve("/kyc/api/v1/capture/events"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"step\":\"consent\",\"event\":\"SHOWN\",\"language\":\"ko\",\"deviceClass\":\"PHONE\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(json(none).get("code").asText()).isEqualTo("CAPTURE_TOKEN_INVALID");
    }
}

package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The operations dashboard (#19) over the wire and on the console's page: synthetic cases opened through the
 * public API in a period of their own, some rejected by a reviewer, funnel events sent with their capture tokens
 * ({@link #seed()}); the figures those cases make are computed from what the API says of each seeded case
 * ({@link Expected}), and the dashboard's JSON, its CSV, the page the auditor sees in headless Chromium (signed in on
 * Keycloak's page, {@link ConsoleBrowser}) and the CSV that page downloads all equal them.
 * Who may read it: senior reviewers, auditors, administrators.
 * Each test seeds a period of its own; it contains only that test's cases as long as nothing else opens cases
 * meanwhile (the ITs run one after the other; a partner batch still being read could add to it).
 */
class OperationsDashboardIT extends HubDeployments {

    private static final String DASHBOARD = "/kyc/api/v1/operations/dashboard";

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

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

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /**
     * The figures the seeded cases make, computed from what the API says of each case (status, who decided, reasons,
     * channel, product, when it was opened) and from the funnel events sent — never read from the dashboard.
     * A group's counts are {@code {count, rejected, review}}; the funnel is step → event (SHOWN, EXIT, RESUME,
     * FAILED) → the number of cases that had it.
     */
    record Expected(long total, long approved, long rejected, long review, long automatic, Map<String, Map<String, long[]>> groups,
                    Map<String, Long> reasons, Map<String, Map<String, Integer>> funnel) {

        static final List<String> SECTIONS = List.of("byNationality", "byAgeBand", "byChannel", "byProduct");

        long decided() {
            return approved + rejected;
        }

        long open() {
            return total - approved - rejected - review;
        }

        double passRate() {
            return ratio(approved, decided());
        }

        double automaticShare() {
            return ratio(automatic, decided());
        }

        double manualShare() {
            return ratio(decided() - automatic, decided());
        }

        long funnel(String step, String event) {
            return funnel.getOrDefault(step, Map.of()).getOrDefault(event, 0);
        }
    }

    /** A period [from, to) that holds only the seeded cases, their ids and the figures they make. */
    record Seeded(Instant from, Instant to, List<String> ids, Expected expected) {

        /** The period as the API's query ({@code ?from=&to=}, ISO-8601 instants), also the console's route query. */
        String period() {
            return "?from=" + URLEncoder.encode(from.toString(), StandardCharsets.UTF_8) + "&to="
                    + URLEncoder.encode(to.toString(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Six synthetic cases opened through the public API in a period of their own, two of them rejected by a
     * reviewer, and the capture page of three customers reporting its steps (one leaves the document step and comes
     * back, one fails it); the figures they make.
     */
    private static Seeded seed() throws Exception {
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
        return new Seeded(from, to, List.copyOf(ids), expected(ids, funnel));
    }

    /** What the API says of each seeded case, counted the way the dashboard is defined (DashboardCalculator). */
    private static Expected expected(List<String> ids, Map<String, Map<String, Integer>> funnel) throws Exception {
        long approved = 0;
        long rejected = 0;
        long review = 0;
        long automatic = 0;
        Map<String, Map<String, long[]>> groups = new HashMap<>();
        Expected.SECTIONS.forEach(section -> groups.put(section, new TreeMap<>()));
        Map<String, Long> reasons = new TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            JsonNode c = json(get(As.REVIEWER_1, "/kyc/api/v1/cases/" + ids.get(i)));
            String status = c.get("status").asText();
            approved += status.equals("APPROVED") ? 1 : 0;
            rejected += status.equals("REJECTED") ? 1 : 0;
            review += status.equals("REVIEW") ? 1 : 0;
            // decided by the engine: recorded under "auto" (DashboardCalculator.AUTOMATIC)
            automatic += (status.equals("APPROVED") || status.equals("REJECTED")) && "auto".equals(c.path("decision").path("decidedBy").asText())
                    ? 1 : 0;
            int r = status.equals("REJECTED") ? 1 : 0;
            int w = status.equals("REVIEW") ? 1 : 0;
            Map<String, String> groupOf = Map.of("byNationality", SEEDS.get(i).nationality(),
                    "byAgeBand", band(SEEDS.get(i).birthDate(), Instant.parse(c.get("createdAt").asText())),
                    "byChannel", c.get("channel").asText(), "byProduct", c.get("product").asText());
            groupOf.forEach((section, group) -> {
                long[] counts = groups.get(section).computeIfAbsent(group, k -> new long[3]);
                counts[0]++;
                counts[1] += r;
                counts[2] += w;
            });
            c.path("reasons").forEach(reason -> reasons.merge(reason.get("code").asText(), 1L, Long::sum));
        }
        return new Expected(ids.size(), approved, rejected, review, automatic, groups, reasons, funnel);
    }

    @Test
    void theDashboardsNumbersAreTheSeededCasesAndTheCsvHoldsTheSameFigures() throws Exception {
        Seeded seeded = seed();
        Expected e = seeded.expected();
        assertThat(e.rejected()).as("the reviewer's two rejections").isGreaterThanOrEqualTo(2);
        assertThat(e.groups().get("byChannel")).as("every seeded case came through REST").containsOnlyKeys("REST");

        HttpResponse<String> read = get(As.AUDITOR, DASHBOARD + seeded.period());
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode d = json(read);
        assertThat(d.get("cases").get("total").asLong()).isEqualTo(e.total()).isEqualTo(SEEDS.size());
        assertThat(d.get("cases").get("approved").asLong()).isEqualTo(e.approved());
        assertThat(d.get("cases").get("rejected").asLong()).isEqualTo(e.rejected());
        assertThat(d.get("cases").get("review").asLong()).isEqualTo(e.review());
        assertThat(d.get("cases").get("open").asLong()).isEqualTo(e.open());
        assertThat(d.get("passRate").asDouble()).isEqualTo(e.passRate());
        assertThat(d.get("automaticShare").asDouble()).isEqualTo(e.automaticShare());
        assertThat(d.get("manualShare").asDouble()).isEqualTo(e.manualShare());
        assertThat(d.get("automaticShare").asDouble() + d.get("manualShare").asDouble()).isEqualTo(e.decided() == 0 ? 0 : 1.0);
        assertThat(d.get("processingSeconds").get("endToEnd").get("count").asLong()).isEqualTo(e.decided());
        assertThat(d.get("processingSeconds").get("steps").get("review").get("count").asLong())
                .as("the reviewer's two rejections").isGreaterThanOrEqualTo(2);
        for (String section : Expected.SECTIONS) {
            assertGroups(d.get(section), e.groups().get(section));
        }
        Map<String, Long> top = new TreeMap<>();
        d.get("topReasons").forEach(r -> top.put(r.get("code").asText(), r.get("count").asLong()));
        assertThat(top).isEqualTo(e.reasons());
        Map<String, JsonNode> steps = new HashMap<>();
        d.get("funnel").forEach(s -> steps.put(s.get("step").asText(), s));
        assertThat(steps).containsKeys("consent", "document", "liveness");
        steps.forEach((step, s) -> {
            assertThat(s.get("shown").asLong()).as(step).isEqualTo(e.funnel(step, "SHOWN"));
            assertThat(s.get("exited").asLong()).as(step).isEqualTo(e.funnel(step, "EXIT"));
            assertThat(s.get("resumed").asLong()).as(step).isEqualTo(e.funnel(step, "RESUME"));
            assertThat(s.get("failed").asLong()).as(step).isEqualTo(e.funnel(step, "FAILED"));
        });
        assertThat(steps.get("consent").get("shown").asLong()).as("three customers, one shown the consent twice").isEqualTo(3);
        assertThat(read.body()).as("aggregates only").doesNotContain("TRAN", "OPS TEST", "1999-02-03").doesNotContain(seeded.ids().get(0));

        // the CSV: the same figures, one a row
        HttpResponse<String> csv = HTTP.send(as(As.AUDITOR, HttpRequest.newBuilder(BASE.resolve(DASHBOARD + ".csv" + seeded.period()))
                .timeout(Duration.ofSeconds(30)).GET()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertCsvHolds(csv.body(), seeded);
    }

    /**
     * The dashboard page itself, in headless Chromium against the deployed hub: the auditor signs in on Keycloak's
     * page straight into {@code #/dashboard?from=&to=} with the seeded period to the millisecond, and what the page
     * shows — the key figures (their text and the number behind it), the processing-time count, the funnel, the
     * reasons and the four group tables — is the seeded cases' figures; the CSV its button downloads holds them too.
     */
    @Test
    void theDashboardPageShowsTheSeededFiguresAndItsCsvDownloadHoldsThem() throws Exception {
        Seeded seeded = seed();
        Expected e = seeded.expected();
        Path downloads = Files.createDirectories(Path.of("target/dashboard-downloads")).toAbsolutePath();
        try (var old = Files.list(downloads)) {
            for (Path f : old.toList()) {
                Files.delete(f);
            }
        }
        browser = ConsoleBrowser.signedIn("auditor", "dev-only-auditor", "#/dashboard" + seeded.period());
        ConsoleBrowser.ready(browser, "dashboard");
        try {
            // the page drawn for the seeded period (its figures are drawn in the same step as this note)
            ConsoleBrowser.waitFor(browser, d -> "dashboard".equals(ConsoleBrowser.page(d)) && !d.findElements(By.id("period-exact")).isEmpty());
        } catch (RuntimeException notDrawn) {
            throw new AssertionError("the dashboard of the seeded period was not drawn: " + browser.findElement(By.id("page")).getText(), notDrawn);
        }
        assertThat(browser.findElement(By.id("period-exact")).getText()).contains(seeded.from().toString()).contains(seeded.to().toString());
        ConsoleBrowser.shot(browser, "dashboard-it-seeded");
        ConsoleBrowser.fullShot(browser, "dashboard-it-seeded-full");

        // the key figures: the text a person reads and the number behind it
        Map<String, Long> counts = Map.of("total", e.total(), "approved", e.approved(), "rejected", e.rejected(),
                "review", e.review(), "open", e.open());
        counts.forEach((id, n) -> {
            WebElement v = browser.findElement(By.cssSelector("#fig-" + id + " .figure-value"));
            assertThat(Long.parseLong(v.getDomAttribute("data-value"))).as(id).isEqualTo(n);
            assertThat(v.getText()).as(id).isEqualTo(String.valueOf(n)); // a key figure is written as the number, unformatted
        });
        WebElement pass = browser.findElement(By.cssSelector("#fig-pass .figure-value"));
        assertThat(Double.parseDouble(pass.getDomAttribute("data-value"))).isEqualTo(e.passRate());
        assertThat(pass.getText()).isEqualTo(shownPercent(e.passRate()));
        WebElement auto = browser.findElement(By.cssSelector("#fig-auto .figure-value"));
        assertThat(Double.parseDouble(auto.getDomAttribute("data-value"))).isEqualTo(e.automaticShare());
        assertThat(auto.getText()).isEqualTo(shownPercent(e.automaticShare()));
        WebElement manual = browser.findElement(By.cssSelector("#fig-auto .figure-detail"));
        assertThat(Double.parseDouble(manual.getDomAttribute("data-value"))).isEqualTo(e.manualShare());
        assertThat(manual.getText()).endsWith(" " + shownPercent(e.manualShare()));

        // processing time: how many cases were decided end to end (the durations are the hub's clock, not compared)
        assertThat(rows("times-table").get("endToEnd").get(0)).isEqualTo(shownNumber(e.decided()));
        // the funnel: every step the page lists, the seeded events' cases (zero where none were sent)
        Map<String, List<String>> funnel = rows("funnel-table");
        assertThat(funnel).containsKeys("consent", "document", "liveness");
        funnel.forEach((step, cells) -> {
            long shown = e.funnel(step, "SHOWN");
            long exited = e.funnel(step, "EXIT");
            assertThat(cells.subList(0, 4)).as(step).containsExactly(shownNumber(shown), shownNumber(exited),
                    shownNumber(e.funnel(step, "RESUME")), shownNumber(e.funnel(step, "FAILED")));
            assertThat(cells.get(4)).as(step + " exit rate").isEqualTo(shown == 0 ? "—" : shownPercent((double) exited / shown));
        });
        // the reasons, each with its count
        Map<String, String> reasons = new TreeMap<>();
        rows("reasons-table").forEach((code, cells) -> reasons.put(code, cells.get(0)));
        Map<String, String> expectedReasons = new TreeMap<>();
        e.reasons().forEach((code, n) -> expectedReasons.put(code, shownNumber(n)));
        assertThat(reasons).isEqualTo(expectedReasons);
        // the groups: by nationality, age band, channel and product, with their counts and failure rates
        Map<String, String> tables = Map.of("byNationality", "nationality-table", "byAgeBand", "age-table",
                "byChannel", "channel-table", "byProduct", "product-table");
        for (String section : Expected.SECTIONS) {
            Map<String, List<String>> shown = rows(tables.get(section));
            Map<String, long[]> expected = e.groups().get(section);
            assertThat(shown.keySet()).as(section).isEqualTo(expected.keySet());
            expected.forEach((group, n) -> {
                List<String> cells = shown.get(group);
                assertThat(cells.subList(0, 3)).as(section + " " + group).containsExactly(shownNumber(n[0]), shownNumber(n[1]), shownNumber(n[2]));
                assertThat(cells.get(3).split("\\s+")[0]).as(section + " " + group + " failure rate").isEqualTo(shownPercent(ratio(n[1], n[0])));
            });
        }
        assertThat(browser.findElement(By.id("page")).getText()).as("aggregates only").doesNotContain("OPS TEST").doesNotContain(seeded.ids().get(0));

        // the CSV: the page's button fetches it with the auditor's token and saves it; the file holds the same figures
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        browser.findElement(By.id("csv")).click();
        try {
            ConsoleBrowser.waitFor(browser, d -> "true".equals(d.findElement(By.id("csv")).getDomAttribute("data-done")));
        } catch (RuntimeException notSaved) {
            throw new AssertionError("the CSV was not fetched: " + ConsoleBrowser.message(browser), notSaved);
        }
        Path file = downloads.resolve("kyc-dashboard-" + seeded.from().toString().substring(0, 10) + "-"
                + seeded.to().toString().substring(0, 10) + ".csv");
        ConsoleBrowser.waitFor(browser, d -> Files.isRegularFile(file) && !Files.exists(Path.of(file + ".crdownload")));
        assertCsvHolds(Files.readString(file, StandardCharsets.UTF_8), seeded);
    }

    /** The CSV (section,group,metric,value) holds exactly the seeded figures: cases, rates, funnel, reasons, groups. */
    private static void assertCsvHolds(String csv, Seeded seeded) {
        Expected e = seeded.expected();
        assertThat(csv.lines().findFirst()).hasValue("section,group,metric,value");
        Map<String, String> cells = new HashMap<>();
        Map<String, Map<String, Map<String, String>>> sections = new TreeMap<>();
        csv.lines().skip(1).forEach(l -> {
            String[] c = l.split(",", -1);
            assertThat(c).as(l).hasSize(4);
            cells.put(c[0] + "|" + c[1] + "|" + c[2], c[3]);
            sections.computeIfAbsent(c[0], k -> new TreeMap<>()).computeIfAbsent(c[1], k -> new TreeMap<>()).put(c[2], c[3]);
        });
        assertThat(cells.get("period||from")).isEqualTo(seeded.from().toString());
        assertThat(cells.get("period||to")).isEqualTo(seeded.to().toString());
        Map<String, Long> cases = Map.of("total", e.total(), "approved", e.approved(), "rejected", e.rejected(), "review", e.review(),
                "open", e.open());
        cases.forEach((m, n) -> assertThat(Long.parseLong(cells.get("cases||" + m))).as(m).isEqualTo(n));
        assertThat(Double.parseDouble(cells.get("rates||passRate"))).isEqualTo(e.passRate());
        assertThat(Double.parseDouble(cells.get("rates||automaticShare"))).isEqualTo(e.automaticShare());
        assertThat(Double.parseDouble(cells.get("rates||manualShare"))).isEqualTo(e.manualShare());
        assertThat(Long.parseLong(cells.get("processingSeconds|endToEnd|count"))).isEqualTo(e.decided());
        Map<String, Map<String, String>> funnel = sections.get("funnel");
        assertThat(funnel).containsKeys("consent", "document", "liveness");
        funnel.forEach((step, m) -> {
            assertThat(Long.parseLong(m.get("shown"))).as(step).isEqualTo(e.funnel(step, "SHOWN"));
            assertThat(Long.parseLong(m.get("exited"))).as(step).isEqualTo(e.funnel(step, "EXIT"));
            assertThat(Long.parseLong(m.get("resumed"))).as(step).isEqualTo(e.funnel(step, "RESUME"));
            assertThat(Long.parseLong(m.get("failed"))).as(step).isEqualTo(e.funnel(step, "FAILED"));
        });
        Map<String, Long> reasons = new TreeMap<>();
        sections.getOrDefault("topReasons", Map.of()).forEach((code, m) -> reasons.put(code, Long.parseLong(m.get("count"))));
        assertThat(reasons).isEqualTo(e.reasons());
        for (String section : Expected.SECTIONS) {
            Map<String, Map<String, String>> groups = sections.getOrDefault(section, Map.of());
            assertThat(groups.keySet()).as(section).isEqualTo(e.groups().get(section).keySet());
            e.groups().get(section).forEach((group, n) -> {
                Map<String, String> m = groups.get(group);
                assertThat(new long[] {Long.parseLong(m.get("count")), Long.parseLong(m.get("rejected")), Long.parseLong(m.get("review"))})
                        .as(section + " " + group).containsExactly(n);
                assertThat(Double.parseDouble(m.get("failureRate"))).as(section + " " + group).isEqualTo(ratio(n[1], n[0]));
            });
        }
    }

    /** A dashboard table's rows: the code of each row (data-key of its first cell) → the texts of its other cells. */
    @SuppressWarnings("unchecked")
    private Map<String, List<String>> rows(String tableId) {
        return (Map<String, List<String>>) browser.executeScript("""
                const out = {};
                for (const tr of document.querySelectorAll('#' + arguments[0] + ' tbody tr')) {
                  const key = tr.querySelector('th [data-key]');
                  if (key) out[key.dataset.key] = [...tr.querySelectorAll('td')].map((td) => td.innerText.trim());
                }
                return out;""", tableId);
    }

    /** A count as the console shows it in English (Intl.NumberFormat). */
    private static String shownNumber(long n) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }

    /** A fraction as the console shows it in English (Intl.NumberFormat percent, at most one decimal, half up). */
    private static String shownPercent(double x) {
        DecimalFormat f = new DecimalFormat("#,##0.#%", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(x);
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

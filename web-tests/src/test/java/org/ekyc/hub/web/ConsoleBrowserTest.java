package org.ekyc.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ekyc.hub.web.ConsoleHubStub.StubCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff console (camel-routes/src/main/webapp/console, served at /kyc/console/) in headless Chromium: its own
 * sign-in code (authorization code with PKCE) against {@link ConsoleHubStub}'s identity provider, then the queue,
 * a case, the decisions with four eyes, the auditor's read-only view and the dashboard against the stub's seeded
 * cases. Screenshots at laptop size (1366×768) go to {@code target/screenshots/console-*.png}.
 */
class ConsoleBrowserTest {

    private static final Path CONSOLE = Path.of(System.getProperty("console.dir", "../camel-routes/src/main/webapp/console")).toAbsolutePath().normalize();
    private static final Path APP = CONSOLE.resolveSibling("app");
    private static final Path BUNDLES = CONSOLE.resolve("../../../../../ejb-verification-api/src/main/resources/org/ekyc/hub/verification/api").normalize();
    private static final Path SHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    private static final Path NO_CAMERA = Path.of("target/fake-camera/none.y4m");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConsoleHubStub hub;
    private final List<WebDriver> browsers = new ArrayList<>();

    @BeforeAll
    static void folders() throws Exception {
        Files.createDirectories(SHOTS);
    }

    @BeforeEach
    void hub() throws Exception {
        hub = new ConsoleHubStub(CONSOLE, APP, BUNDLES);
    }

    @AfterEach
    void close() {
        browsers.forEach(WebDriver::quit);
        hub.close();
    }

    @Test
    void aReviewerSeesTheQueueOnlyAndWorksACaseToADecision() throws Exception {
        ChromeDriver b = browser("en", 1366, 768);
        b.get(hub.base() + "/kyc/console/");
        ready(b, "signin");
        shot(b, "console-signin");
        signIn(b, "reviewer-1");
        ready(b, "queue");
        assertThat(b.findElement(By.id("staff-name")).getText()).isEqualTo("reviewer-1");
        assertThat(b.findElement(By.id("nav-queue")).isDisplayed()).isTrue();
        assertThat(b.findElement(By.id("nav-dashboard")).isDisplayed()).as("a reviewer has no dashboard").isFalse();
        assertThat(rows(b)).hasSize(20);
        assertThat(b.findElement(By.id("page-of")).getText()).isEqualTo("Page 1 of 2 · 24 cases");
        assertThat(b.findElement(By.cssSelector("#queue-table tbody tr")).getText()).as("overdue in words, not colour alone").contains("⚠ Overdue");
        shot(b, "console-queue");
        // keyboard: the skip link is the first stop and moves the focus to the page, the route stays
        String route = b.getCurrentUrl();
        assertThat(((JavascriptExecutor) b).executeScript("const first = document.querySelector("
                + "'a[href], button:not([hidden]), input, select, textarea, [tabindex]:not([tabindex=\"-1\"])'); first.focus(); return first.className"))
                .isEqualTo("skip");
        b.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(b.switchTo().activeElement().getDomAttribute("id")).isEqualTo("page");
        assertThat(b.getCurrentUrl()).isEqualTo(route);
        b.findElement(By.id("next-page")).click();
        waitFor(b, d -> d.findElement(By.id("page-of")).getText().startsWith("Page 2"));
        assertThat(rows(b)).hasSize(4);
        // the filters: standard cases only
        b.findElement(By.id("nav-queue")).click();
        ready(b, "queue");
        new Select(b.findElement(By.id("f-tier"))).selectByValue("STANDARD");
        b.findElement(By.id("apply")).click();
        waitFor(b, d -> d.getCurrentUrl().contains("tier=STANDARD") && "queue".equals(readyPage(d)));
        long standard = hub.cases().stream().filter(c -> c.waiting() && c.tier.equals("STANDARD")).count();
        assertThat(rows(b)).hasSize((int) standard).allSatisfy(r -> assertThat(r.getText()).contains("Standard"));
        WebElement first = rows(b).get(0);
        String caseId = first.getDomAttribute("data-case-id");
        first.findElement(By.cssSelector("button[data-action=claim]")).click();
        waitFor(b, d -> message(d).contains("Case " + caseId + " is now yours."));
        assertThat(hub.get(caseId).assignee).isEqualTo("reviewer-1");
        b.findElement(By.cssSelector("tr[data-case-id='" + caseId + "'] th a")).click();
        ready(b, "case");
        assertThat(b.findElement(By.id("compare-table")).getText()).contains("NGUYEN VAN AN").contains("MRZ");
        assertThat(b.findElements(By.id("four-eyes"))).isEmpty();
        shot(b, "console-case");
        fullShot(b, "console-case-full");
        decide(b, "APPROVED", "EVIDENCE_CONSISTENT", "documents consistent, name variant explained");
        waitFor(b, d -> message(d).contains("The case is approved."));
        assertThat(hub.get(caseId).status).isEqualTo("APPROVED");
        assertThat(hub.get(caseId).decidedBy).isEqualTo("reviewer-1");
        assertThat(b.findElements(By.id("decision-form"))).as("a decided case has no form").isEmpty();
        // the dashboard is not for a reviewer: the page says so and nothing is asked of the hub
        b.get(hub.base() + "/kyc/console/#/dashboard");
        ready(b, "forbidden");
        assertThat(hub.calls()).noneMatch(c -> c.contains("operations/"));
    }

    @Test
    void aSecondReviewerCompletesAFourEyesApprovalAndTheFirstCannotApproveTwice() throws Exception {
        ChromeDriver b = signedIn("reviewer-1", "en", 1366, 768, "");
        ready(b, "queue");
        b.findElement(By.id("next-case")).click();
        ready(b, "case");
        String caseId = b.getCurrentUrl().replaceAll(".*#/case/", "");
        StubCase c = hub.get(caseId);
        assertThat(c.tier).as("the oldest case is the ENHANCED one with a screening match").isEqualTo("ENHANCED");
        assertThat(c.assignee).isEqualTo("reviewer-1");
        // a match not marked: the hub refuses the approval and the page says why
        decide(b, "APPROVED", "EVIDENCE_CONSISTENT", null);
        waitFor(b, d -> d.findElement(By.id("decision-error")).getText().contains(hub.message("MATCHES_NOT_DISPOSED", "en")));
        WebElement match = b.findElement(By.cssSelector("form.disposition[data-match-id='M-1']"));
        match.findElement(By.cssSelector("input[value=NO_MATCH]")).click();
        match.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(b, d -> message(d).contains("NGUYEN VAN A marked as No match."));
        assertThat(c.matches.get(0).disposition).isEqualTo("NO_MATCH");
        decide(b, "APPROVED", "EVIDENCE_CONSISTENT", "grey-listed nationality, stay status checked");
        waitFor(b, d -> message(d).contains("Your approval is recorded: waiting for a second reviewer."));
        assertThat(b.findElement(By.id("four-eyes")).getText()).contains("Waiting for a second reviewer.")
                .contains("You gave the first approval: you cannot give the second.");
        assertThat(c.firstApprovalBy).isEqualTo("reviewer-1");
        assertThat(c.status).isEqualTo("REVIEW");
        shot(b, "console-case-four-eyes");
        // the same reviewer again: refused, with the hub's message
        decide(b, "APPROVED", "EVIDENCE_CONSISTENT", null);
        waitFor(b, d -> d.findElement(By.id("decision-error")).getText().contains(hub.message("SECOND_REVIEWER_REQUIRED", "en")));
        assertThat(c.status).isEqualTo("REVIEW");
        shot(b, "console-case-same-reviewer");
        signOut(b);
        // the senior reviewer sees the first approval in the queue and completes it
        signIn(b, "reviewer-2");
        ready(b, "queue");
        assertThat(b.findElement(By.cssSelector("tr[data-case-id='" + caseId + "']")).getText()).contains("1st approval: reviewer-1");
        b.findElement(By.cssSelector("tr[data-case-id='" + caseId + "'] th a")).click();
        ready(b, "case");
        assertThat(b.findElement(By.id("four-eyes")).getText()).contains("First approved by reviewer-1").doesNotContain("You gave");
        decide(b, "APPROVED", "EVIDENCE_CONSISTENT", "second approval");
        waitFor(b, d -> message(d).contains("The case is approved."));
        assertThat(c.status).isEqualTo("APPROVED");
        assertThat(c.decidedBy).isEqualTo("reviewer-2");
    }

    @Test
    void aMatchMarkedAsTheApplicantLeavesOnlyARejection() throws Exception {
        ChromeDriver b = signedIn("reviewer-1", "en", 1366, 768, "#/case/KYC-2026-01000");
        ready(b, "case");
        StubCase c = hub.get("KYC-2026-01000");
        // each match with its evidence and the list version it was found in
        assertThat(b.findElement(By.id("matches-table")).getText()).contains("NGUYEN VAN A").contains("OFAC-2026-11-28")
                .contains("List version").contains("Not marked");
        WebElement match = b.findElement(By.cssSelector("form.disposition[data-match-id='M-1']"));
        match.findElement(By.cssSelector("input[value=MATCH]")).click();
        match.findElement(By.cssSelector("input[name=note]")).sendKeys("same birth date and nationality");
        match.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(b, d -> message(d).contains("NGUYEN VAN A marked as Match."));
        assertThat(hub.calls()).contains("reviewer-1 POST review/cases/KYC-2026-01000/matches/M-1/disposition");
        assertThat(c.matches.get(0).disposition).isEqualTo("MATCH");
        assertThat(b.findElement(By.id("matches-table")).getText()).contains("Match (reviewer-1");
        // the approval is refused with the hub's words; the rejection with a reject reason goes through
        decide(b, "APPROVED", "EVIDENCE_CONSISTENT", null);
        waitFor(b, d -> d.findElement(By.id("decision-error")).getText().contains(hub.message("SCREENING_MATCH_CONFIRMED", "en")));
        assertThat(c.status).isEqualTo("REVIEW");
        shot(b, "console-case-match-confirmed");
        decide(b, "REJECTED", "SANCTIONS_CONFIRMED", "listed person");
        waitFor(b, d -> message(d).contains("The case is rejected."));
        assertThat(c.status).isEqualTo("REJECTED");
    }

    @Test
    void aReviewerAsksTheCustomerForAnotherDocumentAndTheCaseWaitsOutOfTheQueue() throws Exception {
        ChromeDriver b = signedIn("reviewer-1", "en", 1366, 768, "#/case/KYC-2026-01001");
        ready(b, "case");
        StubCase c = hub.get("KYC-2026-01001");
        assertThat(c.status).isEqualTo("REVIEW");
        // asking for more offers only the reasons that re-open a step; rejecting only the reject reasons
        b.findElement(By.id("outcome-MORE_INFO")).click();
        assertThat(new Select(b.findElement(By.id("reason"))).getOptions()).extracting(o -> o.getDomAttribute("value"))
                .containsExactly("", "DOCUMENT_PHOTO_UNCLEAR", "DOCUMENT_EXPIRED", "SELFIE_UNCLEAR");
        b.findElement(By.id("outcome-REJECTED")).click();
        assertThat(new Select(b.findElement(By.id("reason"))).getOptions()).extracting(o -> o.getDomAttribute("value"))
                .containsExactly("", "DOCUMENT_NOT_GENUINE", "SANCTIONS_CONFIRMED", "IDENTITY_NOT_CONFIRMED", "FACE_NOT_THE_APPLICANT");
        decide(b, "MORE_INFO", "DOCUMENT_PHOTO_UNCLEAR", "glare on the photo page");
        waitFor(b, d -> message(d).contains("The customer is asked for more; only the failed step is re-opened."));
        assertThat(c.status).isEqualTo("RETRY");
        assertThat(b.findElement(By.id("more-info")).getText()).contains("Waiting for the customer to repeat the document step.")
                .contains("reviewer-1").contains("Document photo unclear");
        assertThat(b.findElements(By.cssSelector("button[data-action=claim]"))).as("a case waiting for the customer is not claimed").isEmpty();
        shot(b, "console-case-more-info");
        b.findElement(By.id("nav-queue")).click();
        ready(b, "queue");
        assertThat(b.findElements(By.cssSelector("tr[data-case-id='KYC-2026-01001']"))).as("waiting for the customer").isEmpty();
    }

    @Test
    void anAuditorReadsEverythingButHasNoDecisionControls() throws Exception {
        ChromeDriver b = signedIn("auditor", "en", 1366, 768, "");
        ready(b, "queue");
        assertThat(b.findElement(By.id("nav-dashboard")).isDisplayed()).isTrue();
        assertThat(b.findElements(By.id("next-case"))).isEmpty();
        assertThat(b.findElements(By.cssSelector("button[data-action]"))).as("no claim or release").isEmpty();
        assertThat(b.findElement(By.id("read-only")).getText()).contains("Read only");
        String caseId = rows(b).get(0).getDomAttribute("data-case-id");
        b.findElement(By.cssSelector("tr[data-case-id='" + caseId + "'] th a")).click();
        ready(b, "case");
        assertThat(b.findElement(By.id("evidence")).getText()).contains("NGUYEN VAN AN");
        assertThat(b.findElement(By.id("matches-table")).getText()).contains("NGUYEN VAN A").contains("Not marked");
        assertThat(b.findElement(By.id("history-table")).getText()).contains("CASE_VIEWED").contains("auditor");
        // #19 the face outcome with the thresholds the hub recorded and the liveness score, never an image
        assertThat(b.findElement(By.id("face")).getText()).contains("0.82 (threshold 0.6, review from 0.4)")
                .contains("At or above").contains("PASSED (0.97)");
        assertThat(b.findElements(By.cssSelector("#face img"))).isEmpty();
        assertThat(b.findElements(By.id("decision-form"))).isEmpty();
        assertThat(b.findElements(By.cssSelector("form.disposition"))).isEmpty();
        shot(b, "console-case-auditor");
        // the hub refuses the auditor even when the page is bypassed
        Object status = ((JavascriptExecutor) b).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = JSON.parse(sessionStorage.getItem('kyc.console.tokens')).access;
                fetch('../api/v1/cases/' + arguments[0] + '/decision', {method: 'POST', headers: {Authorization: 'Bearer ' + token,
                  'Content-Type': 'application/json'}, body: JSON.stringify({decision: 'APPROVED', reasonCode: 'EVIDENCE_CONSISTENT'})})
                  .then(r => done(r.status));""", caseId);
        assertThat(((Number) status).intValue()).isEqualTo(403);
        assertThat(hub.get(caseId).status).isEqualTo("REVIEW");
    }

    @Test
    void anAdministratorSeesOnlyTheDashboardWhoseNumbersAreTheSeededCounts() throws Exception {
        ChromeDriver b = browser("en", 1366, 768);
        Path downloads = Files.createDirectories(Path.of("target/console-downloads")).toAbsolutePath();
        try (var old = Files.list(downloads)) {
            for (Path f : old.toList()) {
                Files.delete(f);
            }
        }
        b.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        b.get(hub.base() + "/kyc/console/");
        signIn(b, "admin");
        ready(b, "dashboard");
        assertThat(b.findElement(By.id("nav-queue")).isDisplayed()).as("no personal data for an administrator").isFalse();
        List<StubCase> seeded = hub.cases();
        assertThat(figure(b, "total")).isEqualTo(seeded.size());
        assertThat(figure(b, "approved")).isEqualTo(count(seeded, "APPROVED"));
        assertThat(figure(b, "rejected")).isEqualTo(count(seeded, "REJECTED"));
        assertThat(figure(b, "review")).isEqualTo(count(seeded, "REVIEW"));
        assertThat(figure(b, "open")).isEqualTo(count(seeded, "IN_PROGRESS"));
        long decided = count(seeded, "APPROVED") + count(seeded, "REJECTED");
        assertThat(b.findElement(By.id("fig-pass")).getText()).contains(percent((double) count(seeded, "APPROVED") / decided));
        Map<String, List<StubCase>> byNationality = seeded.stream().collect(Collectors.groupingBy(c -> c.nationality));
        for (var e : byNationality.entrySet()) {
            WebElement row = b.findElement(By.xpath("//table[@id='nationality-table']//tr[th='" + e.getKey() + "']"));
            List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            assertThat(cells.get(0)).as(e.getKey()).isEqualTo(String.valueOf(e.getValue().size()));
            assertThat(cells.get(1)).as(e.getKey()).isEqualTo(String.valueOf(count(e.getValue(), "REJECTED")));
            assertThat(cells.get(2)).as(e.getKey()).isEqualTo(String.valueOf(count(e.getValue(), "REVIEW")));
        }
        Map<String, Long> byAge = seeded.stream().collect(Collectors.groupingBy(StubCase::ageBand, Collectors.counting()));
        for (var e : byAge.entrySet()) {
            assertThat(b.findElement(By.xpath("//table[@id='age-table']//tr[th='" + e.getKey() + "']/td[1]")).getText())
                    .as(e.getKey()).isEqualTo(String.valueOf(e.getValue()));
        }
        Map<String, Long> reasons = seeded.stream().flatMap(c -> c.reasons.stream()).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        for (var e : reasons.entrySet()) {
            assertThat(b.findElement(By.xpath("//table[@id='reasons-table']//tr[th/code='" + e.getKey() + "']/td[1]")).getText())
                    .as(e.getKey()).isEqualTo(String.valueOf(e.getValue()));
        }
        waitFor(b, d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.Chart && ['chart-outcomes','chart-funnel','chart-reasons'].every(id => !!Chart.getChart(document.getElementById(id)))")));
        shot(b, "console-dashboard");
        fullShot(b, "console-dashboard-full");
        // the CSV, fetched with the token, is the hub's for the same period
        b.findElement(By.id("csv")).click();
        waitFor(b, d -> "true".equals(d.findElement(By.id("csv")).getDomAttribute("data-done")));
        Path file = waitForFile(downloads);
        assertThat(file.getFileName().toString()).matches("kyc-dashboard-\\d{4}-\\d{2}-\\d{2}-\\d{4}-\\d{2}-\\d{2}\\.csv");
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).contains("cases,,total," + seeded.size() + "\n").contains("cases,,rejected," + count(seeded, "REJECTED") + "\n");
        Instant to = Instant.parse(file.getFileName().toString().substring(25, 35) + "T00:00:00Z").plus(Duration.ofDays(1));
        Instant from = Instant.parse(file.getFileName().toString().substring(14, 24) + "T00:00:00Z");
        assertThat(csv).isEqualTo(hub.csv(from, to));
        assertThat(hub.calls()).contains("admin GET operations/dashboard.csv").noneMatch(c -> c.contains(" review/"));
        // the queue is not for an administrator
        b.get(hub.base() + "/kyc/console/#/queue");
        ready(b, "forbidden");
        shot(b, "console-forbidden");
    }

    @Test
    void theSeniorReviewerSeesTheQueueAndTheDashboardAndAShorterPeriodCountsFewerCases() throws Exception {
        ChromeDriver b = signedIn("reviewer-2", "en", 1366, 768, "#/dashboard");
        ready(b, "dashboard");
        assertThat(b.findElement(By.id("nav-queue")).isDisplayed()).isTrue();
        assertThat(b.findElement(By.id("nav-dashboard")).getDomAttribute("aria-current")).isEqualTo("page");
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String from = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(2).toString();
        b.get(hub.base() + "/kyc/console/#/dashboard?from=" + from + "&to=" + today);
        waitFor(b, d -> "dashboard".equals(readyPage(d)) && d.findElement(By.id("from")).getDomProperty("value").equals(from));
        assertThat(figure(b, "total")).isEqualTo(hub.inPeriod(Instant.parse(from + "T00:00:00Z"), Instant.parse(today + "T00:00:00Z").plus(Duration.ofDays(1))).size())
                .isLessThan(hub.cases().size());
        // a period down to the millisecond (the integration test's seeded period): exactly the API's [from, to)
        Instant exactTo = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Instant exactFrom = exactTo.minus(Duration.ofHours(30)).plusMillis(123);
        b.get(hub.base() + "/kyc/console/#/dashboard?from=" + exactFrom + "&to=" + exactTo);
        waitFor(b, d -> "dashboard".equals(readyPage(d)) && !d.findElements(By.id("period-exact")).isEmpty());
        assertThat(b.findElement(By.id("period-exact")).getText()).contains(exactFrom.toString()).contains(exactTo.toString());
        assertThat(b.findElement(By.id("from")).getDomProperty("value")).isEqualTo(exactFrom.toString().substring(0, 10));
        assertThat(figure(b, "total")).isEqualTo(hub.inPeriod(exactFrom, exactTo).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ko", "en", "zh", "vi"})
    void eachLanguageRenders(String lang) throws Exception {
        JsonNode text = JSON.readTree(CONSOLE.resolve("i18n/" + lang + ".json").toFile());
        ChromeDriver b = browser(lang, 1366, 768);
        b.get(hub.base() + "/kyc/console/");
        ready(b, "signin");
        assertThat(b.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(lang);
        assertThat(b.findElement(By.cssSelector("main h2")).getText()).isEqualTo(text.get("signin.title").asText());
        signIn(b, "reviewer-2");
        ready(b, "queue");
        assertThat(b.findElement(By.cssSelector("main h2")).getText()).isEqualTo(text.get("queue.title").asText());
        assertThat(b.findElement(By.id("next-case")).getText()).isEqualTo(text.get("queue.next").asText());
        assertThat(b.findElement(By.tagName("body")).getText()).as("no key shown instead of a text").doesNotContainPattern("\\b(queue|case|dash|filter)\\.[a-zA-Z]+");
        shot(b, "console-" + lang + "-queue");
        b.findElement(By.id("nav-dashboard")).click();
        ready(b, "dashboard");
        assertThat(b.findElement(By.cssSelector("main h2")).getText()).isEqualTo(text.get("dash.title").asText());
        shot(b, "console-" + lang + "-dashboard");
        // switchable at any time: the page redraws in the language chosen
        String other = lang.equals("en") ? "ko" : "en";
        new Select(b.findElement(By.id("lang"))).selectByValue(other);
        JsonNode otherText = JSON.readTree(CONSOLE.resolve("i18n/" + other + ".json").toFile());
        waitFor(b, d -> d.findElement(By.cssSelector("main h2")).getText().equals(otherText.get("dash.title").asText()));
        assertThat(b.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(other);
    }

    @Test
    void theQueueAndACaseAreUsableOnATablet() throws Exception {
        ChromeDriver b = signedIn("reviewer-2", "en", 768, 1024, "");
        ready(b, "queue");
        shot(b, "console-tablet-queue");
        rows(b).get(1).findElement(By.cssSelector("th a")).click();
        ready(b, "case");
        Number overflow = (Number) ((JavascriptExecutor) b).executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow.intValue()).as("no sideways scrolling of the page").isLessThanOrEqualTo(0);
        shot(b, "console-tablet-case");
    }

    // ---- helpers ----

    /** A browser at the console's address, signed in as {@code user} through the console's own sign-in. */
    private ChromeDriver signedIn(String user, String lang, int width, int height, String route) {
        ChromeDriver b = browser(lang, width, height);
        b.get(hub.base() + "/kyc/console/" + route);
        signIn(b, user);
        return b;
    }

    private ChromeDriver browser(String lang, int width, int height) {
        ChromeDriver b = HeadlessChromium.start(NO_CAMERA, lang, width, height);
        browsers.add(b);
        return b;
    }

    /** The console's own sign-in: its button, the provider's page, back with a code exchanged with the verifier. */
    private void signIn(ChromeDriver b, String user) {
        ready(b, "signin");
        b.findElement(By.id("sign-in")).click();
        waitFor(b, d -> !d.findElements(By.id("username")).isEmpty());
        assertThat(b.getCurrentUrl()).startsWith(hub.issuer()).contains("code_challenge_method=S256").contains("client_id=staff-console");
        b.findElement(By.id("username")).sendKeys(user);
        b.findElement(By.id("kc-login")).click();
        waitFor(b, d -> d.getCurrentUrl().startsWith(hub.base()) && readyPage(d) != null && !"signin".equals(readyPage(d)));
        assertThat(b.getCurrentUrl()).as("the code leaves the address bar").doesNotContain("code=");
        assertThat((String) ((JavascriptExecutor) b).executeScript("return localStorage.length + ':' + document.cookie")).isEqualTo("0:");
    }

    private void signOut(ChromeDriver b) {
        b.findElement(By.id("sign-out")).click();
        waitFor(b, d -> "signin".equals(readyPage(d)));
        assertThat(((JavascriptExecutor) b).executeScript("return sessionStorage.getItem('kyc.console.tokens')")).isNull();
    }

    private static void decide(WebDriver b, String outcome, String reason, String note) {
        b.findElement(By.id("outcome-" + outcome)).click();
        new Select(b.findElement(By.id("reason"))).selectByValue(reason);
        WebElement n = b.findElement(By.id("note"));
        n.clear();
        if (note != null) {
            n.sendKeys(note);
        }
        b.findElement(By.id("decide")).click();
    }

    private static List<WebElement> rows(WebDriver b) {
        return b.findElements(By.cssSelector("#queue-table tbody tr[data-case-id]"));
    }

    private static String readyPage(WebDriver d) {
        List<WebElement> main = d.findElements(By.id("page"));
        return main.isEmpty() ? null : main.get(0).getDomAttribute("data-ready");
    }

    private static void ready(WebDriver b, String page) {
        try {
            waitFor(b, d -> page.equals(readyPage(d)));
        } catch (RuntimeException e) {
            throw new AssertionError("expected page " + page + " but was " + readyPage(b) + " at " + b.getCurrentUrl() + ": "
                    + b.findElement(By.tagName("body")).getText(), e);
        }
    }

    private static String message(WebDriver d) {
        return d.findElements(By.cssSelector("#page .message")).stream().map(WebElement::getText).collect(Collectors.joining(" | "));
    }

    private static int figure(WebDriver b, String id) {
        return Integer.parseInt(b.findElement(By.cssSelector("#fig-" + id + " .figure-value")).getDomAttribute("data-value"));
    }

    private static long count(List<StubCase> cases, String status) {
        return cases.stream().filter(c -> c.status.equals(status)).count();
    }

    private static String percent(double x) {
        return new java.text.DecimalFormat("0.#").format(x * 100) + "%";
    }

    private static Path waitForFile(Path dir) throws Exception {
        for (int i = 0; i < 50; i++) {
            try (var files = Files.list(dir)) {
                List<Path> done = files.filter(f -> f.toString().endsWith(".csv")).toList();
                if (!done.isEmpty()) {
                    return done.get(0);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no CSV downloaded into " + dir);
    }

    private static void waitFor(WebDriver d, Function<WebDriver, Boolean> condition) {
        // the page re-renders after each answer: an element read while it is replaced is read again
        new WebDriverWait(d, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /** The whole page, beyond the laptop's viewport (Chromium's own capture). */
    private static void fullShot(ChromeDriver b, String name) throws Exception {
        Map<String, Object> shot = b.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        Files.write(SHOTS.resolve(name + ".png"), java.util.Base64.getDecoder().decode((String) shot.get("data")));
    }

    private static void shot(ChromeDriver b, String name) throws Exception {
        Files.copy(b.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}

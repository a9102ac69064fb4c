package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ekyc.hub.web.FakeCamera;
import org.ekyc.hub.web.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff console (/kyc/console/) in headless Chromium against the deployed hub and the real identity provider:
 * staff sign in on Keycloak's own login page (authorization code with PKCE, client {@code staff-console}), and what
 * they do on the pages is what the hub records. An ENHANCED case (NGUYEN VAN AN, with his passport, a video
 * interview and source-of-funds evidence recorded) is approved by reviewer-1 — the first approval of four eyes —,
 * reviewer-1 cannot give the second, reviewer-2 (senior) completes it; the auditor reads the case without any
 * decision control; the administrator sees the dashboard and no queue.
 */
class ConsoleIT extends HubDeployments {

    private static final Path SHOTS = Path.of("target/screenshots");
    private static final Path NO_CAMERA = Path.of("target/fake-camera/console.y4m");

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void twoReviewersApproveAnEnhancedCaseInTheConsoleAndTheAuditorAndTheAdministratorSeeOnlyTheirPages() throws Exception {
        String caseId = ReviewSteps.caseWithEvidence("CONSOLE-IT-" + System.nanoTime());

        browser = signedIn("reviewer-1", "dev-only-reviewer-1", "#/case/" + caseId);
        ready(browser, "case");
        assertThat(browser.findElement(By.id("compare-table")).getText()).contains("NGUYEN");
        shot(browser, "console-it-case");
        for (WebElement match : browser.findElements(By.cssSelector("form.disposition"))) {
            match.findElement(By.cssSelector("input[value=NO_MATCH]")).click();
            match.findElement(By.cssSelector("button[type=submit]")).click();
            waitFor(browser, d -> d.findElement(By.id("page")).getDomAttribute("data-ready") != null);
        }
        decide(browser, "APPROVED", "video interview and source of funds seen");
        waitFor(browser, d -> message(d).contains("waiting for a second reviewer"));
        JsonNode afterFirst = json(get(As.AUDITOR, "/kyc/api/v1/cases/" + caseId));
        assertThat(afterFirst.get("status").asText()).isNotIn("APPROVED", "REJECTED");
        assertThat(afterFirst.get("decision").get("review").get("firstApprovedBy").asText()).isEqualTo("reviewer-1");
        decide(browser, "APPROVED", null);
        waitFor(browser, d -> !d.findElement(By.id("decision-error")).getText().isBlank());
        assertThat(json(get(As.AUDITOR, "/kyc/api/v1/cases/" + caseId)).get("status").asText()).isNotIn("APPROVED");
        signOut(browser);

        signIn(browser, "reviewer-2", "dev-only-reviewer-2");
        browser.get(BASE.resolve("/kyc/console/#/case/" + caseId).toString());
        ready(browser, "case");
        assertThat(browser.findElement(By.id("four-eyes")).getText()).contains("reviewer-1");
        decide(browser, "APPROVED", "second approval");
        waitFor(browser, d -> message(d).contains("approved"));
        JsonNode decided = json(get(As.AUDITOR, "/kyc/api/v1/cases/" + caseId));
        assertThat(decided.get("status").asText()).isEqualTo("APPROVED");
        assertThat(decided.get("decision").get("decidedBy").asText()).isEqualTo("reviewer-2");
        signOut(browser);

        signIn(browser, "auditor", "dev-only-auditor");
        browser.get(BASE.resolve("/kyc/console/#/case/" + caseId).toString());
        ready(browser, "case");
        assertThat(browser.findElements(By.id("decision-form"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("form.disposition"))).isEmpty();
        assertThat(browser.findElement(By.id("history-table")).getText()).contains("reviewer-2");
        shot(browser, "console-it-auditor");
        signOut(browser);

        signIn(browser, "admin", "dev-only-admin");
        browser.get(BASE.resolve("/kyc/console/#/dashboard").toString());
        ready(browser, "dashboard");
        assertThat(browser.findElement(By.id("nav-queue")).isDisplayed()).as("no personal data for an administrator").isFalse();
        assertThat(browser.findElement(By.id("fig-pass")).getText()).isNotBlank();
        shot(browser, "console-it-dashboard");
    }

    /** A browser at the console's address (with {@code route}), signed in as {@code user} on Keycloak's page. */
    private static ChromeDriver signedIn(String user, String password, String route) throws Exception {
        ChromeDriver b = HeadlessChromium.start(FakeCamera.write(NO_CAMERA,
                List.of(new FakeCamera.Scene(new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB), 2))), "en", 1366, 768);
        b.get(BASE.resolve("/kyc/console/" + route).toString());
        signIn(b, user, password);
        return b;
    }

    private static void signIn(ChromeDriver b, String user, String password) {
        ready(b, "signin");
        b.findElement(By.id("sign-in")).click();
        waitFor(b, d -> !d.findElements(By.id("username")).isEmpty());
        assertThat(b.getCurrentUrl()).contains("/realms/kyc/").contains("code_challenge_method=S256");
        b.findElement(By.id("username")).sendKeys(user);
        b.findElement(By.id("password")).sendKeys(password);
        b.findElement(By.id("kc-login")).click();
        waitFor(b, d -> d.getCurrentUrl().startsWith(BASE.toString()) && page(d) != null && !"signin".equals(page(d)));
        assertThat(b.findElement(By.id("staff-name")).getText()).isEqualTo(user);
        assertThat((String) ((JavascriptExecutor) b).executeScript("return localStorage.length + ':' + document.cookie")).isEqualTo("0:");
    }

    private static void signOut(ChromeDriver b) {
        b.findElement(By.id("sign-out")).click();
        waitFor(b, d -> d.getCurrentUrl().startsWith(BASE.toString()) && "signin".equals(page(d)));
    }

    /** The outcome, the first reason the hub lists for it, and a private note. */
    private static void decide(WebDriver b, String outcome, String note) {
        b.findElement(By.id("outcome-" + outcome)).click();
        Select reason = new Select(b.findElement(By.id("reason")));
        reason.getOptions().stream().filter(o -> !o.getDomAttribute("value").isBlank()).findFirst()
                .ifPresent(o -> reason.selectByValue(o.getDomAttribute("value")));
        WebElement n = b.findElement(By.id("note"));
        n.clear();
        if (note != null) {
            n.sendKeys(note);
        }
        b.findElement(By.id("decide")).click();
    }

    private static String page(WebDriver d) {
        List<WebElement> main = d.findElements(By.id("page"));
        return main.isEmpty() ? null : main.get(0).getDomAttribute("data-ready");
    }

    private static void ready(WebDriver b, String name) {
        try {
            waitFor(b, d -> name.equals(page(d)));
        } catch (RuntimeException e) {
            throw new AssertionError("expected page " + name + " but was " + page(b) + " at " + b.getCurrentUrl() + ": "
                    + b.findElement(By.tagName("body")).getText(), e);
        }
    }

    private static String message(WebDriver d) {
        return d.findElements(By.cssSelector("#page .message")).stream().map(WebElement::getText).collect(Collectors.joining(" | "));
    }

    private static void waitFor(WebDriver d, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(d, Duration.ofSeconds(30)).until(condition::apply);
    }

    private static void shot(ChromeDriver b, String name) throws Exception {
        Files.createDirectories(SHOTS);
        Files.copy(b.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}

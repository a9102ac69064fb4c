package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ekyc.hub.it.ConsoleBrowser.message;
import static org.ekyc.hub.it.ConsoleBrowser.ready;
import static org.ekyc.hub.it.ConsoleBrowser.shot;
import static org.ekyc.hub.it.ConsoleBrowser.signIn;
import static org.ekyc.hub.it.ConsoleBrowser.signOut;
import static org.ekyc.hub.it.ConsoleBrowser.signedIn;
import static org.ekyc.hub.it.ConsoleBrowser.waitFor;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The staff console (/kyc/console/) in headless Chromium against the deployed hub and the real identity provider:
 * staff sign in on Keycloak's own login page (authorization code with PKCE, client {@code staff-console}), and what
 * they do on the pages is what the hub records. An ENHANCED case (NGUYEN VAN AN, with his passport, a video
 * interview and source-of-funds evidence recorded) is approved by reviewer-1 — the first approval of four eyes —,
 * reviewer-1 cannot give the second, reviewer-2 (senior) completes it; the auditor reads the case without any
 * decision control; the administrator sees the dashboard and no queue. The browser steps: {@link ConsoleBrowser}.
 */
class ConsoleIT extends HubDeployments {

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
}

package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ekyc.hub.web.FakeCamera;
import org.ekyc.hub.web.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff console (/kyc/console/) in headless Chromium against the deployed hub, for the ITs that drive it
 * ({@link ConsoleIT}, {@link OperationsDashboardIT}): staff sign in on Keycloak's own login page (authorization code
 * with PKCE, client {@code staff-console}); a page is ready when {@code #page} carries its name in
 * {@code data-ready}; screenshots at laptop size go to {@code target/screenshots}. Every wait is a condition with a
 * 30 s ceiling, never a timed assertion.
 */
final class ConsoleBrowser {

    static final Path SHOTS = Path.of("target/screenshots");
    private static final Path NO_CAMERA = Path.of("target/fake-camera/console.y4m");

    private ConsoleBrowser() {
    }

    /** A browser at the console's address (with {@code route}), signed in as {@code user} on Keycloak's page. */
    static ChromeDriver signedIn(String user, String password, String route) throws Exception {
        ChromeDriver b = HeadlessChromium.start(FakeCamera.write(NO_CAMERA,
                List.of(new FakeCamera.Scene(new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB), 2))), "en", 1366, 768);
        b.get(HubDeployments.BASE.resolve("/kyc/console/" + route).toString());
        signIn(b, user, password);
        return b;
    }

    static void signIn(ChromeDriver b, String user, String password) {
        ready(b, "signin");
        b.findElement(By.id("sign-in")).click();
        waitFor(b, d -> !d.findElements(By.id("username")).isEmpty());
        assertThat(b.getCurrentUrl()).contains("/realms/kyc/").contains("code_challenge_method=S256");
        b.findElement(By.id("username")).sendKeys(user);
        b.findElement(By.id("password")).sendKeys(password);
        b.findElement(By.id("kc-login")).click();
        waitFor(b, d -> d.getCurrentUrl().startsWith(HubDeployments.BASE.toString()) && page(d) != null && !"signin".equals(page(d)));
        assertThat(b.findElement(By.id("staff-name")).getText()).isEqualTo(user);
        assertThat((String) ((JavascriptExecutor) b).executeScript("return localStorage.length + ':' + document.cookie")).isEqualTo("0:");
    }

    static void signOut(ChromeDriver b) {
        b.findElement(By.id("sign-out")).click();
        waitFor(b, d -> d.getCurrentUrl().startsWith(HubDeployments.BASE.toString()) && "signin".equals(page(d)));
    }

    /** The name of the page the console has finished drawing (null while none). */
    static String page(WebDriver d) {
        List<WebElement> main = d.findElements(By.id("page"));
        return main.isEmpty() ? null : main.get(0).getDomAttribute("data-ready");
    }

    static void ready(WebDriver b, String name) {
        try {
            waitFor(b, d -> name.equals(page(d)));
        } catch (RuntimeException e) {
            throw new AssertionError("expected page " + name + " but was " + page(b) + " at " + b.getCurrentUrl() + ": "
                    + b.findElement(By.tagName("body")).getText(), e);
        }
    }

    static String message(WebDriver d) {
        return d.findElements(By.cssSelector("#page .message")).stream().map(WebElement::getText).collect(Collectors.joining(" | "));
    }

    /** Until {@code condition} holds (30 s at most); an element read while the page redraws it is read again. */
    static void waitFor(WebDriver d, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(d, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    /** The whole page, beyond the laptop's viewport (Chromium's own capture). */
    static void fullShot(ChromeDriver b, String name) throws Exception {
        Files.createDirectories(SHOTS);
        Map<String, Object> shot = b.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        Files.write(SHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }

    static void shot(ChromeDriver b, String name) throws Exception {
        Files.createDirectories(SHOTS);
        Files.copy(b.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}

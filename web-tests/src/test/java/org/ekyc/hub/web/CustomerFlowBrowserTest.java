package org.ekyc.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The customer's capture flow in headless Chromium: the real page, its camera code (Chromium's fake camera
 * playing a video of a synthetic document) and its calls, against {@link CaptureHubStub}. Screenshots of each
 * screen go to {@code target/screenshots/} (phone 375×812, desktop 1366×768).
 */
class CustomerFlowBrowserTest {

    private static final Path WEBAPP = Path.of(System.getProperty("webapp.dir", "../camel-routes/src/main/webapp/app")).toAbsolutePath().normalize();
    private static final Path BUNDLES = WEBAPP.resolve("../../../../../ejb-verification-api/src/main/resources/org/ekyc/hub/verification/api").normalize();
    private static final Path SHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path sharpVideo;
    private static Path blurredVideo;

    private CaptureHubStub hub;
    private final List<WebDriver> browsers = new ArrayList<>();

    @BeforeAll
    static void videos() throws Exception {
        Path dir = Path.of("target/fake-camera");
        BufferedImage document = TestScenes.passport();
        sharpVideo = FakeCamera.write(dir.resolve("document.y4m"), List.of(new FakeCamera.Scene(document, 20)));
        blurredVideo = FakeCamera.write(dir.resolve("document-blurred.y4m"), List.of(new FakeCamera.Scene(TestScenes.blurred(document), 20)));
        Files.createDirectories(SHOTS);
    }

    @BeforeEach
    void hub() throws Exception {
        hub = new CaptureHubStub(WEBAPP, BUNDLES);
    }

    @AfterEach
    void close() {
        browsers.forEach(WebDriver::quit);
        hub.close();
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({"ko,375,812", "en,375,812", "en,1366,768", "zh,375,812", "vi,375,812", "vi,1366,768"})
    void theHappyPathReachesTheEndInEachLanguage(String lang, int width, int height) throws Exception {
        JsonNode text = texts(lang);
        String label = lang + "-" + width;
        ChromeDriver b = opened(sharpVideo, lang, width, height);
        screen(b, "welcome");
        assertThat(b.getCurrentUrl()).as("the token leaves the address bar").doesNotContain(CaptureHubStub.TOKEN);
        assertThat(b.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(lang);
        assertThat(heading(b)).isEqualTo(text.get("welcome.title").asText());
        shot(b, label, "1-welcome");
        b.findElement(By.id("start")).click();
        screen(b, "consent");
        assertThat(b.findElement(By.tagName("main")).getText()).contains("30").contains("5");
        shot(b, label, "2-consent");
        b.findElement(By.id("consent-check")).click();
        b.findElement(By.id("agree")).click();
        screen(b, "document-type");
        shot(b, label, "3-document-type");
        b.findElement(By.id("next")).click();
        screen(b, "document-front");
        waitFor(b, 20, d -> "hold".equals(d.findElement(By.id("doc-state")).getDomAttribute("data-state"))
                || "captured".equals(d.findElement(By.id("doc-state")).getDomAttribute("data-state"))
                || "confirm".equals(screenName(d)));
        shot(b, label, "4-document-camera");
        screen(b, "confirm");
        assertThat(b.findElement(By.tagName("main")).getDomAttribute("data-captured")).as("taken by itself").isEqualTo("auto");
        assertThat(b.findElement(By.id("field-surname")).getDomProperty("value")).isEqualTo("NGUYEN");
        shot(b, label, "5-confirm");
        b.findElement(By.id("fields-ok")).click();
        screen(b, "liveness");
        waitFor(b, 10, d -> d.findElement(By.id("live-start")).isEnabled());
        b.findElement(By.id("live-start")).click();
        waitFor(b, 10, d -> "live.TURN_LEFT".equals(d.findElement(By.id("prompt")).getDomAttribute("data-action")));
        assertThat(b.findElement(By.id("prompt")).getText()).contains(text.get("live.TURN_LEFT").asText());
        shot(b, label, "6-liveness");
        screen(b, "done", 30);
        assertThat(heading(b)).isEqualTo(text.get("done.title").asText());
        shot(b, label, "7-done");
        assertThat(hub.calls()).containsSubsequence("GET case", "POST consent", "POST document", "GET liveness/challenge", "POST selfie");
        assertThat(hub.captureMode).as("taken with the camera").isEqualTo("CAMERA");
        assertThat(hub.calls()).as("confirmed unchanged: no corrections").doesNotContain("POST document/corrections");
        // #18 the funnel: each step reported once as it was shown, in order, with the language and the device class
        waitFor(b, 10, d -> shown(hub.events()).size() >= 4);
        assertThat(shown(hub.events())).extracting(e -> e.path("step").asText())
                .containsExactly("consent", "document", "liveness", "done");
        assertThat(shown(hub.events())).allSatisfy(e -> {
            assertThat(e.path("language").asText()).isEqualTo(lang);
            assertThat(e.path("deviceClass").asText()).isEqualTo(width < 600 ? "PHONE" : "DESKTOP");
            assertThat(e.path("reason").isNull()).isTrue();
        });
        assertThat(hub.events()).as("nothing failed").noneMatch(e -> e.path("event").asText().equals("FAILED"));
        Files.writeString(SHOTS.resolve("timings.txt"), String.format("%s: document camera to confirm %.0f ms, liveness to done %.0f ms%n",
                label, between(b, "document-front", "confirm"), between(b, "liveness", "done")),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    @Test
    void theFirstPageIsLightAndInteractiveQuickly() throws Exception {
        ChromeDriver b = opened(sharpVideo, "en", 375, 812);
        screen(b, "welcome");
        Number bytes = (Number) ((JavascriptExecutor) b).executeScript("return performance.getEntriesByType('navigation')"
                + ".concat(performance.getEntriesByType('resource')).reduce((n, e) => n + e.decodedBodySize, 0)");
        Number files = (Number) ((JavascriptExecutor) b).executeScript("return performance.getEntriesByType('resource').length + 1");
        double interactive = mark(b, "welcome");
        Files.writeString(SHOTS.resolve("first-page.txt"), String.format("first page: %d files, %d bytes (uncompressed), "
                + "welcome screen interactive at %.0f ms after navigation start%n", files.intValue(), bytes.longValue(), interactive));
        assertThat(bytes.longValue()).as("page weight").isLessThan(150_000);
        assertThat(interactive).as("ms to the first screen").isLessThan(5_000);
    }

    @Test
    void aBlurredDocumentShowsTheHubsReasonAndRetriesThatStepOnly() throws Exception {
        hub.consentGiven = true;
        hub.documentRefusals = 1;
        ChromeDriver b = opened(blurredVideo, "vi", 375, 812);
        screen(b, "document-type");
        b.findElement(By.id("next")).click();
        screen(b, "document-front");
        waitFor(b, 15, d -> !"document-front".equals(screenName(d))
                || "blurred".equals(d.findElement(By.id("doc-state")).getDomAttribute("data-state")));
        assertThat(screenName(b)).as("not taken by itself; last measures %s",
                b.findElement(By.tagName("main")).getDomAttribute("data-measures")).isEqualTo("document-front");
        assertThat(b.findElement(By.id("doc-state-text")).getText()).isEqualTo(texts("vi").get("doc.state.blurred").asText());
        shot(b, "vi-375", "blurred-state");
        waitFor(b, 10, d -> d.findElement(By.id("shoot")).isEnabled());
        b.findElement(By.id("shoot")).click();
        screen(b, "refusal-document");
        assertThat(b.findElement(By.cssSelector("#reasons li[data-code=IMAGE_BLURRED]")).getText())
                .isEqualTo(hub.message("IMAGE_BLURRED", "vi"));
        shot(b, "vi-375", "blurred-refusal");
        b.findElement(By.id("retry")).click();
        screen(b, "document-front");
        waitFor(b, 10, d -> d.findElement(By.id("shoot")).isEnabled());
        b.findElement(By.id("shoot")).click();
        screen(b, "confirm");
        assertThat(hub.calls()).as("only the document step again").doesNotContain("POST consent")
                .filteredOn("POST document"::equals).hasSize(2);
        // #18 the refusal reported with the hub's reason code; the step was entered (resumed) once, not per retry
        waitFor(b, 10, d -> hub.events().stream().anyMatch(e -> e.path("event").asText().equals("FAILED")));
        assertThat(hub.events()).filteredOn(e -> e.path("event").asText().equals("FAILED"))
                .singleElement().satisfies(e -> {
                    assertThat(e.path("step").asText()).isEqualTo("document");
                    assertThat(e.path("reason").asText()).isEqualTo("IMAGE_BLURRED");
                    assertThat(e.path("language").asText()).isEqualTo("vi");
                    assertThat(e.path("deviceClass").asText()).isEqualTo("PHONE");
                });
        assertThat(hub.events()).filteredOn(e -> e.path("step").asText().equals("document"))
                .extracting(e -> e.path("event").asText()).containsExactly("RESUME", "FAILED");
    }

    @Test
    void threeFailedLivenessChecksShowTheWayToAPerson() throws Exception {
        hub.consentGiven = true;
        hub.document = "ACCEPTED";
        hub.livenessRefusals = 3;
        ChromeDriver b = opened(sharpVideo, "zh", 375, 812);
        for (int attempt = 1; attempt <= 3; attempt++) {
            screen(b, "liveness");
            waitFor(b, 10, d -> d.findElement(By.id("live-start")).isEnabled());
            b.findElement(By.id("live-start")).click();
            if (attempt < 3) {
                screen(b, "refusal-liveness", 30);
                assertThat(b.findElement(By.id("reasons")).getText()).isEqualTo(hub.message("LIVENESS_ACTION_MISSING", "zh"));
                b.findElement(By.id("retry")).click();
            }
        }
        screen(b, "help", 30);
        assertThat(b.findElements(By.id("retry"))).as("no fourth try").isEmpty();
        assertThat(b.findElement(By.id("call")).getText()).contains("1588-0000");
        b.findElement(By.id("video-call")).click();
        assertThat(b.findElement(By.id("video-request")).getText()).contains("1588-0000");
        shot(b, "zh-375", "help");
        b.navigate().refresh();
        screen(b, "help");
    }

    @Test
    void aLivenessLeftToAPersonEndsTheCustomersStepsWithoutARetry() throws Exception {
        hub.consentGiven = true;
        hub.document = "REVIEW";
        hub.livenessOutcome = "REVIEW";
        ChromeDriver b = opened(sharpVideo, "ko", 375, 812);
        screen(b, "liveness");
        waitFor(b, 10, d -> d.findElement(By.id("live-start")).isEnabled());
        b.findElement(By.id("live-start")).click();
        screen(b, "done", 30);
        assertThat(b.findElement(By.tagName("main")).getText()).contains(texts("ko").get("done.review").asText());
        b.navigate().refresh();
        screen(b, "done");
    }

    @Test
    void consentRefusedIsRecordedOnTheHubBeforeTheEndIsShown() throws Exception {
        ChromeDriver b = opened(sharpVideo, "ko", 375, 812);
        startToConsent(b);
        assertThat(b.findElement(By.id("agree")).isEnabled()).as("not before the box is ticked").isFalse();
        b.findElement(By.id("refuse")).click();
        screen(b, "consent-refused");
        assertThat(heading(b)).isEqualTo(texts("ko").get("refused.title").asText());
        assertThat(b.findElement(By.tagName("main")).getText()).contains(texts("ko").get("refused.closed").asText());
        shot(b, "ko-375", "consent-refused");
        assertThat(hub.consentRefused).as("the hub recorded the refusal").isTrue();
        assertThat(hub.calls()).contains("POST consent/refusal").doesNotContain("POST consent", "POST document", "POST selfie");
        assertThat(b.findElements(By.id("agree"))).as("no way back to a consent the hub would refuse").isEmpty();
        // a reload shows the end again, from the hub's view of the case
        b.navigate().refresh();
        screen(b, "consent-refused");
    }

    @Test
    void aRefusalTheHubDidNotRecordShowsAnErrorAndIsSentAgain() throws Exception {
        hub.refusalFailures = 1;
        ChromeDriver b = opened(sharpVideo, "en", 375, 812);
        startToConsent(b);
        b.findElement(By.id("refuse")).click();
        screen(b, "consent-refusal-failed");
        assertThat(hub.consentRefused).isFalse();
        assertThat(b.findElement(By.id("refusal-error")).getText()).as("the hub's own message")
                .isEqualTo(hub.message("INTERNAL_ERROR", "en"));
        shot(b, "en-375", "consent-refusal-failed");
        b.findElement(By.id("refuse-again")).click();
        screen(b, "consent-refused");
        assertThat(hub.consentRefused).isTrue();
        assertThat(hub.calls()).filteredOn("POST consent/refusal"::equals).hasSize(2);
    }

    @Test
    void aDocumentFromAFileIsSentAsAnUploadAndTheCustomerIsToldAPersonChecksIt() throws Exception {
        hub.consentGiven = true;
        Path file = Path.of("target/fake-camera/passport.jpg").toAbsolutePath();
        Files.createDirectories(file.getParent());
        ImageIO.write(TestScenes.passport(), "jpg", file.toFile());
        ChromeDriver b = opened(sharpVideo, "zh", 375, 812);
        screen(b, "document-type");
        b.findElement(By.id("next")).click();
        screen(b, "document-front");
        b.findElement(By.id("doc-file")).sendKeys(file.toString());
        screen(b, "confirm");
        assertThat(hub.captureMode).isEqualTo("UPLOAD");
        assertThat(b.findElement(By.tagName("main")).getText()).contains(texts("zh").get("confirm.review").asText());
        shot(b, "zh-375", "uploaded-confirm");
        // the customer corrects one field: only that one goes to the hub, with their value and not the one read
        b.findElement(By.id("field-givenNames")).clear();
        b.findElement(By.id("field-givenNames")).sendKeys("VAN ANH");
        b.findElement(By.id("fields-ok")).click();
        screen(b, "liveness");
        assertThat(hub.corrections).singleElement().satisfies(c -> {
            assertThat(c.path("field").asText()).isEqualTo("givenNames");
            assertThat(c.path("value").asText()).isEqualTo("VAN ANH");
        });
    }

    @Test
    void aReviewersRequestForAnotherDocumentOpensTheDocumentStepAgain() throws Exception {
        // every step done before; then a reviewer asked for the document again (MORE_INFO)
        hub.consentGiven = true;
        hub.document = "ACCEPTED";
        hub.liveness = "PASSED";
        hub.moreInfoStep = "DOCUMENT";
        ChromeDriver b = opened(sharpVideo, "en", 1366, 768);
        screen(b, "document-type");
        assertThat(hub.calls()).noneMatch("POST consent"::equals);
    }

    @Test
    void aRefreshResumesAtTheLastFinishedStepAndTheLanguageSwitchesOnAnyScreen() throws Exception {
        ChromeDriver b = opened(sharpVideo, "en", 1366, 768);
        startToConsent(b);
        agree(b);
        b.navigate().refresh();
        screen(b, "document-type");
        assertThat(b.findElement(By.cssSelector("#steps li[data-step=consent]")).getDomAttribute("class")).contains("done");
        // #18 the reload: the page left the document step (EXIT) and resumed it (RESUME), not shown anew
        waitFor(b, 10, d -> hub.events().stream().anyMatch(e -> e.path("event").asText().equals("RESUME")));
        assertThat(hub.events()).extracting(e -> e.path("step").asText() + " " + e.path("event").asText())
                .containsSubsequence("consent SHOWN", "document SHOWN", "document EXIT", "document RESUME")
                .doesNotContain("document FAILED").filteredOn("document SHOWN"::equals).hasSize(1);
        new Select(b.findElement(By.id("lang"))).selectByValue("vi");
        String vietnamese = texts("vi").get("doctype.title").asText();
        waitFor(b, 5, d -> heading(d).equals(vietnamese));
        shot(b, "vi-1366", "resumed-document-type");
        assertThat(hub.calls()).filteredOn("POST consent"::equals).hasSize(1);
    }

    @Test
    void theDesktopHandsTheCaseToAPhoneByQrCodeAndFollowsItsProgress() throws Exception {
        ChromeDriver desktop = opened(sharpVideo, "en", 1366, 768);
        screen(desktop, "welcome");
        desktop.findElement(By.id("to-phone")).click();
        screen(desktop, "handoff");
        shot(desktop, "en-1366", "handoff-qr");
        String url = decode((String) ((JavascriptExecutor) desktop).executeScript("return document.getElementById('qr').toDataURL('image/png')"));
        assertThat(url).isEqualTo(hub.base() + "/kyc/app/#h=" + CaptureHubStub.HANDOFF_CODE);

        ChromeDriver phone = browser(sharpVideo, "en", 375, 812);
        phone.get(url);
        startToConsent(phone);
        assertThat(phone.getCurrentUrl()).doesNotContain(CaptureHubStub.HANDOFF_CODE);
        agree(phone);
        waitFor(desktop, 10, d -> "document".equals(d.findElement(By.id("handoff-progress")).getDomAttribute("data-next")));
        shot(desktop, "en-1366", "handoff-progress");
        assertThat(hub.calls()).contains("POST handoff/redeem");

        // the code was used: a second phone gets the hub's refusal and a field to type another
        ChromeDriver again = browser(sharpVideo, "en", 375, 812);
        again.get(url);
        screen(again, "redeem");
        assertThat(again.findElement(By.id("session-message")).getText()).isEqualTo(hub.message("HANDOFF_CODE_INVALID", "en"));
    }

    @ParameterizedTest(name = "{0} characters")
    @CsvSource({"1", "17", "60", "120", "150", "200"})
    void theQrEncoderWritesCodesAReaderDecodesUpToVersion10(int length) throws Exception {
        ChromeDriver b = opened(sharpVideo, "en", 1366, 768);
        screen(b, "welcome");
        StringBuilder text = new StringBuilder("https://kyc.example/app/#h=");
        for (int i = 0; text.length() < length; i++) {
            text.append("ABCDEFGHJKLMNPQRSTUVWXYZ23456789-".charAt(i % 33));
        }
        String wanted = text.substring(0, length);
        String png = (String) ((JavascriptExecutor) b).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "import('./js/qr.js').then((qr) => { const c = document.createElement('canvas');"
                + " qr.draw(c, arguments[0], 4); done(c.toDataURL('image/png')); }).catch((e) => done('error ' + e));", wanted);
        assertThat(png).startsWith("data:image/png");
        assertThat(decode(png)).isEqualTo(wanted);
    }

    // ---- helpers

    private static List<JsonNode> shown(List<JsonNode> events) {
        return events.stream().filter(e -> e.path("event").asText().equals("SHOWN")).toList();
    }

    private static String decode(String pngDataUrl) throws Exception {
        BufferedImage qr = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(pngDataUrl.substring(pngDataUrl.indexOf(',') + 1))));
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(qr.getWidth(), qr.getHeight(),
                qr.getRGB(0, 0, qr.getWidth(), qr.getHeight(), null, 0, qr.getWidth()))))).getText();
    }

    private ChromeDriver browser(Path video, String lang, int width, int height) {
        ChromeDriver b = HeadlessChromium.start(video, lang, width, height);
        browsers.add(b);
        return b;
    }

    /** A browser on the page with the capture token in its fragment, as the partner's link opens it. */
    private ChromeDriver opened(Path video, String lang, int width, int height) {
        ChromeDriver b = browser(video, lang, width, height);
        b.get(hub.base() + "/kyc/app/#t=" + CaptureHubStub.TOKEN);
        return b;
    }

    private static void startToConsent(WebDriver b) {
        screen(b, "welcome");
        b.findElement(By.id("start")).click();
        screen(b, "consent");
    }

    private static void agree(WebDriver b) {
        b.findElement(By.id("consent-check")).click();
        b.findElement(By.id("agree")).click();
        screen(b, "document-type");
    }

    /** When the page first showed the screen, in ms after navigation start. */
    private static double mark(WebDriver b, String screen) {
        return ((Number) ((JavascriptExecutor) b).executeScript(
                "return performance.getEntriesByName('kyc-screen-' + arguments[0])[0].startTime", screen)).doubleValue();
    }

    private static double between(WebDriver b, String from, String to) {
        return mark(b, to) - mark(b, from);
    }

    private static JsonNode texts(String lang) throws Exception {
        return JSON.readTree(WEBAPP.resolve("i18n/" + lang + ".json").toFile());
    }

    private static String screenName(WebDriver d) {
        return d.findElement(By.tagName("main")).getDomAttribute("data-screen");
    }

    private static String heading(WebDriver d) {
        return d.findElement(By.cssSelector("main h2")).getText();
    }

    private static void screen(WebDriver d, String name) {
        screen(d, name, 15);
    }

    private static void screen(WebDriver d, String name, int seconds) {
        try {
            waitFor(d, seconds, x -> name.equals(screenName(x)));
        } catch (RuntimeException e) {
            throw new AssertionError("expected screen " + name + " but was " + screenName(d) + ": "
                    + d.findElement(By.tagName("main")).getText(), e);
        }
    }

    private static void waitFor(WebDriver d, int seconds, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(d, Duration.ofSeconds(seconds)).until(condition::apply);
    }

    private static void shot(ChromeDriver b, String label, String name) throws Exception {
        Files.copy(b.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(label + "-" + name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

}

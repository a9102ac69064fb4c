package org.ekyc.hub.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless {@code chromium} driven by its {@code chromium-driver}, with the fake camera (a video file,
 * the permission prompt answered yes) and the browser's language set: what the browser tests of the customer's
 * flow run on. No driver or browser is downloaded: both must be installed ({@code apt-get install chromium
 * chromium-driver}; {@code .ci/run} does it).
 */
public final class HeadlessChromium {

    private static final List<Path> BROWSERS = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"),
            Path.of("/usr/bin/google-chrome"));
    private static final List<Path> DRIVERS = List.of(Path.of("/usr/bin/chromedriver"), Path.of("/usr/lib/chromium/chromedriver"));

    private HeadlessChromium() {
    }

    /** A browser of the given window size whose camera plays {@code video} and whose language is {@code language}. */
    public static ChromeDriver start(Path video, String language, int width, int height) {
        Path browser = first(BROWSERS, "chromium", "kyc.chromium");
        Path driver = first(DRIVERS, "chromium-driver", "kyc.chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--use-file-for-fake-video-capture=" + video.toAbsolutePath(), "--lang=" + language,
                "--window-size=" + width + "," + height, "--hide-scrollbars", "--mute-audio");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        // a headless window is at least 500 px wide: the viewport is set exactly, a phone's as a mobile one
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
        return chrome;
    }

    private static Path first(List<Path> candidates, String debianPackage, String property) {
        String configured = System.getProperty(property);
        if (configured != null) {
            return Path.of(configured);
        }
        return candidates.stream().filter(Files::isExecutable).findFirst().orElseThrow(() -> new IllegalStateException(
                "no " + debianPackage + " found in " + candidates + ": apt-get install chromium chromium-driver (or -D" + property + "=path)"));
    }
}

package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.face.LiveFrame;
import org.ekyc.hub.verification.api.face.LivenessAction;
import org.ekyc.hub.verification.document.synth.Degradation;
import org.ekyc.hub.verification.document.synth.SyntheticDocuments;
import org.ekyc.hub.verification.document.synth.SyntheticPeople;
import org.ekyc.hub.verification.document.synth.SyntheticPerson;
import org.ekyc.hub.verification.face.synth.LivenessFrames;
import org.ekyc.hub.web.FakeCamera;
import org.ekyc.hub.web.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The customer's web flow (/kyc/app/) in headless Chromium against the deployed hub: the partner opens a case and
 * gets a capture token, the browser opens the page with it in the fragment, gives consent and shows a generated
 * passport to the fake camera; a second browser session (the same token, its camera playing rendered frames of the
 * passport holder's face) resumes at the liveness step and sends the frames of the hub's challenge. The rendered
 * head performs a fixed sequence, not the challenge's random one: the page ends either done or with the hub's own
 * liveness reason in the customer's language, and both show the whole way page → hub → engine works.
 */
class CustomerFlowIT extends HubDeployments {

    private static final SyntheticPerson HOLDER = SyntheticPeople.person(5, 1);
    private static final Path VIDEOS = Path.of("target/fake-camera");

    @Test
    void theCustomerGivesConsentShowsThePassportAndDoesTheLivenessCheckInTheBrowser() throws Exception {
        HttpResponse<String> opened = postJson(As.BANK_APP, "/kyc/api/v1/cases", nguyenJson("WEB-" + System.nanoTime()), "en");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String caseId = json(opened).get("caseId").asText();
        HttpResponse<String> session = postJson(As.BANK_APP, "/kyc/api/v1/cases/" + caseId + "/capture-session", "", "en");
        assertThat(session.statusCode()).as(session.body()).isEqualTo(201);
        String page = BASE.resolve("/kyc/app/#t=" + json(session).get("captureToken").asText()).toString();

        ChromeDriver documentSide = HeadlessChromium.start(documentVideo(), "vi", 375, 812);
        try {
            documentSide.get(page);
            screen(documentSide, "welcome", 30);
            documentSide.findElement(By.id("start")).click();
            screen(documentSide, "consent", 15);
            documentSide.findElement(By.id("consent-check")).click();
            documentSide.findElement(By.id("agree")).click();
            screen(documentSide, "document-type", 15);
            documentSide.findElement(By.id("type-PASSPORT_TD3")).click();
            documentSide.findElement(By.id("next")).click();
            screen(documentSide, "confirm", 90);
            documentSide.findElement(By.id("fields-ok")).click();
            screen(documentSide, "liveness", 15);
        } finally {
            documentSide.quit();
        }
        JsonNode afterDocument = json(get(As.BANK_APP, "/kyc/api/v1/cases/" + caseId));
        assertThat(afterDocument.get("face").get("consentAt").isNull()).isFalse();
        assertThat(afterDocument.get("document").get("outcome").asText()).isIn("ACCEPTED", "REVIEW");

        ChromeDriver faceSide = HeadlessChromium.start(faceVideo(), "vi", 375, 812);
        try {
            faceSide.get(page);
            screen(faceSide, "liveness", 30);
            new WebDriverWait(faceSide, Duration.ofSeconds(15)).until(d -> d.findElement(By.id("live-start")).isEnabled());
            faceSide.findElement(By.id("live-start")).click();
            try {
                new WebDriverWait(faceSide, Duration.ofSeconds(90)).until(d -> List.of("done", "refusal-liveness").contains(screenName(d)));
            } catch (org.openqa.selenium.TimeoutException e) {
                // say where the page stopped: the screen and what it shows
                throw new AssertionError("the face step ended on screen '" + screenName(faceSide) + "': "
                        + faceSide.findElement(By.tagName("main")).getText(), e);
            }
            if (screenName(faceSide).equals("refusal-liveness")) {
                // the engine's verdict on the frames, not a request the hub refused before looking at them
                assertThat(faceSide.findElement(By.cssSelector("#reasons li")).getDomAttribute("data-code"))
                        .startsWith("LIVENESS_").isNotEqualTo("LIVENESS_FRAME_COUNT");
            }
        } finally {
            faceSide.quit();
        }
        assertThat(json(get(As.BANK_APP, "/kyc/api/v1/cases/" + caseId)).get("face").get("liveness").asText())
                .isIn("PASSED", "REVIEW", "FAILED");
    }

    /** The holder's generated passport on a dark table, filling most of a 960×720 frame. */
    private static Path documentVideo() throws Exception {
        SyntheticDocuments doc = SyntheticDocuments.generate(5L, 1, DocumentType.PASSPORT_TD3, Degradation.NONE, false);
        BufferedImage page = ImageIO.read(new ByteArrayInputStream(doc.jpeg()));
        BufferedImage frame = new BufferedImage(960, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(32, 34, 38));
        g.fillRect(0, 0, 960, 720);
        int w = 860;
        int h = w * page.getHeight() / page.getWidth();
        g.drawImage(page, 50, (720 - h) / 2, w, h, null);
        g.dispose();
        return FakeCamera.write(VIDEOS.resolve("it-passport.y4m"), List.of(new FakeCamera.Scene(frame, 30)));
    }

    /** Rendered frames of the holder's face turning left, right and blinking, at the frames' own pace. */
    private static Path faceVideo() throws Exception {
        List<LiveFrame> frames = LivenessFrames.forChallenge(List.of(LivenessAction.TURN_LEFT, LivenessAction.TURN_RIGHT,
                LivenessAction.BLINK), HOLDER.portrait(), 7L);
        List<FakeCamera.Scene> scenes = new ArrayList<>();
        int perFrame = (int) Math.max(1, LivenessFrames.FRAME_MILLIS * FakeCamera.FPS / 1000);
        for (LiveFrame f : frames) {
            BufferedImage face = ImageIO.read(new ByteArrayInputStream(f.image()));
            BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = frame.createGraphics();
            g.drawImage(face, (640 - face.getWidth() * 480 / face.getHeight()) / 2, 0, face.getWidth() * 480 / face.getHeight(), 480, null);
            g.dispose();
            scenes.add(new FakeCamera.Scene(frame, perFrame));
        }
        Files.createDirectories(VIDEOS);
        return FakeCamera.write(VIDEOS.resolve("it-face.y4m"), scenes);
    }

    private static String screenName(WebDriver d) {
        return d.findElement(By.tagName("main")).getDomAttribute("data-screen");
    }

    private static void screen(WebDriver d, String name, int seconds) {
        try {
            new WebDriverWait(d, Duration.ofSeconds(seconds)).until(x -> name.equals(screenName(x)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("waited for screen '" + name + "', the page shows '" + screenName(d) + "': "
                    + d.findElement(By.tagName("main")).getText(), e);
        }
    }
}

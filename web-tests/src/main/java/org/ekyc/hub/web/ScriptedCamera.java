package org.ekyc.hub.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A camera that follows the page's prompts, for a test that needs the customer to do what the screen asks: the
 * browser's {@code getUserMedia} answers a canvas stream (installed before any page script runs) that shows the
 * document outside the liveness screen and, on it, rendered frames of a face that turns left or right and closes
 * its eyes when the page's prompt ({@code #prompt[data-action]}) says so. Chromium's fake capture device plays a
 * fixed video and cannot answer a random challenge; this can. Every drawn frame carries a few noisy pixels, so
 * no two grabbed frames are the same bytes (the hub refuses a repeated frame as a replay).
 *
 * @param document the document's JPEG, shown 90 % of a 1600×1200 frame wide
 * @param neutral  the face looking at the camera (JPEG 480×640, several so that frames differ)
 * @param left     the face turning to its left, one JPEG per 250 ms, back to the camera at the end
 * @param right    the same to its right
 * @param blink    the face with its eyes closed
 */
public record ScriptedCamera(byte[] document, List<byte[]> neutral, List<byte[]> left, List<byte[]> right,
                             List<byte[]> blink) {

    /** Installs this camera in {@code chrome} for every page it opens from now on. */
    public void install(ChromeDriver chrome) {
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script()));
    }

    String script() {
        String scenes = "{\"document\":\"" + b64(document) + "\",\"neutral\":" + array(neutral) + ",\"left\":" + array(left)
                + ",\"right\":" + array(right) + ",\"blink\":" + array(blink) + "}";
        return template().replace("__SCENES__", scenes);
    }

    private static String array(List<byte[]> images) {
        return images.stream().map(i -> "\"" + b64(i) + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String template() {
        try (InputStream in = ScriptedCamera.class.getResourceAsStream("scripted-camera.js")) {
            if (in == null) {
                throw new IllegalStateException("scripted-camera.js missing from the web-tests jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.ekyc.hub.verification.api.face;

import java.util.Objects;

/**
 * One encoded frame (JPEG or PNG) of the liveness sequence with the client's capture time in
 * milliseconds since the start of the recording. The bytes are used for the check and then dropped.
 */
public record LiveFrame(byte[] image, long capturedAtMillis) {

    public LiveFrame {
        Objects.requireNonNull(image, "image");
        if (image.length == 0) {
            throw new IllegalArgumentException("empty frame");
        }
        if (capturedAtMillis < 0) {
            throw new IllegalArgumentException("capturedAtMillis must not be negative");
        }
    }
}

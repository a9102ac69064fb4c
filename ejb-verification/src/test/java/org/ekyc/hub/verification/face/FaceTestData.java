package org.ekyc.hub.verification.face;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared models and tuning images. Missing files fail the tests (they never skip): the face
 * engine is not tested without them. Images: {@code -Dkyc.testdata.dir} or {@code shared/testdata/faces}
 * next to the working directory or an ancestor.
 */
public final class FaceTestData {

    private static ModelRegistry models;

    private FaceTestData() {
    }

    public static synchronized ModelRegistry models() {
        if (models == null) {
            models = ModelRegistry.load();
        }
        return models;
    }

    public static Path facesDir() {
        String property = System.getProperty("kyc.testdata.dir");
        if (property != null) {
            return Path.of(property);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir.getParent() != null; dir = dir.getParent()) {
            Path candidate = dir.getParent().resolve("shared/testdata/faces");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("test images not found: set -Dkyc.testdata.dir to shared/testdata/faces");
    }

    public static byte[] image(String relative) {
        Path p = facesDir().resolve(relative);
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException("test image missing: " + p, e);
        }
    }

    public static BgrImage decoded(String relative) {
        try {
            return ImageDecoder.defaults().decode(image(relative));
        } catch (org.ekyc.hub.verification.api.face.FaceImageException e) {
            throw new IllegalStateException(e);
        }
    }
}

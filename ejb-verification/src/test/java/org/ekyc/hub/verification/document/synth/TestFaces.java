package org.ekyc.hub.verification.document.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the shared test portraits ({@code shared/testdata/faces}, never copied into the repository):
 * the system property {@code ekyc.testdata.faces}, else the first {@code shared/testdata/faces}
 * found walking up from the working directory. Missing portraits fail the test, they do not skip it.
 */
public final class TestFaces {

    public static final String PROPERTY = "ekyc.testdata.faces";

    private TestFaces() {
    }

    public static Path directory() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            if (Files.isDirectory(p)) {
                return p;
            }
            throw new IllegalStateException(PROPERTY + "=" + configured + " is not a directory");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/testdata/faces");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("test portraits not found: no shared/testdata/faces above "
                + Path.of("").toAbsolutePath() + "; set -D" + PROPERTY);
    }

    /** The frontal ID-photo-like portraits (the London set's neutral and smiling images). */
    public static List<Path> portraits() {
        Path london = directory().resolve("london");
        try (Stream<Path> files = Files.list(london)) {
            List<Path> list = files.filter(p -> p.getFileName().toString().endsWith(".jpg")).sorted().toList();
            if (list.isEmpty()) {
                throw new IllegalStateException("no portraits in " + london);
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

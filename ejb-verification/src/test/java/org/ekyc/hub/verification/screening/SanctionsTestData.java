package org.ekyc.hub.verification.screening;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where the real sanctions lists are: {@code -Dkyc.sanctions.dir}, else the first
 * {@code shared/testdata/sanctions} found beside the working directory or one of its parents
 * (so tests run from the module directory and from the repository root). Missing lists fail the
 * test that needs them; they are never skipped.
 */
public final class SanctionsTestData {

    private static final String RELATIVE = "shared/testdata/sanctions";

    private SanctionsTestData() {
    }

    public static Path directory() {
        String configured = System.getProperty("kyc.sanctions.dir");
        if (configured != null && !configured.isBlank()) {
            return require(Paths.get(configured).toAbsolutePath());
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("sanctions lists not found: set -Dkyc.sanctions.dir or provide ../"
                + RELATIVE + " next to the repository (see its README)");
    }

    private static Path require(Path dir) {
        if (!Files.isRegularFile(dir.resolve("sdn.csv"))) {
            throw new IllegalStateException("kyc.sanctions.dir=" + dir + " holds no sdn.csv");
        }
        return dir;
    }

    private static ListSnapshot shared;

    /** The real lists loaded once per test JVM. */
    public static synchronized ListSnapshot snapshot() {
        if (shared == null) {
            try {
                shared = ListIndex.withStandardLists().load(directory());
            } catch (MalformedListException e) {
                throw new IllegalStateException(e);
            }
        }
        return shared;
    }
}

package org.ekyc.hub.verification.face;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the ONNX models live: system property {@code kyc.models.dir}, else environment variable
 * {@code KYC_MODELS_DIR}, else a {@code shared/models} directory next to the working directory
 * or to one of its ancestors (so {@code ../shared/models} works from the repository root and from
 * a module directory).
 */
public final class ModelDirectory {

    public static final String PROPERTY = "kyc.models.dir";
    public static final String ENVIRONMENT = "KYC_MODELS_DIR";

    private ModelDirectory() {
    }

    /** Resolves the directory; throws {@link ModelException} naming every place it looked. */
    public static Path resolve() {
        return resolve(System.getProperty(PROPERTY), System.getenv(), Path.of("").toAbsolutePath());
    }

    static Path resolve(String property, Map<String, String> env, Path workingDir) {
        if (property != null && !property.isBlank()) {
            return existing(Path.of(property), PROPERTY + "=" + property);
        }
        String fromEnv = env.get(ENVIRONMENT);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return existing(Path.of(fromEnv), ENVIRONMENT + "=" + fromEnv);
        }
        List<Path> tried = new ArrayList<>();
        for (Path dir = workingDir.normalize(); dir != null && dir.getParent() != null; dir = dir.getParent()) {
            Path candidate = dir.getParent().resolve("shared").resolve("models");
            tried.add(candidate);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new ModelException("face models not found: set -D" + PROPERTY + " or " + ENVIRONMENT
                + " to the directory holding them; looked in " + tried);
    }

    private static Path existing(Path dir, String source) {
        if (!Files.isDirectory(dir)) {
            throw new ModelException("face model directory " + dir.toAbsolutePath() + " (from " + source + ") does not exist");
        }
        return dir;
    }
}

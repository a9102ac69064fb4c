package org.ekyc.hub.verification.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.ekyc.hub.verification.api.DeploymentMode;
import org.jboss.logging.Logger;

/**
 * Finds the key that seals personal data. In order:
 * <ol>
 *   <li>{@code KYC_PII_KEY} (environment) or {@code kyc.pii.key} (system property): Base64 of 32 bytes;</li>
 *   <li>the key file named by {@code KYC_PII_KEY_FILE} / {@code kyc.pii.key.file}, default
 *       {@code ${jboss.server.data.dir}/kyc/pii.key};</li>
 *   <li>if that file does not exist and {@code KYC_PII_KEY_GENERATE} is not {@code false}: a new
 *       random key is generated into it (owner-read-only) with a warning — for development. Set
 *       {@code KYC_PII_KEY_GENERATE=false} (or {@code KYC_MODE=production}, {@link DeploymentMode}) so a
 *       missing key stops the hub instead.</li>
 * </ol>
 * The key is never a constant in the code and never logged.
 */
public final class PiiKeys {

    private static final Logger LOG = Logger.getLogger(PiiKeys.class);
    private static volatile PiiCipher shared;

    private PiiKeys() {
    }

    /** The cipher for this server, resolved once. */
    public static PiiCipher cipher() {
        PiiCipher c = shared;
        if (c == null) {
            synchronized (PiiKeys.class) {
                c = shared;
                if (c == null) {
                    c = new PiiCipher(resolve(System.getenv(), System.getProperties()));
                    shared = c;
                }
            }
        }
        return c;
    }

    static SecretKey resolve(Map<String, String> env, Properties sys) {
        String inline = setting(env, sys, "KYC_PII_KEY", "kyc.pii.key");
        if (inline != null) {
            return fromBase64(inline, "KYC_PII_KEY");
        }
        String file = setting(env, sys, "KYC_PII_KEY_FILE", "kyc.pii.key.file");
        Path path;
        if (file != null) {
            path = Paths.get(file);
        } else {
            String dataDir = sys.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
            path = Paths.get(dataDir, "kyc", "pii.key");
        }
        if (Files.isRegularFile(path)) {
            try {
                return fromBase64(Files.readString(path, StandardCharsets.US_ASCII).trim(), path.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read PII key file " + path, e);
            }
        }
        DeploymentMode.of(env, sys).refuseDevelopmentSecret("KYC_PII_KEY or the key file KYC_PII_KEY_FILE (" + path + ")",
                "generating a PII encryption key");
        if ("false".equalsIgnoreCase(setting(env, sys, "KYC_PII_KEY_GENERATE", "kyc.pii.key.generate"))) {
            throw new IllegalStateException("No PII encryption key: set KYC_PII_KEY or provide the key file " + path
                    + " (key generation is disabled by KYC_PII_KEY_GENERATE=false)");
        }
        return generate(path);
    }

    private static SecretKey generate(Path path) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String encoded = Base64.getEncoder().encodeToString(key);
        try {
            Files.createDirectories(path.getParent());
            Path tmp = Files.createTempFile(path.getParent(), "pii", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                LOG.debug("file system is not POSIX; key file permissions left to the platform");
            }
            Files.writeString(tmp, encoded + "\n", StandardCharsets.US_ASCII);
            try {
                // Atomic and without replacing: two nodes starting at once agree on one key.
                Files.createLink(path, tmp);
            } catch (FileAlreadyExistsException raced) {
                Files.delete(tmp);
                return fromBase64(Files.readString(path, StandardCharsets.US_ASCII).trim(), path.toString());
            } catch (UnsupportedOperationException | IOException noLinks) {
                try {
                    Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, path);
                }
            }
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a new PII key file " + path, e);
        }
        LOG.warnf("Generated a new development PII encryption key in %s. For production, provide KYC_PII_KEY "
                + "(or a managed key file) and set KYC_PII_KEY_GENERATE=false; back the key up: data sealed "
                + "with it cannot be read without it.", path);
        return new SecretKeySpec(key, "AES");
    }

    private static SecretKey fromBase64(String value, String source) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("PII key from " + source + " is not valid Base64");
        }
        if (raw.length != 32) {
            throw new IllegalStateException("PII key from " + source + " must be 32 bytes (AES-256), was " + raw.length);
        }
        return new SecretKeySpec(raw, "AES");
    }

    private static String setting(Map<String, String> env, Properties sys, String envName, String propName) {
        String v = sys.getProperty(propName);
        if (v == null || v.isBlank()) {
            v = env.get(envName);
        }
        return v == null || v.isBlank() ? null : v;
    }
}

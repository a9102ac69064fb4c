package org.ekyc.hub.verification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A capture token or a hand-off code of a customer's session ({@link org.ekyc.hub.verification.api.capture.CaptureSessions}),
 * kept only as the SHA-256 of its secret: the row proves a secret shown to its holder, and opens nothing
 * itself. A hand-off code is used once ({@link #usedAt}).
 */
@Entity
@Table(name = "capture_credential", indexes = @Index(name = "ix_capture_case", columnList = "case_id"))
public class CaptureCredential {

    enum Kind { TOKEN, HANDOFF }

    /** Characters of a hand-off code: no 0/O, 1/I/L to misread when typed from one screen into another. */
    static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "secret_hash", length = 64, updatable = false)
    private String secretHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private Kind kind;

    @Column(name = "case_id", nullable = false, length = 36, updatable = false)
    private String caseId;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "issued_by", length = AuditEntry.MAX_ACTOR, updatable = false)
    private String issuedBy;

    @Column(name = "used_at")
    private Instant usedAt;

    protected CaptureCredential() {
        // for JPA
    }

    CaptureCredential(String secret, Kind kind, String caseId, Instant expiresAt, String issuedBy) {
        this.secretHash = hash(secret);
        this.kind = kind;
        this.caseId = caseId;
        this.expiresAt = expiresAt;
        this.issuedBy = issuedBy;
    }

    /** A new capture token: 256 random bits, URL-safe Base64 (43 characters). */
    static String newToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** A new hand-off code: {@value #CODE_LENGTH} characters of {@link #CODE_ALPHABET} (50 bits). */
    static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as typed: capitals, without spaces and hyphens. */
    static String normalisedCode(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Whether this is a {@code kind} good at {@code now} (and, for a code, not used). */
    boolean good(Kind expected, Instant now) {
        return kind == expected && now.isBefore(expiresAt) && usedAt == null;
    }

    void use(Instant now) {
        usedAt = now;
    }

    String caseId() {
        return caseId;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}

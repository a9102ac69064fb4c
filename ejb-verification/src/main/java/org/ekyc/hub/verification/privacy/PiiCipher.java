package org.ekyc.hub.verification.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts personal data for storage: AES-256-GCM with a fresh 96-bit nonce per value and a
 * 128-bit tag. Stored form: {@code v1:} + Base64(nonce || ciphertext || tag). The prefix names
 * the format so keys and formats can be rotated later without guessing.
 *
 * <p>Thread-safe: a {@link Cipher} is created per call (they are not thread-safe and cheap to make).
 */
public final class PiiCipher {

    static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public PiiCipher(SecretKey key) {
        if (key == null || key.getEncoded() == null || key.getEncoded().length != 32) {
            throw new IllegalArgumentException("PII key must be a 256-bit AES key");
        }
        this.key = key;
    }

    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed);
            return PREFIX + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new PiiCryptoException("encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new PiiCryptoException("stored value is not in a known encrypted format", null);
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new PiiCryptoException("stored value is not valid Base64", e);
        }
        if (raw.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new PiiCryptoException("stored value is truncated", null);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(raw, NONCE_BYTES, raw.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new PiiCryptoException("decryption failed: wrong key or tampered value", e);
        }
    }

    /** A value could not be sealed or opened; never carries the value itself. */
    public static final class PiiCryptoException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PiiCryptoException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

package org.ekyc.hub.verification.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import org.ekyc.hub.verification.api.Address;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * What binds an idempotency key to its caller and to its request. The key is scoped to the channel
 * ({@link #scopedKey}: {@code <CHANNEL>:<key>}; the MQ and batch keys also name the sender — customer
 * reference, partner), and the case keeps a fingerprint of the request that opened it: SHA-256 over a
 * canonical form of the command, salted with the scoped key. A repeat is the same request when its
 * fingerprint is equal. Hex, 64 characters; no personal data in clear.
 *
 * <p>The canonical form is the command's values after the normalisation the API records already do
 * (names' spacing, nationality in capitals, phone and registration number without spaces or hyphens),
 * with names in capitals and the e-mail in small letters, so that a channel's formatting (fixed-width
 * records in capitals, JSON as typed) does not make the same request look different. Each value is
 * length-prefixed, so no two different commands share a canonical form.
 */
final class RequestFingerprint {

    /** The length of a fingerprint (hex of SHA-256). */
    static final int LENGTH = 64;
    private static final String VERSION = "open-case-v1";

    private RequestFingerprint() {
    }

    /**
     * The command with its idempotency key scoped to {@code owner} as well as to its channel
     * ({@code REST:o<8 hex of the owner's SHA-256>:<key>}): two partners using the same key open two cases,
     * and neither learns of the other's. The hub's own channels (MQ, batch) already name the sender in the key.
     */
    static OpenCaseCommand ownedBy(OpenCaseCommand command, String owner) {
        String key = command.idempotencyKey();
        if (key == null || owner == null) {
            return command;
        }
        String scope = command.channel().name() + ":";
        String bare = key.startsWith(scope) ? key.substring(scope.length()) : key;
        String ownerScope = "o" + sha256(owner).substring(0, 8) + ":";
        return bare.startsWith(ownerScope) ? command : command.withIdempotencyKey(scope + ownerScope + bare);
    }

    /** The command's idempotency key scoped to its channel, null when it has none. */
    static String scopedKey(OpenCaseCommand command) {
        String key = command.idempotencyKey();
        if (key == null) {
            return null;
        }
        String scope = command.channel().name() + ":";
        String scoped = key.startsWith(scope) ? key : scope + key;
        if (scoped.length() > OpenCaseCommand.MAX_IDEMPOTENCY_KEY) {
            throw new InvalidRequestException(ReasonCode.FIELD_TOO_LONG, "idempotencyKey");
        }
        return scoped;
    }

    /** The fingerprint of the command's content, salted with its scoped key. */
    static String of(OpenCaseCommand command) {
        return sha256(canonical(command));
    }

    /** The canonical form the fingerprint is taken of. */
    static String canonical(OpenCaseCommand command) {
        Applicant a = command.applicant();
        StringBuilder form = new StringBuilder();
        for (Object value : new Object[] {VERSION, scopedKey(command), command.product(), command.externalReference(),
                command.registrationNumber(), upper(a.surname()), upper(a.givenNames()), a.hangulName(),
                a.nationality(), a.birthDate(), a.phone(), a.email() == null ? null : a.email().toLowerCase(Locale.ROOT),
                a.addresses().size()}) {
            form.append(field(value));
        }
        for (Address address : a.addresses()) {
            form.append(field(address.kind())).append(field(address.country())).append(field(address.lines()));
        }
        return form.toString();
    }

    private static String upper(String name) {
        return name == null ? null : name.toUpperCase(Locale.ROOT);
    }

    /** A value with its length before it; absent is {@code -}. */
    private static String field(Object value) {
        if (value == null) {
            return "-;";
        }
        String text = Objects.toString(value);
        return text.length() + ":" + text + ";";
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}

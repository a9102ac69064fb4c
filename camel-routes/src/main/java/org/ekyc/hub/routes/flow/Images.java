package org.ekyc.hub.routes.flow;

import java.util.Base64;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;

/** Images as channels receive them in text formats: Base64 (MIME line breaks allowed). */
public final class Images {

    private Images() {
    }

    /**
     * The bytes of a Base64 image.
     *
     * @throws InvalidRequestException FIELD_REQUIRED when empty, MALFORMED_REQUEST when not Base64; both name {@code field}
     */
    public static byte[] base64(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, field);
        }
        try {
            return Base64.getMimeDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, field);
        }
    }
}

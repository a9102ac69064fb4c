package org.ekyc.hub.verification.api.peer.telecom;

import java.util.Locale;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;

/** Sex as the carriers' identity service records it (M or F). */
public enum Sex {
    M, F;

    public static Sex fromCode(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "sex");
        }
        return switch (code.trim().toUpperCase(Locale.ROOT)) {
            case "M", "MALE" -> M;
            case "F", "FEMALE" -> F;
            default -> throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "sex");
        };
    }
}

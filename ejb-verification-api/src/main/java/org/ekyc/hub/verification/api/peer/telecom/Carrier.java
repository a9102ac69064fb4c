package org.ekyc.hub.verification.api.peer.telecom;

import java.util.Locale;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;

/** The applicant's mobile carrier (통신사), including the resale (알뜰폰, MVNO) lines on each network. */
public enum Carrier {
    SKT, KT, LGU, SKT_MVNO, KT_MVNO, LGU_MVNO;

    /** Parses a carrier as a channel sends it (case-insensitive; "LG U+" and "LGU+" accepted). */
    public static Carrier fromCode(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "carrier");
        }
        String c = code.trim().toUpperCase(Locale.ROOT).replace("+", "U").replace(" ", "").replace("-", "_");
        c = c.equals("LGUU") ? "LGU" : c;
        try {
            return valueOf(c);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "carrier");
        }
    }
}

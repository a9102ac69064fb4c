package org.ekyc.hub.routes.channel.rest;

import java.util.List;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.FieldCorrection;

/**
 * #18 {@code POST /api/v1/capture/document/corrections}: {@code {"corrections":[{"field":"SURNAME","value":"NGUYEN"}]}}
 * — the values the customer typed on the confirm screen for fields the hub read. What was read is the hub's own
 * reading, never taken from the request.
 */
record FieldCorrectionsRequest(List<Item> corrections) {

    record Item(String field, String value) {
    }

    /** The corrections, checked; none, or more than {@link FieldCorrection#MAX_CORRECTIONS}: 400. */
    static List<FieldCorrection> toCorrections(FieldCorrectionsRequest r) {
        if (r == null || r.corrections() == null || r.corrections().isEmpty()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "corrections");
        }
        if (r.corrections().size() > FieldCorrection.MAX_CORRECTIONS) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "corrections");
        }
        return r.corrections().stream().map(i -> {
            if (i == null) {
                throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "corrections");
            }
            return FieldCorrection.of(i.field(), i.value());
        }).toList();
    }
}

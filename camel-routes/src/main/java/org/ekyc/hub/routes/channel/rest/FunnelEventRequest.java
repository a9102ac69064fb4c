package org.ekyc.hub.routes.channel.rest;

import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.operations.FunnelEvent;

/**
 * {@code POST /api/v1/capture/events}: {@code {"step":"document","event":"EXIT","language":"ko",
 * "deviceClass":"PHONE","reason":null}} — what the capture page reports about its own steps (#19).
 */
record FunnelEventRequest(String step, String event, String language, String deviceClass, String reason) {

    /** The event, checked ({@link FunnelEvent#of}); no body: 400 MALFORMED_REQUEST. */
    static FunnelEvent toEvent(FunnelEventRequest r) {
        if (r == null) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "body");
        }
        return FunnelEvent.of(r.step(), r.event(), r.language(), r.deviceClass(), r.reason());
    }
}

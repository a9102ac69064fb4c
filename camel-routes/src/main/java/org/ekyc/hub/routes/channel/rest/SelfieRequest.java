package org.ekyc.hub.routes.channel.rest;

import java.util.List;

/**
 * JSON body of {@code POST /api/v1/cases/{id}/selfie}: the liveness challenge's nonce and the frames
 * recorded for it (Base64 JPEG/PNG, capture time in ms). The live face is matched against the portrait
 * of the document accepted on the case; {@code portrait} is read only to refuse a request that still
 * sends one (SELFIE_PORTRAIT_NOT_ACCEPTED). Images are processed and discarded.
 */
public record SelfieRequest(String nonce, String portrait, List<Frame> frames) {

    /** One recorded frame. */
    public record Frame(String image, Long capturedAt) {
    }
}

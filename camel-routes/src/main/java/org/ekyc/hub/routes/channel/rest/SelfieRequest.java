package org.ekyc.hub.routes.channel.rest;

import java.util.List;

/**
 * JSON body of {@code POST /api/v1/cases/{id}/selfie}: the liveness challenge's nonce, the frames
 * recorded for it (Base64 JPEG/PNG, capture time in ms) and the document portrait to match against
 * (until the document engine supplies it from the ID document). Images are processed and discarded.
 */
public record SelfieRequest(String nonce, String portrait, List<Frame> frames) {

    /** One recorded frame. */
    public record Frame(String image, Long capturedAt) {
    }
}

package org.ekyc.hub.verification.api.operations;

import jakarta.ejb.Local;

/** The capture flow's funnel events, stored for the operations dashboard. */
@Local
public interface FunnelEvents {

    /**
     * Stores {@code event} for the case of the customer's capture token (role {@code customer}; the case
     * comes from the channel's {@link org.ekyc.hub.verification.api.capture.CaptureScope}, never from the request).
     */
    void record(FunnelEvent event);
}

package org.ekyc.hub.verification.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.Roles;
import org.ekyc.hub.verification.api.capture.CaptureRefusedException;
import org.ekyc.hub.verification.api.capture.CaptureScope;
import org.ekyc.hub.verification.api.operations.FunnelEvent;
import org.ekyc.hub.verification.api.operations.FunnelEvents;

/**
 * Stores the capture page's funnel events ({@link FunnelEvents}) for the case of the customer's capture
 * token. Not audited per event: an event holds no personal data and reads none (the case is not loaded);
 * the channel rate-limits them per case.
 */
@Stateless
public class FunnelEventsBean extends CaseFacadeBean implements FunnelEvents {

    @Override
    @RolesAllowed(Roles.CUSTOMER)
    public void record(FunnelEvent event) {
        String caseId = CaptureScope.caseId();
        if (caseId == null) {
            throw new CaptureRefusedException(ReasonCode.CAPTURE_TOKEN_INVALID);
        }
        em.persist(new FunnelEventRow(caseId, store.now(), event));
    }
}

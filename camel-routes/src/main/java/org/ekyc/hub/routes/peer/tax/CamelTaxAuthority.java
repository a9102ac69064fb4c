package org.ekyc.hub.routes.peer.tax;

import org.ekyc.hub.routes.peer.SoapPeer;
import org.apache.camel.ProducerTemplate;
import org.ekyc.hub.verification.api.registry.PeerUnavailableException;
import org.ekyc.hub.verification.api.registry.TaxAuthorityPort;
import org.ekyc.hub.verification.api.registry.TaxQuery;
import org.ekyc.hub.verification.api.registry.TaxStatus;

/** {@link TaxAuthorityPort} through the {@code tax-authority} route. */
public record CamelTaxAuthority(ProducerTemplate template) implements TaxAuthorityPort {

    @Override
    public TaxStatus incomeStatus(TaxQuery query) throws PeerUnavailableException {
        return SoapPeer.answer(template.requestBody(TaxAuthorityRoutes.ROUTE, query), TaxStatus.class);
    }
}

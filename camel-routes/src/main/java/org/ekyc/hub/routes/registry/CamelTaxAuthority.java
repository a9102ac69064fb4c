package org.ekyc.hub.routes.registry;

import org.apache.camel.ProducerTemplate;
import org.ekyc.hub.verification.api.peer.PeerException;
import org.ekyc.hub.verification.api.peer.tax.TaxAuthorityPort;
import org.ekyc.hub.verification.api.peer.tax.TaxQuery;
import org.ekyc.hub.verification.api.peer.tax.TaxStatus;

/** {@link TaxAuthorityPort} through the {@code tax-authority} route. */
public record CamelTaxAuthority(ProducerTemplate template) implements TaxAuthorityPort {

    @Override
    public TaxStatus incomeStatus(TaxQuery query) throws PeerException {
        return SoapPeer.answer(template.requestBody(TaxAuthorityRoutes.ROUTE, query), TaxStatus.class);
    }
}

package org.ekyc.hub.routes.peer.tax;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.ekyc.hub.adapter.tax.IncomeStatusMapper;
import org.ekyc.hub.adapter.tax.wsdl.GetIncomeStatusResponse;
import org.ekyc.hub.adapter.tax.wsdl.IncomeStatusPort;
import org.ekyc.hub.routes.peer.SoapPeer;
import org.ekyc.hub.routes.peer.SoapPeerPort;
import org.ekyc.hub.routes.peer.SoapPeerRoutes;
import org.ekyc.hub.verification.api.registry.PeerUnavailableException;
import org.ekyc.hub.verification.api.registry.TaxQuery;
import org.ekyc.hub.verification.api.registry.TaxAuthorityPort;
import org.ekyc.hub.verification.api.registry.TaxStatus;

/**
 * Tax authority (국세청 income status) over SOAP, behind {@link #port}: the address from
 * {@code kyc.tax.url}, its own timeouts and circuit breaker ({@code kyc.tax.circuit-*}), WS-Security as
 * for every government peer ({@link SoapPeerRoutes}); {@code GetIncomeStatus} mapped by
 * {@link IncomeStatusMapper}, the answer checked against the tax year asked.
 */
public class TaxAuthorityRoutes extends SoapPeerRoutes {

    public static final String ROUTE = "direct:tax-authority";
    public static final SoapPeer PEER = new SoapPeer("tax", "tax-authority-circuit");
    private static final String TAX_YEAR = "kycTaxYear";

    public TaxAuthorityRoutes() {
        super(PEER, ROUTE, "tax-authority", IncomeStatusPort.class, "wsdl/tax-income-status.wsdl",
                "GetIncomeStatus", "tax authority check: ");
    }

    /** {@link TaxAuthorityPort} through the {@code tax-authority} route. */
    public static TaxAuthorityPort port(ProducerTemplate template) {
        return query -> SoapPeerPort.ask(template, ROUTE, query, TaxStatus.class);
    }

    @Override
    protected Object toRequest(Exchange e) {
        TaxQuery query = e.getMessage().getBody(TaxQuery.class);
        // the year is kept to check the answer against
        e.setProperty(TAX_YEAR, query.taxYear());
        return IncomeStatusMapper.toRequest(query);
    }

    @Override
    protected Object fromResponse(Exchange e) throws PeerUnavailableException {
        return IncomeStatusMapper.fromResponse(e.getMessage().getBody(GetIncomeStatusResponse.class),
                e.getProperty(TAX_YEAR, Integer.class));
    }
}

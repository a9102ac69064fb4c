package org.ekyc.hub.routes.peer.tax;

import org.ekyc.hub.adapter.tax.IncomeStatusMapper;
import org.ekyc.hub.adapter.tax.wsdl.GetIncomeStatusResponse;
import org.ekyc.hub.adapter.tax.wsdl.IncomeStatusPort;
import org.ekyc.hub.routes.peer.SoapPeer;
import org.ekyc.hub.routes.peer.SoapPeerPort;
import org.ekyc.hub.routes.peer.SoapPeerRoutes;
import org.ekyc.hub.verification.api.peer.tax.TaxQuery;

/**
 * Tax authority (국세청 income status) over SOAP, behind the {@code TaxAuthorityPort} ({@link SoapPeerPort}):
 * the address from {@code kyc.tax.url}, its own timeouts and circuit breaker ({@code kyc.tax.circuit-*}),
 * WS-Security as for every government peer ({@link SoapPeerRoutes}); {@code GetIncomeStatus} mapped by
 * {@link IncomeStatusMapper}, the answer checked against the tax year asked (kept in {@value #TAX_YEAR}).
 */
public class TaxAuthorityRoutes extends SoapPeerRoutes {

    public static final String ROUTE = "direct:tax-authority";
    public static final SoapPeer PEER = new SoapPeer("tax", "tax-authority-circuit");
    static final String TAX_YEAR = "kycTaxYear";

    public TaxAuthorityRoutes() {
        super(PEER, ROUTE, "tax-authority", IncomeStatusPort.class, "wsdl/tax-income-status.wsdl", "GetIncomeStatus",
                "tax authority check: ", e -> {
                    TaxQuery query = e.getMessage().getBody(TaxQuery.class);
                    e.setProperty(TAX_YEAR, query.taxYear());
                    return IncomeStatusMapper.toRequest(query);
                }, e -> IncomeStatusMapper.fromResponse(e.getMessage().getBody(GetIncomeStatusResponse.class),
                        e.getProperty(TAX_YEAR, Integer.class)));
    }
}

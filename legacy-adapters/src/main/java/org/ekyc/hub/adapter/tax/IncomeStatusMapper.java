package org.ekyc.hub.adapter.tax;

import org.ekyc.hub.adapter.tax.wsdl.GetIncomeStatus;
import org.ekyc.hub.adapter.tax.wsdl.GetIncomeStatusResponse;
import org.ekyc.hub.verification.api.peer.tax.IncomeBand;
import org.ekyc.hub.verification.api.peer.PeerException;
import org.ekyc.hub.verification.api.peer.tax.TaxFilingStatus;
import org.ekyc.hub.verification.api.peer.tax.TaxQuery;
import org.ekyc.hub.verification.api.peer.tax.TaxStatus;

/**
 * Maps the tax authority's income-status contract (wsdl/tax-income-status.wsdl) to and from the
 * canonical records, and checks what the peer returns against the contract: a status that does not
 * belong to the taxpayer type, a missing or unknown band, a band on a status without income, or an
 * answer for another tax year is {@link PeerException.Kind#GARBLED}, never an answer.
 */
public final class IncomeStatusMapper {

    public static final String PEER = "tax-authority";

    private IncomeStatusMapper() {
    }

    public static GetIncomeStatus toRequest(TaxQuery query) {
        GetIncomeStatus request = new GetIncomeStatus();
        request.setRegistrationNumber(query.registrationNumber());
        request.setName(query.name());
        request.setTaxYear(query.taxYear());
        return request;
    }

    public static TaxStatus fromResponse(GetIncomeStatusResponse r, int askedYear) throws PeerException {
        if (r == null || r.getResultCode() == null || r.getResultCode().isBlank()) {
            throw garbled("no resultCode");
        }
        String code = r.getResultCode().trim();
        switch (code) {
            case "01":
                return new TaxStatus(TaxFilingStatus.UNKNOWN, IncomeBand.NONE, askedYear, code);
            case "99":
                throw new PeerException(PEER, PeerException.Kind.UNAVAILABLE, "authority error 99");
            case "00":
                break;
            default:
                throw garbled("unknown resultCode '" + printable(code) + "'");
        }
        if (r.getTaxYear() == null || r.getTaxYear() != askedYear) {
            throw garbled("answer for tax year " + r.getTaxYear() + ", asked " + askedYear);
        }
        String type = trim(r.getTaxpayerType());
        TaxFilingStatus status = status(type, trim(r.getStatusCode()));
        IncomeBand band = band(trim(r.getIncomeBand()));
        if (status.declaresIncome() == (band == IncomeBand.NONE)) {
            throw garbled("income band " + r.getIncomeBand() + " does not fit status " + status);
        }
        return new TaxStatus(status, band, askedYear, code);
    }

    private static TaxFilingStatus status(String type, String status) throws PeerException {
        if ("PERSON".equals(type) && ("FILED".equals(status) || "NOT_FILED".equals(status))
                || "BUSINESS".equals(type) && ("REGISTERED".equals(status) || "NOT_REGISTERED".equals(status)
                        || "CLOSED".equals(status))) {
            return TaxFilingStatus.valueOf(status);
        }
        throw garbled("statusCode '" + printable(String.valueOf(status)) + "' for taxpayerType '"
                + printable(String.valueOf(type)) + "'");
    }

    private static IncomeBand band(String code) throws PeerException {
        if (code == null) {
            throw garbled("no incomeBand");
        }
        return switch (code) {
            case "B0" -> IncomeBand.NONE;
            case "B1" -> IncomeBand.UNDER_20M;
            case "B2" -> IncomeBand.FROM_20M_TO_50M;
            case "B3" -> IncomeBand.FROM_50M_TO_100M;
            case "B4" -> IncomeBand.OVER_100M;
            default -> throw garbled("unknown incomeBand '" + printable(code) + "'");
        };
    }

    private static PeerException garbled(String detail) {
        return new PeerException(PEER, PeerException.Kind.GARBLED, detail);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String printable(String s) {
        String cut = s.length() > 16 ? s.substring(0, 16) + "…" : s;
        return cut.replaceAll("[^\\x20-\\x7E]", "?");
    }
}

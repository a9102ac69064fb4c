package org.ekyc.hub.adapter.creditbureau;

import java.time.LocalDateTime;
import java.util.Map;
import org.ekyc.hub.adapter.fixedformat.MalformedRecordException;
import org.ekyc.hub.adapter.telegram.PeerErrorException;
import org.ekyc.hub.adapter.telegram.Telegram;
import org.ekyc.hub.adapter.telegram.TelegramHeader;
import org.ekyc.hub.adapter.telegram.TelegramLayout;
import org.ekyc.hub.verification.api.peer.credit.BalanceBand;
import org.ekyc.hub.verification.api.peer.credit.CreditOutcome;
import org.ekyc.hub.verification.api.peer.credit.CreditSummary;
import org.ekyc.hub.verification.api.peer.credit.CreditSummaryRequest;

/**
 * The credit bureau's summary enquiry (docs/layouts/credit-bureau.md): 0300 request, 0310 answer with
 * grade, delinquency flag, number of open loans and balance band. Checks the echoed transaction id,
 * the response code and every coded value of the answer. Thread-safe.
 */
public final class CreditBureauTelegrams {

    public static final String SUMMARY_REQUEST = "0300";
    public static final String SUMMARY_RESPONSE = "0310";
    /** REQ-PURPOSE: loan screening (대출 심사). */
    public static final String PURPOSE_LOAN = "01";

    private static final TelegramLayout RQ = TelegramLayout.of(SUMMARY_REQUEST, "CBSUMRQ");
    private static final TelegramLayout RS = TelegramLayout.of(SUMMARY_RESPONSE, "CBSUMRS");

    private final String orgCode;

    public CreditBureauTelegrams(String orgCode) {
        if (orgCode == null || orgCode.isBlank() || orgCode.length() > 8) {
            throw new IllegalArgumentException("institution code of 1-8 characters required");
        }
        this.orgCode = orgCode;
    }

    /**
     * The 0300 summary enquiry.
     *
     * @throws org.ekyc.hub.adapter.telegram.UnfitFieldException a value the record cannot carry (a control
     *         character, no MS949 encoding, a name over 40 bytes)
     */
    public byte[] summaryRequest(String transactionId, LocalDateTime now, CreditSummaryRequest r) {
        return RQ.encode(TelegramHeader.request(SUMMARY_REQUEST, transactionId, now, orgCode), Map.of(
                "REQ-NAME", r.name(),
                "REQ-REG-NO", r.registrationNumber(),
                "REQ-CONSENT", r.consent() ? "Y" : "N",
                "REQ-PURPOSE", PURPOSE_LOAN));
    }

    public CreditSummary summaryResponse(byte[] record, String transactionId) throws MalformedRecordException, PeerErrorException {
        Telegram t = RS.decode(record);
        if (!t.header().transactionId().equals(transactionId)) {
            throw new MalformedRecordException("HDR-TX-ID at offset 4: reply to another transaction");
        }
        String code = t.header().responseCode();
        return switch (code) {
            case "0000" -> {
                int grade = (int) t.integer("RSP-GRADE");
                if (grade > 10) {
                    throw new MalformedRecordException("RSP-GRADE at offset 50: grade above 10");
                }
                Boolean delinquent = switch (t.text("RSP-DELINQUENT")) {
                    case "Y" -> true;
                    case "N" -> false;
                    default -> throw new MalformedRecordException("RSP-DELINQUENT at offset 52: neither Y nor N");
                };
                yield new CreditSummary(CreditOutcome.FOUND, grade, delinquent, (int) t.integer("RSP-OPEN-LOANS"),
                        band(t.text("RSP-BALANCE-BAND")), code);
            }
            case "1001" -> CreditSummary.of(CreditOutcome.NO_RECORD, code);
            case "1002" -> CreditSummary.of(CreditOutcome.NAME_MISMATCH, code);
            // 3001 (no consent): the hub only asks with consent, so this is the bureau failing us
            case "3001" -> throw new PeerErrorException(SUMMARY_RESPONSE, code);
            default -> {
                if (code.startsWith("9")) {
                    throw new PeerErrorException(SUMMARY_RESPONSE, code);
                }
                throw new MalformedRecordException("HDR-RESP-CODE at offset 38: response code not in the agreed list");
            }
        };
    }

    /** RSP-BALANCE-BAND: 00 none, 01 under 10M KRW, 02 under 50M, 03 under 100M, 04 under 300M, 05 300M or more. */
    public static BalanceBand band(String code) throws MalformedRecordException {
        return switch (code) {
            case "00" -> BalanceBand.NONE;
            case "01" -> BalanceBand.UNDER_10M;
            case "02" -> BalanceBand.UNDER_50M;
            case "03" -> BalanceBand.UNDER_100M;
            case "04" -> BalanceBand.UNDER_300M;
            case "05" -> BalanceBand.OVER_300M;
            default -> throw new MalformedRecordException("RSP-BALANCE-BAND at offset 56: not a band code 00-05");
        };
    }

    public static String bandCode(BalanceBand band) {
        return "0" + band.ordinal();
    }
}

package org.ekyc.hub.adapter.telecom;

import java.time.LocalDateTime;
import java.util.Map;
import org.ekyc.hub.adapter.fixedformat.FixedWidthDates;
import org.ekyc.hub.adapter.fixedformat.MalformedRecordException;
import org.ekyc.hub.adapter.telegram.PeerErrorException;
import org.ekyc.hub.adapter.telegram.Telegram;
import org.ekyc.hub.adapter.telegram.TelegramHeader;
import org.ekyc.hub.adapter.telegram.TelegramLayout;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.peer.telecom.Carrier;
import org.ekyc.hub.verification.api.peer.telecom.OtpChallenge;
import org.ekyc.hub.verification.api.peer.telecom.PhoneCheckOutcome;
import org.ekyc.hub.verification.api.peer.telecom.PhoneIdentity;
import org.ekyc.hub.verification.api.peer.telecom.PhoneIdentityRequest;

/**
 * The telecom identity service's telegrams (휴대폰 본인확인, docs/layouts/telecom-identity.md):
 * 0100/0110 identity request and OTP issued, 0200/0210 OTP confirmation with CI and DI. Turns the
 * canonical requests into records and checks what the carrier returns: the echoed transaction id,
 * a known response code, and on success a CI of 88 and a DI of 64 base64 characters. Thread-safe.
 */
public final class TelecomTelegrams {

    public static final String OTP_REQUEST = "0100";
    public static final String OTP_RESPONSE = "0110";
    public static final String CONFIRM_REQUEST = "0200";
    public static final String CONFIRM_RESPONSE = "0210";

    private static final TelegramLayout OTP_RQ = TelegramLayout.of(OTP_REQUEST, "TELOTPRQ");
    private static final TelegramLayout OTP_RS = TelegramLayout.of(OTP_RESPONSE, "TELOTPRS");
    private static final TelegramLayout CNF_RQ = TelegramLayout.of(CONFIRM_REQUEST, "TELCNFRQ");
    private static final TelegramLayout CNF_RS = TelegramLayout.of(CONFIRM_RESPONSE, "TELCNFRS");

    private final String orgCode;

    /** @param orgCode the hub's institution code at the carriers' gateway (8 characters at most) */
    public TelecomTelegrams(String orgCode) {
        if (orgCode == null || orgCode.isBlank() || orgCode.length() > 8) {
            throw new IllegalArgumentException("institution code of 1-8 characters required");
        }
        this.orgCode = orgCode;
    }

    /** Wire code of a carrier: SKT, KTF, LGT for the networks, SKM, KTM, LGM for their resale (알뜰폰) lines. */
    public static String carrierCode(Carrier carrier) {
        return switch (carrier) {
            case SKT -> "SKT";
            case KT -> "KTF";
            case LGU -> "LGT";
            case SKT_MVNO -> "SKM";
            case KT_MVNO -> "KTM";
            case LGU_MVNO -> "LGM";
        };
    }

    /**
     * The 0100 identity request.
     *
     * @throws org.ekyc.hub.adapter.telegram.UnfitFieldException a value the record cannot carry (a control
     *         character, no MS949 encoding, a name over 40 bytes)
     */
    public byte[] otpRequest(String transactionId, LocalDateTime now, PhoneIdentityRequest r) {
        return OTP_RQ.encode(TelegramHeader.request(OTP_REQUEST, transactionId, now, orgCode), Map.of(
                "REQ-NAME", r.name(),
                "REQ-BIRTH-DATE", FixedWidthDates.format(r.birthDate()),
                "REQ-SEX", r.sex().name(),
                "REQ-NATIONALITY-FLAG", r.foreigner() ? "2" : "1",
                "REQ-PHONE", r.phone(),
                "REQ-CARRIER", carrierCode(r.carrier())));
    }

    /** The 0110 answer to the 0100 with this transaction id. */
    public OtpChallenge otpResponse(byte[] record, String transactionId) throws MalformedRecordException, PeerErrorException {
        Telegram t = OTP_RS.decode(record);
        checkTransaction(t, transactionId);
        String code = t.header().responseCode();
        return switch (code) {
            case "0000" -> {
                int valid = (int) t.integer("RSP-OTP-VALID-SECONDS");
                if (valid == 0) {
                    throw new MalformedRecordException("RSP-OTP-VALID-SECONDS at offset 50: zero for an OTP sent");
                }
                yield new OtpChallenge(PhoneCheckOutcome.OTP_SENT, transactionId, valid, code);
            }
            case "1001" -> new OtpChallenge(PhoneCheckOutcome.NO_SUBSCRIBER, null, 0, code);
            case "1002", "1003" -> new OtpChallenge(PhoneCheckOutcome.IDENTITY_MISMATCH, null, 0, code);
            default -> {
                unknownOrError(t);
                throw new IllegalStateException();
            }
        };
    }

    /** The 0200 confirmation of the code the applicant entered. */
    public byte[] confirmRequest(String transactionId, LocalDateTime now, String otp) {
        if (otp == null || !otp.trim().matches("[0-9]{6}")) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "otp");
        }
        return CNF_RQ.encode(TelegramHeader.request(CONFIRM_REQUEST, transactionId, now, orgCode),
                Map.of("REQ-OTP", otp.trim()));
    }

    /** The 0210 answer: CI and DI when the code matched. */
    public PhoneIdentity confirmResponse(byte[] record, String transactionId) throws MalformedRecordException, PeerErrorException {
        Telegram t = CNF_RS.decode(record);
        checkTransaction(t, transactionId);
        String code = t.header().responseCode();
        return switch (code) {
            case "0000" -> {
                String ci = t.text("RSP-CI");
                String di = t.text("RSP-DI");
                if (!isBase64(ci, PhoneIdentity.CI_LENGTH)) {
                    throw new MalformedRecordException("RSP-CI at offset 50: not " + PhoneIdentity.CI_LENGTH + " base64 characters");
                }
                if (!isBase64(di, PhoneIdentity.DI_LENGTH)) {
                    throw new MalformedRecordException("RSP-DI at offset 138: not " + PhoneIdentity.DI_LENGTH + " base64 characters");
                }
                yield new PhoneIdentity(PhoneCheckOutcome.VERIFIED, ci, di, code);
            }
            case "2001" -> new PhoneIdentity(PhoneCheckOutcome.OTP_MISMATCH, null, null, code);
            case "2002", "2003", "2004" -> new PhoneIdentity(PhoneCheckOutcome.OTP_EXPIRED, null, null, code);
            default -> {
                unknownOrError(t);
                throw new IllegalStateException();
            }
        };
    }

    static void checkTransaction(Telegram t, String transactionId) throws MalformedRecordException {
        if (!t.header().transactionId().equals(transactionId)) {
            throw new MalformedRecordException("HDR-TX-ID at offset 4: reply to another transaction");
        }
    }

    /** A 9xxx code is the peer's own failure; any other code is not in the agreed list. Always throws. */
    static void unknownOrError(Telegram t) throws MalformedRecordException, PeerErrorException {
        String code = t.header().responseCode();
        if (code.startsWith("9")) {
            throw new PeerErrorException(t.header().type(), code);
        }
        throw new MalformedRecordException("HDR-RESP-CODE at offset 38: response code '"
                + code.replaceAll("[^0-9A-Za-z]", "?") + "' is not in the agreed list");
    }

    private static boolean isBase64(String s, int length) {
        return s != null && s.length() == length && s.matches("[A-Za-z0-9+/]+={0,2}");
    }

}

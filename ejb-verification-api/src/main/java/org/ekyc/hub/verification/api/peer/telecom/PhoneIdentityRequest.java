package org.ekyc.hub.verification.api.peer.telecom;

import java.time.LocalDate;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * What the telecom identity service (휴대폰 본인확인) is asked: is this Korean mobile number
 * registered to this person? Built by the engine from the case; holds personal data.
 *
 * @param name      the name as the carrier has it: Hangul for most applicants, Latin for foreigners
 *                  registered under their passport name
 * @param birthDate date of birth
 * @param sex       M or F
 * @param foreigner 내/외국인 구분: true for a foreign national
 * @param phone     Korean mobile number, normalised to 01X digits (a +82 prefix is accepted)
 * @param carrier   the carrier the applicant chose
 */
public record PhoneIdentityRequest(String name, LocalDate birthDate, Sex sex, boolean foreigner, String phone,
                                   Carrier carrier) {

    public PhoneIdentityRequest {
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "name");
        }
        name = name.trim().replaceAll("\\s+", " ");
        if (birthDate == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "birthDate");
        }
        if (sex == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "sex");
        }
        if (carrier == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "carrier");
        }
        phone = koreanMobile(phone);
    }

    @Override
    public String toString() {
        return "PhoneIdentityRequest[carrier=" + carrier + ", foreigner=" + foreigner + "]";
    }

    /** 010-1234-5678, +82 10 1234 5678 and 01012345678 all give 01012345678. */
    public static String koreanMobile(String phone) {
        if (phone == null || phone.isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "phone");
        }
        String digits = phone.replaceAll("[\\s-]", "");
        if (digits.startsWith("+82")) {
            digits = "0" + digits.substring(3);
        }
        if (!digits.matches("01[016789][0-9]{7,8}")) {
            throw new InvalidRequestException(ReasonCode.INVALID_PHONE, "phone");
        }
        return digits;
    }
}

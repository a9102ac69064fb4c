package org.ekyc.hub.verification.internal;

import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * The refusal of every command on a decided (APPROVED or REJECTED) case: the case does not change,
 * the only thing recorded is the audit line {@code COMMAND_REFUSED_CASE_DECIDED op=<command>}, and the
 * caller gets CASE_ALREADY_DECIDED (HTTP 409, a SOAP KycFault). What is not refused: reading the case,
 * opening the account an approval ordered, the purge of a face template whose retention is over, and a
 * re-screening after a list update (recorded as a finding, see {@code ScreeningStep#recordRescreening}).
 */
final class DecidedCase {

    private DecidedCase() {
    }

    /** @throws InvalidRequestException CASE_ALREADY_DECIDED when {@code status} is decided */
    static void refuse(String caseId, CaseStatus status, String op) {
        if (CaseTransitions.decided(status)) {
            CaseLogContext.run(caseId, () -> CaseStore.LOG.infof("command %s refused: the case is %s", op, status));
            AuditTrail.record("COMMAND_REFUSED_CASE_DECIDED op=" + op, caseId, "engine");
            throw new InvalidRequestException(ReasonCode.CASE_ALREADY_DECIDED, "status");
        }
    }

    /** The command name of a peer's answer, query or question, for the refusal's audit line. */
    static String op(Object command) {
        return switch (command.getClass().getSimpleName()) {
            case "StayStatus", "ImmigrationQuery" -> "IMMIGRATION_CHECK";
            case "ResidentIdResult", "ResidentIdQuery", "ResidentCard" -> "RESIDENT_CHECK";
            case "TaxStatus", "TaxQuery", "IncomeStatus" -> "INCOME_CHECK";
            case "CreditSummary", "PendingCreditEnquiry", "CreditEnquiry" -> "CREDIT_SUMMARY";
            case "OtpChallenge", "PhoneOwner", "PhoneOwnerQuery" -> "PHONE_OTP_REQUEST";
            case "PhoneIdentity", "OtpTransaction" -> "PHONE_OTP_CONFIRM";
            default -> command.getClass().getSimpleName();
        };
    }
}

package org.ekyc.hub.verification.api.peer.corebanking;

import java.time.LocalDate;

/**
 * What came of one account-opening order.
 *
 * @param outcome       OPENED, REFUSED by core banking, or FAILED (technical: no reply in time, reply
 *                      unreadable or for another case, broker unreachable) — a failed order is sent again
 * @param accountNumber the account core banking opened (OPENED only); personal financial data, never logged
 * @param openedDate    the day core banking opened it (OPENED only)
 * @param returnCode    core banking's return code (OPENED: 00; REFUSED: anything else); null for FAILED
 * @param detail        for FAILED: why, without personal data (for the log and audit)
 */
public record AccountOpeningResult(Outcome outcome, String accountNumber, LocalDate openedDate, String returnCode,
                                   String detail) {

    public enum Outcome { OPENED, REFUSED, FAILED }

    public AccountOpeningResult {
        if (outcome == null) {
            throw new IllegalArgumentException("outcome is required");
        }
        if (outcome == Outcome.OPENED && (accountNumber == null || accountNumber.isBlank() || openedDate == null)) {
            throw new IllegalArgumentException("an opened account needs its number and opening date");
        }
        if (outcome == Outcome.REFUSED && (returnCode == null || returnCode.isBlank())) {
            throw new IllegalArgumentException("a refusal needs core banking's return code");
        }
    }

    public static AccountOpeningResult opened(String accountNumber, LocalDate openedDate) {
        return new AccountOpeningResult(Outcome.OPENED, accountNumber.trim(), openedDate, "00", null);
    }

    public static AccountOpeningResult refused(String returnCode) {
        return new AccountOpeningResult(Outcome.REFUSED, null, null, returnCode, null);
    }

    public static AccountOpeningResult failed(String why) {
        return new AccountOpeningResult(Outcome.FAILED, null, null, null, why);
    }

    /** The account number masked to its last four characters, e.g. {@code **********1234}; null when none. */
    public static String mask(String accountNumber) {
        if (accountNumber == null) {
            return null;
        }
        int keep = Math.min(4, accountNumber.length() / 2);
        return "*".repeat(accountNumber.length() - keep) + accountNumber.substring(accountNumber.length() - keep);
    }

    /** Never the account number: for logs and exceptions. */
    @Override
    public String toString() {
        return "AccountOpeningResult[" + outcome + (returnCode == null ? "" : ", rc=" + returnCode)
                + (detail == null ? "" : ", " + detail) + "]";
    }
}

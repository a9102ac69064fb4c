package org.ekyc.hub.adapter.telegram;

import java.time.LocalDateTime;

/**
 * The 50-byte common header of every TCP telegram (전문 공통부): telegram type, transaction id,
 * timestamp (Korea time, YYYYMMDDHHMMSS), response code (blank in requests) and the sender's
 * institution code. docs/layouts/telecom-identity.md has the table.
 */
public record TelegramHeader(String type, String transactionId, LocalDateTime timestamp, String responseCode,
                             String orgCode) {

    /** A request header: no response code yet. */
    public static TelegramHeader request(String type, String transactionId, LocalDateTime timestamp, String orgCode) {
        return new TelegramHeader(type, transactionId, timestamp, "", orgCode);
    }
}

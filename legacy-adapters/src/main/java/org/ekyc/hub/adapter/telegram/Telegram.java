package org.ekyc.hub.adapter.telegram;

import org.ekyc.hub.adapter.copybook.CopybookRecord;

/** A decoded telegram: its header and every field of the record (header fields included) by copybook name. */
public record Telegram(TelegramHeader header, CopybookRecord record) {

    public String text(String field) {
        return record.text(field);
    }

    public long integer(String field) {
        return record.integer(field);
    }
}

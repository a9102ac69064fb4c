package org.ekyc.hub.adapter.telegram;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ekyc.hub.adapter.copybook.Copybook;
import org.ekyc.hub.adapter.copybook.CopybookCodec;
import org.ekyc.hub.adapter.copybook.CopybookField;
import org.ekyc.hub.adapter.copybook.CopybookRecord;
import org.ekyc.hub.adapter.fixedformat.MalformedRecordException;
import org.ekyc.hub.verification.api.FieldRules;

/**
 * One telegram type of a TCP peer, driven by its copybook in {@code telegrams/*.cpy}: the 50-byte
 * common header ({@code HDR-*} items) and the body. Records are in MS949 ({@code x-windows-949}), the
 * superset of EUC-KR that Korean peers send in practice: every EUC-KR byte sequence means the same in
 * MS949, and names with Hangul syllables outside KS X 1001's 2,350 (e.g. 똠, 햏) still encode instead
 * of failing. The 4-digit length prefix is framing, handled by the transport, not part of the record.
 *
 * <p>{@link #decode} checks, in this order: at least a header's length, the telegram type, the exact
 * record length, each field against its picture (digits in PIC 9, MS949 characters and no control
 * bytes in PIC X) and a real timestamp; any fault is a {@link MalformedRecordException} naming the
 * field, never a crash and never a value (fields hold personal data). Thread-safe.
 */
public final class TelegramLayout {

    /** MS949 / Windows-949 / CP949: EUC-KR's superset. */
    public static final Charset CHARSET = Charset.forName("x-windows-949");
    public static final int HEADER_LENGTH = 50;
    /** Timestamps are Korea time, as the peers keep them. */
    public static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

    private final String type;
    private final CopybookCodec codec;

    public TelegramLayout(String type, Copybook copybook) {
        if (type == null || type.length() != 4) {
            throw new IllegalArgumentException("telegram type has 4 characters");
        }
        this.type = type;
        this.codec = new CopybookCodec(copybook, CHARSET);
        if (copybook.field("HDR-TX-ID").offset() != 4 || copybook.field("HDR-ORG-CODE").end() != HEADER_LENGTH) {
            throw new IllegalArgumentException(copybook.name() + " does not start with the common 50-byte header");
        }
    }

    /** The layout of {@code telegrams/<name>.cpy} for telegram type {@code type}. */
    public static TelegramLayout of(String type, String copybookName) {
        return new TelegramLayout(type, Copybook.fromClasspath("telegrams/" + copybookName + ".cpy"));
    }

    public String type() {
        return type;
    }

    /** Bytes of one record of this type (without the length prefix). */
    public int length() {
        return codec.copybook().recordLength();
    }

    /**
     * The first body field (in the record's order) whose text this record cannot carry: a control character
     * (C0, DEL, C1: NUL, ESC, a line end, …), a character with no MS949 encoding, or more bytes in MS949 than
     * the field has. Its name (e.g. {@code REQ-NAME}), never its value; empty when every value fits. Such a
     * request is the case's error, never the peer's: {@link #encode} refuses it before anything is sent.
     */
    public Optional<String> unfitField(Map<String, ?> body) {
        for (CopybookField f : codec.copybook().fields().values()) {
            if (body.get(f.name()) instanceof CharSequence text && !fits(text.toString(), f.length())) {
                return Optional.of(f.name());
            }
        }
        return Optional.empty();
    }

    private static boolean fits(String text, int bytes) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return false;
            }
        }
        int length = FieldRules.byteLength(text, CHARSET);
        return length >= 0 && length <= bytes;
    }

    /**
     * Encodes header + body fields.
     *
     * @throws UnfitFieldException a body value this record cannot carry ({@link #unfitField}): nothing is
     *                              encoded, so a request is never cut, nor sent with a control byte
     */
    public byte[] encode(TelegramHeader header, Map<String, ?> body) {
        if (!type.equals(header.type())) {
            throw new IllegalArgumentException("header type " + header.type() + " on a " + type + " layout");
        }
        unfitField(body).ifPresent(field -> {
            throw new UnfitFieldException(field, type);
        });
        Map<String, Object> values = new HashMap<>(body);
        values.put("HDR-TYPE", header.type());
        values.put("HDR-TX-ID", header.transactionId());
        values.put("HDR-TIMESTAMP", STAMP.format(header.timestamp()));
        values.put("HDR-RESP-CODE", header.responseCode() == null ? "" : header.responseCode());
        values.put("HDR-ORG-CODE", header.orgCode() == null ? "" : header.orgCode());
        return codec.encode(values);
    }

    /** Decodes one record that must be of this layout's type. */
    public Telegram decode(byte[] record) throws MalformedRecordException {
        if (record == null || record.length < HEADER_LENGTH) {
            throw new MalformedRecordException("telegram of " + (record == null ? 0 : record.length)
                    + " bytes is shorter than the " + HEADER_LENGTH + "-byte header (" + type + " expected)");
        }
        String found = new String(record, 0, 4, StandardCharsets.ISO_8859_1);
        if (!found.equals(type)) {
            throw new MalformedRecordException("telegram type '" + printable(found) + "' where " + type + " was expected");
        }
        CopybookRecord r = codec.decode(record);
        LocalDateTime timestamp;
        try {
            timestamp = LocalDateTime.parse(String.format("%014d", r.integer("HDR-TIMESTAMP")), STAMP);
        } catch (DateTimeParseException e) {
            throw new MalformedRecordException("HDR-TIMESTAMP at offset 24: not a YYYYMMDDHHMMSS time");
        }
        return new Telegram(new TelegramHeader(r.text("HDR-TYPE"), r.text("HDR-TX-ID"), timestamp,
                r.text("HDR-RESP-CODE"), r.text("HDR-ORG-CODE")), r);
    }

    private static String printable(String s) {
        return s.replaceAll("[^\\x20-\\x7E]", "?");
    }
}

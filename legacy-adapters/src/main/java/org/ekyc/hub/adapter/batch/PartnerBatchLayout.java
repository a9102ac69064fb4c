package org.ekyc.hub.adapter.batch;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.ekyc.hub.adapter.fixedformat.FixedRecordCodec;
import org.ekyc.hub.adapter.fixedformat.FixedWidthDates;
import org.ekyc.hub.adapter.fixedformat.MalformedRecordException;
import org.ekyc.hub.verification.api.Address;
import org.ekyc.hub.verification.api.AddressKind;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.FieldRules;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * The partner KYC batch exchange: a fixed-width file (LRECL 128) of one header (H), detail
 * records (D) and one trailer (T) whose count must equal the number of details. The result file
 * has the same frame with one result record (R) per detail. Layouts: docs/layouts/batch-kyc.md.
 *
 * <p>Faults of the file's frame (no header, no trailer, a header or trailer off-layout, a record of another
 * type between them, a wrong count) reject the whole file: nothing is processed, so a half-read file can
 * never produce half a result. A detail record that cannot be read, or whose content is refused, is refused
 * alone: it gets a result record with return code 08 and a line of the reject file ({@link #rejectFile}); the
 * trailer's count covers it.
 */
public final class PartnerBatchLayout {

    public static final int LRECL = 128;

    private final FixedRecordCodec<BatchHeader> headers;
    private final FixedRecordCodec<BatchDetail> details;
    private final FixedRecordCodec<BatchTrailer> trailers;
    private final FixedRecordCodec<BatchResult> results;

    public PartnerBatchLayout(CamelContext context) {
        // Lines are text here; the file's code page is applied when the file is read and written.
        java.nio.charset.Charset text = java.nio.charset.StandardCharsets.UTF_8;
        headers = new FixedRecordCodec<>(context, BatchHeader.class, LRECL, text);
        details = new FixedRecordCodec<>(context, BatchDetail.class, LRECL, text);
        trailers = new FixedRecordCodec<>(context, BatchTrailer.class, LRECL, text);
        results = new FixedRecordCodec<>(context, BatchResult.class, LRECL, text);
    }

    /**
     * Parses and checks a whole file as it lies on disk, in the code page {@code charset} (MS949): fields are
     * cut at their byte positions, so a detail with correctly encoded Hangul (two bytes a syllable) has its
     * 128 bytes. A header or trailer with bytes that are no character of the code page, a control byte, or a
     * double-byte character cut by a field's end is malformed, with its line number, and so is the file. Such a
     * detail record, or one of another length, is unreadable ({@link DetailRecord#unreadable}: MALFORMED_RECORD
     * with its field; FIELD_TOO_LONG for a double-byte character cut by its field's end, a value longer than
     * the field's bytes) and the file's other records go on.
     */
    public PartnerBatch parse(byte[] file, Charset charset) throws MalformedRecordException {
        List<String> lines = new ArrayList<>();
        List<byte[]> raw = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= file.length; i++) {
            if (i == file.length || file[i] == '\n') {
                int end = i > start && file[i - 1] == '\r' ? i - 1 : i;
                byte[] line = Arrays.copyOfRange(file, start, end);
                raw.add(line);
                // one char a byte: Bindy's positions are then byte positions
                lines.add(new String(line, StandardCharsets.ISO_8859_1));
                start = i + 1;
            }
        }
        return parse(lines, new Recoder() {
            @Override
            public void checkFrame(int line) throws MalformedRecordException {
                checkLine(raw.get(line - 1), charset, line);
            }

            @Override
            public void checkDetail(int line) throws MalformedRecordException {
                byte[] bytes = raw.get(line - 1);
                if (bytes.length != LRECL) {
                    throw new FieldMalformed("record length " + bytes.length + ", a detail needs " + LRECL, line, null,
                            ReasonCode.MALFORMED_RECORD);
                }
                for (int i = 0; i < bytes.length; i++) {
                    if (isControl(bytes[i])) {
                        throw new FieldMalformed("control byte in a record", line, fieldAt(i), ReasonCode.MALFORMED_RECORD);
                    }
                }
                checkFields(bytes, charset, line);
            }

            @Override
            public void apply(Object record, int line) throws MalformedRecordException {
                recode(record, charset, line);
            }
        });
    }

    /** Parses and checks a whole file given as its lines (line ends removed). */
    public PartnerBatch parse(List<String> lines) throws MalformedRecordException {
        return parse(lines, new Recoder() {
        });
    }

    /** The byte checks of the file's lines and what is done to each decoded record, with its line number. */
    private interface Recoder {
        default void checkFrame(int line) throws MalformedRecordException {
        }

        default void checkDetail(int line) throws MalformedRecordException {
        }

        default void apply(Object record, int line) throws MalformedRecordException {
        }
    }

    /**
     * A fault in one field of a record: {@code field} the layout's name of it (null when not one field), {@code
     * code} MALFORMED_RECORD, or FIELD_TOO_LONG for a value that runs past its field's last byte.
     */
    private static final class FieldMalformed extends MalformedRecordException {
        private static final long serialVersionUID = 1L;
        private final String field;
        private final ReasonCode code;

        FieldMalformed(String reason, int line, String field, ReasonCode code) {
            super(reason, line, null);
            this.field = field;
            this.code = code;
        }
    }

    private PartnerBatch parse(List<String> lines, Recoder recoder) throws MalformedRecordException {
        List<String> content = new ArrayList<>(lines);
        while (!content.isEmpty() && content.get(content.size() - 1).isEmpty()) {
            content.remove(content.size() - 1);
        }
        if (content.isEmpty() || !content.get(0).startsWith("H")) {
            throw new BatchRejectedException(ReasonCode.BATCH_HEADER_MISSING, "first record must be of type H", 1, null);
        }
        // the header's bytes first: a file of binary garbage is refused at its first line
        recoder.checkFrame(1);
        int last = content.size();
        if (last < 2 || !content.get(last - 1).startsWith("T")) {
            throw new BatchRejectedException(ReasonCode.BATCH_TRAILER_MISSING, "last record must be of type T", last, null);
        }
        BatchHeader header = headers.decodeText(content.get(0), 1);
        recoder.apply(header, 1);
        List<DetailRecord> body = new ArrayList<>();
        for (int i = 1; i < last - 1; i++) {
            String line = content.get(i);
            if (!line.startsWith("D")) {
                throw new MalformedRecordException("record type '" + (line.isEmpty() ? "" : line.charAt(0))
                        + "' where a detail record (D) was expected", i + 1, null);
            }
            body.add(detail(line, i + 1, recoder));
        }
        recoder.checkFrame(last);
        BatchTrailer trailer = trailers.decodeText(content.get(last - 1), last);
        recoder.apply(trailer, last);
        // the count covers every detail record, the unreadable ones included
        if (trailer.recordCount != body.size()) {
            throw new BatchRejectedException(ReasonCode.BATCH_TRAILER_COUNT_MISMATCH,
                    "trailer says " + trailer.recordCount + ", file has " + body.size(), last, null);
        }
        return new PartnerBatch(header, body, trailer);
    }

    /** One detail line: read, or unreadable with the field at fault (never the file's failure). */
    private DetailRecord detail(String text, int line, Recoder recoder) {
        try {
            recoder.checkDetail(line);
            BatchDetail detail = details.decodeText(text, line);
            recoder.apply(detail, line);
            return DetailRecord.read(line, detail);
        } catch (MalformedRecordException e) {
            boolean numbered = text.length() >= 7 && text.substring(1, 7).chars().allMatch(c -> c >= '0' && c <= '9');
            int sequence = numbered ? Integer.parseInt(text.substring(1, 7)) : 0;
            if (e instanceof FieldMalformed f) {
                return DetailRecord.unreadable(line, sequence, f.code, f.field);
            }
            return DetailRecord.unreadable(line, sequence, ReasonCode.MALFORMED_RECORD,
                    text.length() == LRECL && !numbered ? "SEQUENCE" : null);
        }
    }

    /** The layout's name of the detail field at 0-based byte {@code offset} (docs/layouts/batch-kyc.md), or null. */
    static String fieldAt(int offset) {
        for (Field f : BatchDetail.class.getFields()) {
            DataField at = f.getAnnotation(DataField.class);
            if (at != null && offset >= at.pos() - 1 && offset < at.pos() - 1 + at.length()) {
                return layoutName(f.getName());
            }
        }
        return null;
    }

    /**
     * The layout's name (docs/layouts/batch-kyc.md) of a detail field, given as {@link BatchDetail}'s field or as
     * the field an API record names in its refusal; null for none or one the layout does not have.
     */
    public static String layoutName(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "recordType" -> "RECORD-TYPE";
            case "sequence", "idempotencyKey" -> "SEQUENCE";
            case "customerRef", "externalReference" -> "CUSTOMER-REF";
            case "surname" -> "SURNAME";
            case "givenNames" -> "GIVEN-NAMES";
            case "nationality" -> "NATIONALITY";
            case "birthDate" -> "BIRTH-DATE";
            case "product" -> "PRODUCT";
            case "registrationNumber" -> "REGISTRATION-NO";
            case "residenceCountry", "addresses", "addresses.country" -> "RESIDENCE-COUNTRY";
            case "filler" -> "filler";
            default -> null;
        };
    }

    private static boolean isControl(byte b) {
        return (b & 0xFF) < 0x20 || b == 0x7F;
    }

    /** Every byte of the line a character of {@code charset}, none a control byte. */
    private static void checkLine(byte[] line, Charset charset, int number) throws MalformedRecordException {
        for (byte b : line) {
            if (isControl(b)) {
                throw new MalformedRecordException("control byte in a record", number, null);
            }
        }
        strict(line, charset, number, "record");
    }

    /** Each text field of {@code record}, cut from the line's bytes, decoded in {@code charset}. */
    private static void recode(Object record, Charset charset, int line) throws MalformedRecordException {
        for (Field f : record.getClass().getFields()) {
            if (f.getType() != String.class || Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            try {
                String bytes = (String) f.get(record);
                if (bytes != null) {
                    f.set(record, strict(bytes.getBytes(StandardCharsets.ISO_8859_1), charset, line, f.getName()));
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String strict(byte[] bytes, Charset charset, int line, String what) throws MalformedRecordException {
        try {
            return decode(bytes, charset);
        } catch (CharacterCodingException e) {
            throw new FieldMalformed(what + ": bytes that are not characters of " + charset.name()
                    + " (or a double-byte character cut by the field's end)", line, layoutName(what), ReasonCode.MALFORMED_RECORD);
        }
    }

    /**
     * Each field of a detail line, at its byte positions, decoded in {@code charset}: a field whose bytes are
     * characters but for the first byte of a double-byte one at its very end held a value longer than its
     * bytes (FIELD_TOO_LONG); other bytes of no character are MALFORMED_RECORD.
     */
    private static void checkFields(byte[] line, Charset charset, int number) throws MalformedRecordException {
        for (Field f : BatchDetail.class.getFields()) {
            DataField at = f.getAnnotation(DataField.class);
            if (at == null || line.length < at.pos() - 1 + at.length()) {
                continue;
            }
            byte[] bytes = Arrays.copyOfRange(line, at.pos() - 1, at.pos() - 1 + at.length());
            try {
                decode(bytes, charset);
            } catch (CharacterCodingException e) {
                int end = bytes[bytes.length - 1] & 0xFF;
                boolean cut = end >= 0x81 && end <= 0xFE && decodes(Arrays.copyOf(bytes, bytes.length - 1), charset);
                throw new FieldMalformed(f.getName() + (cut ? ": a double-byte character cut by the field's end"
                        : ": bytes that are not characters of " + charset.name()), number, layoutName(f.getName()),
                        cut ? ReasonCode.FIELD_TOO_LONG : ReasonCode.MALFORMED_RECORD);
            }
        }
    }

    private static boolean decodes(byte[] bytes, Charset charset) {
        try {
            decode(bytes, charset);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    /**
     * The canonical command for a detail record; content faults raise InvalidRequestException. The
     * idempotency key is partner + file sequence + record sequence, so a file read again after a
     * crash opens no second case for the records already done.
     */
    public static OpenCaseCommand toOpenCase(BatchHeader header, BatchDetail d) {
        LocalDate birthDate;
        try {
            birthDate = FixedWidthDates.parse(d.birthDate, "BIRTH-DATE");
        } catch (IllegalArgumentException e) {
            throw new org.ekyc.hub.verification.api.InvalidRequestException(ReasonCode.INVALID_BIRTH_DATE, "birthDate");
        }
        // the record's own widths in bytes of its code page: a value never longer than the field it came in
        FieldRules.fits(d.surname, FieldRules.RecordField.BATCH_SURNAME, "surname");
        FieldRules.fits(d.givenNames, FieldRules.RecordField.BATCH_GIVEN_NAMES, "givenNames");
        FieldRules.fits(d.customerRef, FieldRules.RecordField.BATCH_CUSTOMER_REF, "externalReference");
        Applicant applicant = new Applicant(d.surname, d.givenNames, null, d.nationality, birthDate, null, null,
                d.residenceCountry == null || d.residenceCountry.isBlank() ? List.of()
                        : List.of(Address.inCountry(AddressKind.RESIDENCE, d.residenceCountry)));
        return new OpenCaseCommand(applicant, Product.fromCode(d.product), Channel.BATCH, d.customerRef,
                d.registrationNumber, "BATCH:" + header.partnerId + ":" + header.fileSequence + ":" + d.sequence);
    }

    public static BatchResult accepted(BatchDetail d, CaseView view) {
        BatchResult r = result(d, "00");
        r.caseId = view.caseId();
        r.caseStatus = view.status().name();
        r.reasonCode = view.reasons().isEmpty() ? "" : view.reasons().get(0).name();
        r.immigrationCheck = view.immigrationCheck().name();
        return r;
    }

    public static BatchResult refused(BatchDetail d, ReasonCode reason) {
        BatchResult r = result(d, "08");
        r.reasonCode = reason.name();
        return r;
    }

    /** The outcome of a detail record that opened (or had opened) the case {@code view}. */
    public static DetailOutcome accepted(DetailRecord r, CaseView view) {
        return new DetailOutcome(r, accepted(r.detail(), view), null);
    }

    /**
     * The outcome of a detail record refused with {@code reason}; {@code field} the field the refusal names (an
     * API record's, e.g. {@code nationality}, or the layout's), null when none.
     */
    public static DetailOutcome refused(DetailRecord r, ReasonCode reason, String field) {
        BatchResult result;
        if (r.detail() != null) {
            result = refused(r.detail(), reason);
        } else {
            result = new BatchResult();
            result.sequence = r.sequence();
            result.returnCode = "08";
            result.reasonCode = reason.name();
        }
        String named = field == null ? null : field.equals(field.toUpperCase(java.util.Locale.ROOT)) ? field : layoutName(field);
        return new DetailOutcome(r, result, new DetailRecord.Refusal(reason, named));
    }

    /** The outcome of a detail record that could not be read ({@link DetailRecord#unreadable}). */
    public static DetailOutcome unreadable(DetailRecord r) {
        return refused(r, r.unreadable().reason(), r.unreadable().field());
    }

    /**
     * The reject file: one line per refused detail record, in file order, ASCII, e.g.
     * {@code line=000004 sequence=000003 field=NATIONALITY code=INVALID_NATIONALITY}: the record's line in the
     * file, its SEQUENCE (000000 when unreadable), the layout's field at fault ({@code -} when no one field) and
     * the reason code (docs/reason-codes.md). Never a value of the record. Empty when nothing was refused.
     */
    public static String rejectFile(List<DetailOutcome> outcomes) {
        StringBuilder out = new StringBuilder();
        for (DetailOutcome o : outcomes) {
            if (o.refused()) {
                out.append(String.format(java.util.Locale.ROOT, "line=%06d sequence=%06d field=%s code=%s\n",
                        o.record().line(), o.record().sequence(),
                        o.refusal().field() == null ? "-" : o.refusal().field(), o.refusal().reason().name()));
            }
        }
        return out.toString();
    }

    private static BatchResult result(BatchDetail d, String returnCode) {
        BatchResult r = new BatchResult();
        r.sequence = d.sequence;
        r.customerRef = d.customerRef == null ? "" : d.customerRef;
        r.returnCode = returnCode;
        return r;
    }

    /** The result file: header (echoing the input's partner and sequence, dated today), results, trailer. */
    public String resultFile(BatchHeader input, List<BatchResult> rows, LocalDate today) {
        BatchHeader h = new BatchHeader();
        h.recordType = "H";
        h.fileDate = FixedWidthDates.format(today);
        h.partnerId = input.partnerId;
        h.fileSequence = input.fileSequence;
        BatchTrailer t = new BatchTrailer();
        t.recordType = "T";
        t.recordCount = rows.size();
        StringBuilder out = new StringBuilder((rows.size() + 2) * (LRECL + 1));
        out.append(headers.encodeText(h)).append('\n');
        for (BatchResult row : rows) {
            out.append(results.encodeText(row)).append('\n');
        }
        out.append(trailers.encodeText(t)).append('\n');
        return out.toString();
    }
}

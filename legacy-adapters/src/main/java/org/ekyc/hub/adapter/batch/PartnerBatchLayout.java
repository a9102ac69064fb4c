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
import org.ekyc.hub.adapter.fixedformat.FixedRecordCodec;
import org.ekyc.hub.adapter.fixedformat.FixedWidthDates;
import org.ekyc.hub.adapter.fixedformat.MalformedRecordException;
import org.ekyc.hub.verification.api.Address;
import org.ekyc.hub.verification.api.AddressKind;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * The partner KYC batch exchange: a fixed-width file (LRECL 128) of one header (H), detail
 * records (D) and one trailer (T) whose count must equal the number of details. The result file
 * has the same frame with one result record (R) per detail. Layouts: docs/layouts/batch-kyc.md.
 *
 * <p>Structural faults (no header, no trailer, a line off-layout, a wrong count) reject the whole
 * file: nothing is processed, so a half-read file can never produce half a result.
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
     * 128 bytes; a line with bytes that are no character of the code page, a control byte, or a double-byte
     * character cut by a field's end is malformed, with its line number.
     */
    public PartnerBatch parse(byte[] file, Charset charset) throws MalformedRecordException {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= file.length; i++) {
            if (i == file.length || file[i] == '\n') {
                int end = i > start && file[i - 1] == '\r' ? i - 1 : i;
                byte[] line = Arrays.copyOfRange(file, start, end);
                checkLine(line, charset, lines.size() + 1);
                // one char a byte: Bindy's positions are then byte positions
                lines.add(new String(line, StandardCharsets.ISO_8859_1));
                start = i + 1;
            }
        }
        return parse(lines, (record, line) -> recode(record, charset, line));
    }

    /** Parses and checks a whole file given as its lines (line ends removed). */
    public PartnerBatch parse(List<String> lines) throws MalformedRecordException {
        return parse(lines, (record, line) -> { });
    }

    /** What is done to each decoded record, with its line number. */
    private interface Recoder {
        void apply(Object record, int line) throws MalformedRecordException;
    }

    private PartnerBatch parse(List<String> lines, Recoder recoder) throws MalformedRecordException {
        List<String> content = new ArrayList<>(lines);
        while (!content.isEmpty() && content.get(content.size() - 1).isEmpty()) {
            content.remove(content.size() - 1);
        }
        if (content.isEmpty() || !content.get(0).startsWith("H")) {
            throw new BatchRejectedException(ReasonCode.BATCH_HEADER_MISSING, "first record must be of type H", 1, null);
        }
        int last = content.size();
        if (last < 2 || !content.get(last - 1).startsWith("T")) {
            throw new BatchRejectedException(ReasonCode.BATCH_TRAILER_MISSING, "last record must be of type T", last, null);
        }
        BatchHeader header = headers.decodeText(content.get(0), 1);
        recoder.apply(header, 1);
        List<BatchDetail> body = new ArrayList<>();
        for (int i = 1; i < last - 1; i++) {
            String line = content.get(i);
            if (!line.startsWith("D")) {
                throw new MalformedRecordException("record type '" + (line.isEmpty() ? "" : line.charAt(0))
                        + "' where a detail record (D) was expected", i + 1, null);
            }
            BatchDetail detail = details.decodeText(line, i + 1);
            recoder.apply(detail, i + 1);
            body.add(detail);
        }
        BatchTrailer trailer = trailers.decodeText(content.get(last - 1), last);
        recoder.apply(trailer, last);
        if (trailer.recordCount != body.size()) {
            throw new BatchRejectedException(ReasonCode.BATCH_TRAILER_COUNT_MISMATCH,
                    "trailer says " + trailer.recordCount + ", file has " + body.size(), last, null);
        }
        return new PartnerBatch(header, body, trailer);
    }

    /** Every byte of the line a character of {@code charset}, none a control byte. */
    private static void checkLine(byte[] line, Charset charset, int number) throws MalformedRecordException {
        for (byte b : line) {
            if ((b & 0xFF) < 0x20 || b == 0x7F) {
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
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedRecordException(what + ": bytes that are not characters of " + charset.name()
                    + " (or a double-byte character cut by the field's end)", line, null);
        }
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

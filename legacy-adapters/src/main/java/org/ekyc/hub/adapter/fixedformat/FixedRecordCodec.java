package org.ekyc.hub.adapter.fixedformat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.dataformat.bindy.fixed.BindyFixedLengthDataFormat;
import org.apache.camel.support.DefaultExchange;

/**
 * Encodes and decodes one fixed-length record type in a given character set (EBCDIC CCSIDs such as
 * IBM037 for MQ, MS949 or ASCII for files). The layout itself is the Bindy-annotated class; this
 * class only adds the byte-level contract: exact record length and the code page.
 *
 * @param <T> the Bindy {@code @FixedLengthRecord} class
 */
public final class FixedRecordCodec<T> {

    private final CamelContext context;
    private final Class<T> type;
    private final int length;
    private final Charset charset;
    private final BindyFixedLengthDataFormat format;

    public FixedRecordCodec(CamelContext context, Class<T> type, int length, Charset charset) {
        this.context = context;
        this.type = type;
        this.length = length;
        this.charset = charset;
        this.format = new BindyFixedLengthDataFormat(type);
        this.format.setCamelContext(context);
        this.format.start();
    }

    public Charset charset() {
        return charset;
    }

    /** Decodes exactly one record of {@code length} bytes. */
    public T decode(byte[] record) throws MalformedRecordException {
        if (record == null || record.length != length) {
            throw new MalformedRecordException("record length " + (record == null ? 0 : record.length)
                    + " bytes, layout " + type.getSimpleName() + " needs " + length);
        }
        String text = new String(record, charset);
        return decodeText(text, 0);
    }

    /** Decodes one record already turned into text (a line of a file), {@code line} for messages. */
    public T decodeText(String text, int line) throws MalformedRecordException {
        if (text.length() != length) {
            throw new MalformedRecordException("record length " + text.length() + ", layout "
                    + type.getSimpleName() + " needs " + length, line, null);
        }
        Exchange exchange = new DefaultExchange(context);
        try {
            Object result = format.unmarshal(exchange,
                    new ByteArrayInputStream((text + "\n").getBytes(StandardCharsets.UTF_8)));
            Object single = result instanceof List<?> list && list.size() == 1 ? list.get(0) : result;
            return type.cast(single);
        } catch (Exception e) {
            throw new MalformedRecordException("does not match layout " + type.getSimpleName() + ": "
                    + e.getMessage(), line, e);
        }
    }

    /** Encodes one record to exactly {@code length} bytes. */
    public byte[] encode(T record) {
        byte[] bytes = encodeText(record).getBytes(charset);
        if (bytes.length != length) {
            throw new IllegalStateException(type.getSimpleName() + " encoded to " + bytes.length
                    + " bytes in " + charset + ", layout needs " + length);
        }
        return bytes;
    }

    /** Encodes one record as text of exactly {@code length} characters, without a line end. */
    public String encodeText(T record) {
        Exchange exchange = new DefaultExchange(context);
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + 2);
        try {
            format.marshal(exchange, List.of(record), out);
        } catch (Exception e) {
            throw new IllegalStateException("cannot encode " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(0, end);
    }
}

package org.ekyc.hub.verification.screening.list;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ekyc.hub.verification.screening.MalformedListException;

/** Reading a list file whole and strictly, so that a broken file is refused before parsing. */
final class ListFiles {

    /** OFAC's legacy files end with a DOS end-of-file mark (0x1A) after the last record. */
    private static final byte DOS_EOF = 0x1A;

    private ListFiles() {
    }

    /** The file's text, decoded strictly as UTF-8 (OFAC's files are ASCII, a subset). */
    static String readText(Path file) throws MalformedListException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new MalformedListException(file.getFileName().toString(), "file", "cannot be read: " + e, e);
        }
        int length = bytes.length;
        while (length > 0 && bytes[length - 1] == DOS_EOF) {
            length--;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedListException(file.getFileName().toString(), "file",
                    "not valid UTF-8 text (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The next record of a list file, or null at its end; a record the CSV parser cannot read (an
     * unterminated quote, …) refuses the file with its line number.
     */
    static org.apache.commons.csv.CSVRecord nextRecord(java.util.Iterator<org.apache.commons.csv.CSVRecord> records,
            org.apache.commons.csv.CSVParser parser, String file, String format) throws MalformedListException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new MalformedListException(file, "line " + (parser.getCurrentLineNumber() + 1),
                    "not " + format + ": " + e.getMessage(), e);
        }
    }
}

package org.ekyc.hub.verification.api;

import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The field rules every channel shares. The API records ({@link Applicant}, {@link Address},
 * {@link OpenCaseCommand}) call them in their constructors, so REST, SOAP, MQ and batch refuse the same
 * values with the same reason code and field, without code of their own. The rules, per field, are in
 * {@code docs/validation.md}. Pure and thread-safe.
 *
 * <p>Every check looks at the value as the channel delivered it, before any trimming or collapsing of
 * white space: a NUL, a line feed or a tab is refused, never quietly turned into a space.
 *
 * <p>The rules are for what comes in. What the hub recorded under the rules of its day is read back with
 * {@link #asRecorded}: normalised, not checked again, so that a case opened before a rule was tightened stays
 * readable.
 */
public final class FieldRules {

    /** The earliest birth date accepted. */
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    /** MS949 (Windows-949), the code page of the partner batch files and of the TCP telegrams. */
    public static final Charset MS949 = Charset.forName("x-windows-949");

    /** EBCDIC CCSID 933 (Korean, Hangul double-byte between SO and SI), the code page of the MQ copybooks. */
    public static final Charset CCSID_933 = Charset.forName("x-IBM933");

    /**
     * A text field of a legacy record a value travels in: its width in bytes and the record's code page.
     * The rule table of {@link #fits(String, RecordField)}; the layouts are in {@code docs/layouts/}.
     */
    public enum RecordField {
        KYCREQ_SURNAME(30, CCSID_933),
        KYCREQ_GIVEN_NAMES(30, CCSID_933),
        KYCREQ_HANGUL_NAME(40, CCSID_933),
        KYCREQ_CUSTOMER_REF(20, CCSID_933),
        ACCTOPEN_SURNAME(30, CCSID_933),
        ACCTOPEN_GIVEN_NAMES(30, CCSID_933),
        BATCH_SURNAME(30, MS949),
        BATCH_GIVEN_NAMES(30, MS949),
        BATCH_CUSTOMER_REF(20, MS949),
        /** REQ-NAME of the telecom and credit bureau telegrams: the Hangul name, else the Latin one. */
        TELEGRAM_NAME(40, MS949);

        private final int bytes;
        private final Charset charset;

        RecordField(int bytes, Charset charset) {
            this.bytes = bytes;
            this.charset = charset;
        }

        public int bytes() {
            return bytes;
        }

        public Charset charset() {
            return charset;
        }
    }

    /**
     * ICAO 9303 nationality codes for people whose state has no ISO 3166-1 code, or whom the ISO code does not
     * describe: Germany as its passports write it ({@code D}, with fillers {@code D<<}), Kosovo ({@code XKX},
     * {@code RKS}), the British nationals' codes, the United Nations' documents and the stateless and refugees.
     */
    private static final Set<String> ICAO_NATIONALITIES = Set.of("D", "D<<", "XKX", "RKS",
            "GBD", "GBN", "GBO", "GBP", "GBS", "UNO", "UNA", "UNK", "XXA", "XXB", "XXC", "XXX");

    private static final Set<String> ISO_COUNTRIES = Set.copyOf(
            new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)));

    /** Punctuation a person's name may hold: hyphens, apostrophes, a period, middle dots. */
    private static final String NAME_PUNCTUATION = "-\u2010'\u2019.\u00B7\u30FB";

    /** Scripts that one name may mix: Japanese writes names in Han with Hiragana and Katakana. */
    private static final Set<Character.UnicodeScript> JAPANESE = EnumSet.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA);

    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;

    /** Set while {@link #asRecorded} builds a record from stored values. */
    private static final ThreadLocal<Boolean> RECORDED = new ThreadLocal<>();

    private FieldRules() {
    }

    /**
     * Builds API records from values the hub stored (a case read back from the database): the records
     * normalise them as usual but apply none of these rules, which the values met, or the rules of the day
     * met, when they came in. Only the engine's case store calls this; channels never do.
     */
    public static <T> T asRecorded(Supplier<T> build) {
        Boolean outer = RECORDED.get();
        RECORDED.set(Boolean.TRUE);
        try {
            return build.get();
        } finally {
            if (outer == null) {
                RECORDED.remove();
            }
        }
    }

    private static boolean checking() {
        return RECORDED.get() == null;
    }

    /**
     * A person's name (surname, given names) in any script: letters, the combining marks that follow them,
     * spaces and the punctuation of {@link #NAME_PUNCTUATION}; one script (Japanese may mix Han, Hiragana and
     * Katakana). At least one letter. Trimmed, runs of spaces made one.
     *
     * @return the normalised name, null when {@code value} is null or blank
     * @throws InvalidRequestException INVALID_CHARACTERS naming {@code field}; FIELD_TOO_LONG beyond
     *                                 {@code maxChars} characters
     */
    public static String personName(String value, String field, int maxChars) {
        String v = freeText(value, field, Integer.MAX_VALUE);
        if (v == null || !checking()) {
            return v;
        }
        Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        int previous = ' ';
        boolean letter = false;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            int type = Character.getType(cp);
            if (Character.isLetter(cp)) {
                letter = true;
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
                    scripts.add(script);
                }
            } else if (isMark(type) || cp == ZWNJ || cp == ZWJ) {
                // a combining mark or a joiner belongs to the letter before it
                if (!Character.isLetter(previous) && !isMark(Character.getType(previous))) {
                    throw invalid(field);
                }
            } else if (cp != ' ' && NAME_PUNCTUATION.indexOf(cp) < 0) {
                throw invalid(field);
            }
            previous = cp;
            i += Character.charCount(cp);
        }
        if (!letter || previous == ZWNJ || previous == ZWJ
                || scripts.size() > 1 && !JAPANESE.containsAll(scripts)) {
            throw invalid(field);
        }
        return maxChars(v, field, maxChars);
    }

    /**
     * A name in Hangul: Hangul syllables (가-힣) and single spaces only, at most
     * {@link RecordField#TELEGRAM_NAME}'s 40 bytes in MS949 (20 syllables), the telegram it travels in.
     *
     * @return the normalised name, null when {@code value} is null or blank
     */
    public static String hangulName(String value, String field) {
        String v = freeText(value, field, Integer.MAX_VALUE);
        if (v == null || !checking()) {
            return v;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c != ' ' && (c < '\uAC00' || c > '\uD7A3')) {
                throw invalid(field);
            }
        }
        return fits(v, RecordField.TELEGRAM_NAME, field);
    }

    /** Whether {@code value} is a person's name of at most {@code maxChars} characters ({@link #personName}). */
    public static boolean isPersonName(String value, int maxChars) {
        try {
            return personName(value, "name", maxChars) != null;
        } catch (InvalidRequestException e) {
            return false;
        }
    }

    /** Whether {@code value} is a Hangul name ({@link #hangulName}). */
    public static boolean isHangulName(String value) {
        try {
            return hangulName(value, "hangulName") != null;
        } catch (InvalidRequestException e) {
            return false;
        }
    }

    /**
     * Free text that travels to peers or records (address lines, references, notes): any character but
     * controls (C0, DEL, C1, including tab, carriage return and line feed), format characters other than the
     * joiners ZWJ and ZWNJ (so no bidirectional overrides, no zero-width spaces), line and paragraph
     * separators, private-use and unassigned code points, unpaired surrogates and U+FFFD (what undecodable
     * bytes became). Trimmed, runs of white space made one space.
     *
     * @return the normalised text, null when {@code value} is null or blank
     * @throws InvalidRequestException INVALID_CHARACTERS naming {@code field}; FIELD_TOO_LONG beyond
     *                                 {@code maxChars} characters
     */
    public static String freeText(String value, String field, int maxChars) {
        return text(value, field, maxChars, false);
    }

    /**
     * Free text a person may have typed on several lines (an address): as {@link #freeText}, but tab, carriage
     * return and line feed are white space, made one space with the rest; every other control is refused.
     */
    public static String foldedText(String value, String field, int maxChars) {
        return text(value, field, maxChars, true);
    }

    private static String text(String value, String field, int maxChars, boolean foldLineBreaks) {
        if (value == null) {
            return null;
        }
        for (int i = 0; checking() && i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (!allowedInText(cp) && !(foldLineBreaks && (cp == '\t' || cp == '\r' || cp == '\n'))) {
                throw invalid(field);
            }
            i += Character.charCount(cp);
        }
        if (value.isBlank()) {
            return null;
        }
        String v = value.strip().replaceAll("\\s+", " ");
        return checking() ? maxChars(v, field, maxChars) : v;
    }

    /** Whether {@code cp} may stand in free text (see {@link #freeText}). */
    public static boolean allowedInText(int cp) {
        int type = Character.getType(cp);
        if (cp == ZWJ || cp == ZWNJ || cp == ' ') {
            return true;
        }
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                && type != Character.PRIVATE_USE && type != Character.UNASSIGNED
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
                && cp != 0xFFFD;
    }

    /** Whether {@code value} holds none of the characters free text refuses (null: true). */
    public static boolean isCleanText(String value) {
        return value == null || !checking() || value.codePoints().allMatch(FieldRules::allowedInText);
    }

    /**
     * An applicant's nationality: an ISO 3166-1 alpha-3 code from the JDK's table, or one of ICAO 9303's
     * nationality codes for people ({@code D<<}, {@code XKX}, {@code XXA}…). Upper-cased and trimmed.
     *
     * @throws InvalidRequestException FIELD_REQUIRED or INVALID_NATIONALITY naming {@code field}
     */
    public static String nationality(String value, String field) {
        String v = code(value, field);
        if (checking() && !ISO_COUNTRIES.contains(v) && !ICAO_NATIONALITIES.contains(v)) {
            throw new InvalidRequestException(ReasonCode.INVALID_NATIONALITY, field);
        }
        return v;
    }

    /**
     * A country (of an address): an ISO 3166-1 alpha-3 code from the JDK's table, or {@code XKX} (Kosovo,
     * as the EU and FATF write it). Upper-cased and trimmed.
     *
     * @throws InvalidRequestException FIELD_REQUIRED or {@code reason} naming {@code field}
     */
    public static String country(String value, String field, ReasonCode reason) {
        String v = code(value, field);
        if (checking() && !ISO_COUNTRIES.contains(v) && !"XKX".equals(v)) {
            throw new InvalidRequestException(reason, field);
        }
        return v;
    }

    private static String code(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, field);
        }
        // a control character stays in the value and fails the table: the field's own reason
        return value.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * A birth date: given, not after {@code today}, not before {@link #EARLIEST_BIRTH_DATE}.
     *
     * @throws InvalidRequestException FIELD_REQUIRED or INVALID_BIRTH_DATE naming {@code field}
     */
    public static LocalDate birthDate(LocalDate value, String field, LocalDate today) {
        if (value == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, field);
        }
        if (checking() && (value.isAfter(today) || value.isBefore(EARLIEST_BIRTH_DATE))) {
            throw new InvalidRequestException(ReasonCode.INVALID_BIRTH_DATE, field);
        }
        return value;
    }

    /**
     * An ISO-8601 calendar date ({@code 2024-02-29}) that exists; null or blank gives null.
     *
     * @throws InvalidRequestException {@code reason} naming {@code field} (no 2023-02-29, no 2024-13-01)
     */
    public static LocalDate isoDate(String value, String field, ReasonCode reason) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip(),
                    DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(reason, field);
        }
    }

    /**
     * The number of bytes {@code value} takes in {@code charset}, or -1 when a character of it has no
     * encoding there. For CCSID 933 this counts the shift-out and shift-in around each run of Hangul.
     */
    public static int byteLength(String value, Charset charset) {
        try {
            return charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(value)).remaining();
        } catch (CharacterCodingException e) {
            return -1;
        }
    }

    /**
     * {@code value} if it takes at most {@code maxBytes} bytes in {@code charset}.
     *
     * @throws InvalidRequestException FIELD_TOO_LONG naming {@code field} when it takes more; INVALID_CHARACTERS
     *                                 when a character of it has no encoding in {@code charset}
     */
    public static String maxBytes(String value, Charset charset, int maxBytes, String field) {
        if (value == null) {
            return null;
        }
        int bytes = byteLength(value, charset);
        if (bytes < 0) {
            throw invalid(field);
        }
        if (bytes > maxBytes) {
            throw new InvalidRequestException(ReasonCode.FIELD_TOO_LONG, field);
        }
        return value;
    }

    /** {@code value} if it fits {@code record}'s field, counted in bytes of its code page (see {@link #maxBytes}). */
    public static String fits(String value, RecordField record, String field) {
        return maxBytes(value, record.charset(), record.bytes(), field);
    }

    private static String maxChars(String value, String field, int maxChars) {
        if (value.codePointCount(0, value.length()) > maxChars) {
            throw new InvalidRequestException(ReasonCode.FIELD_TOO_LONG, field);
        }
        return value;
    }

    private static boolean isMark(int type) {
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static InvalidRequestException invalid(String field) {
        return new InvalidRequestException(ReasonCode.INVALID_CHARACTERS, field);
    }
}

package org.ekyc.hub.verification.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.ekyc.hub.verification.api.peer.tax.TaxQuery;
import org.ekyc.hub.verification.api.risk.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The field rules as every channel meets them: each input goes through the API record a channel builds
 * (applicant, address, command) and is accepted or refused with its exact reason code and field.
 */
class FieldRulesTest {

    private static final LocalDate BORN = LocalDate.of(1994, 3, 17);
    private static final String LONG = "A".repeat(1 << 20);

    /** One input: what it is, how a channel's record is built from it, and the expected refusal (null: accepted). */
    private record Input(String label, Supplier<Object> build, ReasonCode reason, String field) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static final List<Input> INPUTS = new ArrayList<>();

    private static void ok(String label, Supplier<Object> build) {
        INPUTS.add(new Input(label, build, null, null));
    }

    private static void refused(String label, Supplier<Object> build, ReasonCode reason, String field) {
        INPUTS.add(new Input(label, build, reason, field));
    }

    private static Supplier<Object> surname(String v) {
        return () -> new Applicant(v, "AN", null, "VNM", BORN, null, null);
    }

    private static Supplier<Object> given(String v) {
        return () -> new Applicant("NGUYEN", v, null, "VNM", BORN, null, null);
    }

    private static Supplier<Object> hangul(String v) {
        return () -> new Applicant("KIM", "MINJUN", v, "KOR", BORN, null, null);
    }

    private static Supplier<Object> nationality(String v) {
        return () -> new Applicant("KIM", "MINJUN", null, v, BORN, null, null);
    }

    private static Supplier<Object> born(LocalDate v) {
        return () -> new Applicant("KIM", "MINJUN", null, "KOR", v, null, null);
    }

    private static Supplier<Object> address(String country, String lines) {
        return () -> new Address(AddressKind.RESIDENCE, country, lines);
    }

    private static Supplier<Object> reference(String v) {
        return () -> new OpenCaseCommand(new Applicant("KIM", "MINJUN", null, "KOR", BORN, null, null),
                Product.ACCOUNT, Channel.REST, v, null);
    }

    private static Supplier<Object> key(String v) {
        return () -> new OpenCaseCommand(new Applicant("KIM", "MINJUN", null, "KOR", BORN, null, null),
                Product.ACCOUNT, Channel.MQ, null, null, v);
    }

    private static Supplier<Object> decision(String reviewer, String note) {
        return () -> new Decision(CaseStatus.APPROVED, reviewer, note);
    }

    private static Supplier<Object> isoDate(String v) {
        return () -> FieldRules.isoDate(v, "birthDate", ReasonCode.INVALID_BIRTH_DATE);
    }

    private static Supplier<Object> bytes(String v, FieldRules.RecordField record) {
        return () -> FieldRules.fits(v, record, "name");
    }

    static {
        ReasonCode chars = ReasonCode.INVALID_CHARACTERS;
        // names in their own scripts, with the punctuation names use
        ok("Latin", surname("NGUYEN"));
        ok("apostrophe", surname("O'NEIL"));
        ok("typographic apostrophe", surname("O\u2019NEIL"));
        ok("hyphen", surname("AL-HASSAN"));
        ok("hyphen and apostrophe", surname("D'ARCY-SMITH"));
        ok("period and space", surname("ST. JOHN"));
        ok("Vietnamese precomposed", surname("NGUYỄN"));
        ok("Vietnamese decomposed", surname("NGUYE\u0302\u0303N"));
        ok("German umlaut", surname("MÜLLER"));
        ok("Polish", surname("ŁUKASIEWICZ"));
        ok("Spanish", surname("Ñúñez"));
        ok("Hangul surname field", surname("김민준"));
        ok("Han", surname("王小明"));
        ok("Cyrillic", surname("ЕЛЕНА"));
        ok("Greek", surname("ΠΑΠΑΔΟΠΟΥΛΟΣ"));
        ok("Arabic", surname("حسن"));
        ok("Persian with ZWNJ", surname("مهر\u200Cآرا"));
        ok("Thai", surname("สมชาย"));
        ok("Devanagari with marks", surname("देवी"));
        ok("Japanese Han and Hiragana", surname("山田はなこ"));
        ok("Katakana with middle dot", surname("ジョン・スミス"));
        ok("runs of spaces", surname("  KIM   MIN  JUN "));
        ok("60 characters", surname("A".repeat(60)));
        ok("the word true", surname("true"));
        // what is no name
        refused("NUL", surname("KIM\u0000"), chars, "surname");
        refused("leading NUL", surname("\u0000KIM"), chars, "surname");
        refused("NUL alone", surname("\u0000"), chars, "surname");
        refused("ESC sequence", surname("KIM\u001B[31m"), chars, "surname");
        refused("line feed", surname("KIM\nJUN"), chars, "surname");
        refused("carriage return", surname("KIM\rJUN"), chars, "surname");
        refused("trailing line feed", surname("KIM\n"), chars, "surname");
        refused("tab", surname("KIM\tJUN"), chars, "surname");
        refused("DEL", surname("KIM\u007F"), chars, "surname");
        refused("C1 NEL", surname("KIM\u0085"), chars, "surname");
        refused("RTL override", surname("\u202EKIM"), chars, "surname");
        refused("zero-width space", surname("KIM\u200BJUN"), chars, "surname");
        refused("byte order mark", surname("\uFEFFKIM"), chars, "surname");
        refused("line separator", surname("KIM\u2028JUN"), chars, "surname");
        refused("unpaired high surrogate", surname("KIM\uD800"), chars, "surname");
        refused("unpaired low surrogate", surname("\uDC00KIM"), chars, "surname");
        refused("emoji", surname("KIM\uD83D\uDE00"), chars, "surname");
        refused("replacement character", surname("KIM\uFFFD"), chars, "surname");
        refused("private use", surname("\uE000KIM"), chars, "surname");
        refused("unassigned", surname("KIM\u0378"), chars, "surname");
        refused("digit", surname("KIM2"), chars, "surname");
        refused("a number", surname("12345"), chars, "surname");
        refused("full-width digit", surname("KIM\uFF11"), chars, "surname");
        refused("markup", surname("<script>alert(1)</script>"), chars, "surname");
        refused("semicolon", surname("KIM;DROP"), chars, "surname");
        refused("at sign", surname("KIM@"), chars, "surname");
        refused("comma", surname("KIM, MINJUN"), chars, "surname");
        refused("no-break space inside", surname("KIM\u00A0JUN"), chars, "surname");
        refused("punctuation only", surname("-'"), chars, "surname");
        refused("leading combining mark", surname("\u0301KIM"), chars, "surname");
        refused("trailing joiner", surname("KIM\u200D"), chars, "surname");
        refused("Latin and Hangul", surname("KIM 민준"), chars, "surname");
        refused("Latin and Cyrillic homoglyphs", surname("ЕЛЕNA"), chars, "surname");
        refused("Han and Latin", surname("王 KIM"), chars, "surname");
        refused("Hangul and Han", surname("金민준"), chars, "surname");
        refused("61 characters", surname("A".repeat(61)), ReasonCode.FIELD_TOO_LONG, "surname");
        refused("1 MiB", surname(LONG), ReasonCode.FIELD_TOO_LONG, "surname");
        refused("1 MiB with a NUL", surname(LONG + "\u0000"), chars, "surname");
        refused("blank", surname("   "), ReasonCode.FIELD_REQUIRED, "surname");
        refused("null", surname(null), ReasonCode.FIELD_REQUIRED, "surname");
        // given names: optional, the same rules
        ok("no given names", given(null));
        ok("two given names", given("VAN AN"));
        ok("hyphenated given names", given("JEAN-PIERRE"));
        ok("initials", given("J.R.R."));
        refused("given names with NUL", given("VAN\u0000AN"), chars, "givenNames");
        refused("given names with a digit", given("VAN 2"), chars, "givenNames");
        refused("given names 1 MiB", given(LONG), ReasonCode.FIELD_TOO_LONG, "givenNames");
        // Hangul name: syllables and spaces, 40 bytes of MS949
        ok("Hangul name", hangul("김민준"));
        ok("Hangul transcription with spaces", hangul("응우옌 반 안"));
        ok("syllable outside KS X 1001", hangul("똠방각하"));
        ok("20 syllables", hangul("가".repeat(20)));
        refused("21 syllables", hangul("가".repeat(21)), ReasonCode.FIELD_TOO_LONG, "hangulName");
        refused("Hangul and Latin", hangul("김민준a"), chars, "hangulName");
        refused("Hangul and Han", hangul("金민준"), chars, "hangulName");
        refused("bare jamo", hangul("ㄱㄴㄷ"), chars, "hangulName");
        refused("Hangul with NUL", hangul("김\u0000민준"), chars, "hangulName");
        refused("Hangul with hyphen", hangul("김-민준"), chars, "hangulName");
        // nationality: ISO 3166-1 alpha-3 from the table, ICAO codes for people
        ok("KOR", nationality("KOR"));
        ok("VNM lower case", nationality(" vnm "));
        ok("Kosovo XKX", nationality("XKX"));
        ok("Germany as in the MRZ", nationality("D<<"));
        ok("stateless XXA", nationality("XXA"));
        refused("ZZZ", nationality("ZZZ"), ReasonCode.INVALID_NATIONALITY, "nationality");
        refused("unassigned AAA", nationality("AAA"), ReasonCode.INVALID_NATIONALITY, "nationality");
        refused("specimen Utopia", nationality("UTO"), ReasonCode.INVALID_NATIONALITY, "nationality");
        refused("European Union", nationality("EUE"), ReasonCode.INVALID_NATIONALITY, "nationality");
        refused("alpha-2", nationality("VN"), ReasonCode.INVALID_NATIONALITY, "nationality");
        refused("digit in code", nationality("K0R"), ReasonCode.INVALID_NATIONALITY, "nationality");
        refused("fillers only", nationality("<<<"), ReasonCode.INVALID_NATIONALITY, "nationality");
        refused("NUL in code", nationality("KOR\u0000"), ReasonCode.INVALID_NATIONALITY, "nationality");
        refused("no nationality", nationality(""), ReasonCode.FIELD_REQUIRED, "nationality");
        // dates that exist and make sense
        ok("1900-01-01", born(LocalDate.of(1900, 1, 1)));
        ok("today", born(LocalDate.now()));
        refused("tomorrow", born(LocalDate.now().plusDays(1)), ReasonCode.INVALID_BIRTH_DATE, "birthDate");
        refused("1899-12-31", born(LocalDate.of(1899, 12, 31)), ReasonCode.INVALID_BIRTH_DATE, "birthDate");
        refused("no birth date", born(null), ReasonCode.FIELD_REQUIRED, "birthDate");
        ok("2024-02-29", isoDate("2024-02-29"));
        refused("2023-02-29", isoDate("2023-02-29"), ReasonCode.INVALID_BIRTH_DATE, "birthDate");
        refused("month 13", isoDate("2024-13-01"), ReasonCode.INVALID_BIRTH_DATE, "birthDate");
        refused("unpadded", isoDate("1994-3-17"), ReasonCode.INVALID_BIRTH_DATE, "birthDate");
        refused("compact", isoDate("19940317"), ReasonCode.INVALID_BIRTH_DATE, "birthDate");
        // addresses: a country from the table, lines without controls
        ok("address in Seoul", address("KOR", "서울특별시 중구 세종대로 110"));
        ok("address on two lines", address("VNM", "12 Hang Bac\nHoan Kiem, Ha Noi"));
        refused("address country ZZZ", address("ZZZ", null), ReasonCode.INVALID_ADDRESS_COUNTRY, "addresses.country");
        refused("address country D<<", address("D<<", null), ReasonCode.INVALID_ADDRESS_COUNTRY, "addresses.country");
        refused("address lines with NUL", address("KOR", "Seoul\u0000"), chars, "addresses.lines");
        refused("address lines with a terminal title", address("KOR", "\u001B]0;x\u0007Seoul"), chars, "addresses.lines");
        refused("address lines with RTL override", address("KOR", "Seoul \u202E01"), chars, "addresses.lines");
        refused("address lines 201", address("KOR", "A".repeat(201)), ReasonCode.FIELD_TOO_LONG, "addresses.lines");
        // the caller's reference and key
        ok("reference", reference("CUST-0001"));
        refused("reference with CR LF", reference("REF\r\nINJECTED"), chars, "externalReference");
        refused("reference 41", reference("R".repeat(41)), ReasonCode.FIELD_TOO_LONG, "externalReference");
        refused("key with NUL", key("MQ:C1:1\u0000"), chars, "idempotencyKey");
        // phone and e-mail keep their own codes
        refused("phone with NUL", () -> new Applicant("KIM", null, null, "KOR", BORN, "01012345678\u0000", null),
                ReasonCode.INVALID_PHONE, "phone");
        refused("e-mail with NUL", () -> new Applicant("KIM", null, null, "KOR", BORN, null, "a\u0000b@example.kr"),
                ReasonCode.INVALID_EMAIL, "email");
        // a reviewer's decision and a tax query
        ok("decision note on two lines", decision("reviewer1", "seen the passport\nand the card"));
        refused("decision reviewer with NUL", decision("rev\u0000", null), chars, "reviewer");
        refused("decision reviewer 1 MiB", decision(LONG, null), ReasonCode.FIELD_TOO_LONG, "reviewer");
        refused("decision note with ESC", decision(null, "ok\u001B[2J"), chars, "note");
        refused("decision note 1 MiB", decision(null, LONG), ReasonCode.FIELD_TOO_LONG, "note");
        refused("decision note of 1000 Hangul syllables", decision(null, "가".repeat(1000)),
                ReasonCode.FIELD_TOO_LONG, "note");
        refused("tax name with NUL", () -> new TaxQuery("C1", "9105172123456", "KIM\u0000", 2024), chars, "name");
        // lengths in bytes of the record's code page
        ok("Latin name in the telegram", bytes("NGUYEN VAN AN", FieldRules.RecordField.TELEGRAM_NAME));
        ok("15 syllables in 30 bytes of MS949", bytes("가".repeat(15), FieldRules.RecordField.BATCH_SURNAME));
        ok("14 syllables in 30 bytes of CCSID 933", bytes("가".repeat(14), FieldRules.RecordField.KYCREQ_SURNAME));
        refused("15 syllables and SO/SI in 30 bytes of CCSID 933", bytes("가".repeat(15),
                FieldRules.RecordField.KYCREQ_SURNAME), ReasonCode.FIELD_TOO_LONG, "name");
        refused("31 Latin letters", bytes("A".repeat(31), FieldRules.RecordField.BATCH_SURNAME),
                ReasonCode.FIELD_TOO_LONG, "name");
        refused("Arabic has no MS949 encoding", bytes("حسن", FieldRules.RecordField.TELEGRAM_NAME), chars, "name");
    }

    static Stream<Arguments> inputs() {
        return INPUTS.stream().map(Arguments::of);
    }

    @Test
    void theTableIsLargeEnough() {
        assertThat(INPUTS).hasSizeGreaterThanOrEqualTo(80);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void eachInputIsAcceptedOrRefusedWithItsReasonAndField(Input input) {
        if (input.reason() == null) {
            assertThatCode(() -> input.build().get()).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> input.build().get())
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                        assertThat(e.reason()).isEqualTo(input.reason());
                        assertThat(e.field()).isEqualTo(input.field());
                    });
        }
    }

    @Test
    void namesAreNormalisedNotRewritten() {
        Applicant a = new Applicant("  O\u2019NEIL ", "MARY   ANN", " 김 민준 ", "kor", BORN, null, null);
        assertThat(a.surname()).isEqualTo("O\u2019NEIL");
        assertThat(a.givenNames()).isEqualTo("MARY ANN");
        assertThat(a.hangulName()).isEqualTo("김 민준");
        assertThat(new Address(null, "vnm", "12 Hang Bac\r\n\tHa Noi").lines()).isEqualTo("12 Hang Bac Ha Noi");
    }

    @Test
    void whatTheHubRecordedIsReadBackWithoutTheRules() {
        Applicant stored = FieldRules.asRecorded(() -> new Applicant("KIM2\u0000", "MIN JUN", "김a", "ZZZ",
                LocalDate.of(1899, 1, 1), null, null, List.of(new Address(null, "KOR", "Seoul\u001B"))));
        assertThat(stored.surname()).isEqualTo("KIM2\u0000");
        assertThat(stored.nationality()).isEqualTo("ZZZ");
        // the rules hold again right after
        assertThatThrownBy(() -> new Applicant("KIM2", null, null, "KOR", BORN, null, null))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReasonCode.INVALID_CHARACTERS));
    }

    @Test
    void byteLengthCountsTheShiftsOfCcsid933() {
        assertThat(FieldRules.byteLength("김민준", FieldRules.MS949)).isEqualTo(6);
        assertThat(FieldRules.byteLength("김민준", FieldRules.CCSID_933)).isEqualTo(8);
        assertThat(FieldRules.byteLength("KIM", FieldRules.CCSID_933)).isEqualTo(3);
        assertThat(FieldRules.byteLength("حسن", FieldRules.MS949)).isEqualTo(-1);
    }
}

package org.ekyc.hub.verification.document;

import java.awt.Rectangle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.document.FieldLocation;
import org.ekyc.hub.verification.api.document.FieldReading;
import org.ekyc.hub.verification.api.document.FieldSource;
import org.ekyc.hub.verification.api.document.Finding;
import org.ekyc.hub.verification.api.document.Severity;
import org.ekyc.hub.verification.document.kr.RegistrationNumber;
import org.ekyc.hub.verification.document.kr.StayStatusCode;
import org.ekyc.hub.verification.document.mrz.CountryCode;
import org.ekyc.hub.verification.document.mrz.LookAlikes;
import org.ekyc.hub.verification.document.ocr.TextRows.Row;
import org.ekyc.hub.verification.document.ocr.TextRows.Word;

/**
 * The fields of a Korean ID-1 card found by what they are, wherever the card's design prints them: beside or
 * below their printed label in Korean or English ({@link FieldLocation#LABEL}), or anywhere on the card by
 * their form ({@link FieldLocation#PATTERN}): a registration number {@code YYMMDD-NNNNNNN} whose birth date is
 * real, dates as issuers print them ({@code 2023. 01. 07.}, {@code 07 JAN 2023}, {@code 2023-01-07}), stay codes
 * of the Immigration Act ({@code F-6}, {@code E-9}), ISO 3166 codes and country names. The layout's regions
 * remain a prior ({@link FieldLocation#REGION}); {@link #merge} puts the two together and {@link #trust} says which
 * values may be accepted without a person looking. Pure functions over Tesseract's word boxes
 * ({@link org.ekyc.hub.verification.document.ocr.TextRows}).
 */
public final class CardFields {

    /**
     * The lowest character confidence at which a field read once (by label or pattern only, or by the region
     * only, without the other read agreeing) is trusted. A misread glyph of Tesseract's LSTM model mostly scores
     * below 0.8 while clean print scores above 0.9; between the two a person, or another photo, decides.
     * Set from the unit-test generator's clean and degraded cards and this reasoning, never from the evaluation set.
     */
    public static final double TRUSTED_SINGLE_READ = 0.85;

    /** A field found on the card: its normalised value, how it was found and the confidence of its weakest glyph. */
    public record Located(DocumentField field, String value, FieldLocation location, double confidence, Rectangle box) {

        /** Without the words' box (a value not read from words). */
        public Located(DocumentField field, String value, FieldLocation location, double confidence) {
            this(field, value, location, confidence, null);
        }
    }

    /** Labels per field, normalised (upper case, no spaces or punctuation), Korean and English. */
    private static final Map<DocumentField, List<String>> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put(DocumentField.REGISTRATION_NUMBER, List.of("외국인등록번호", "주민등록번호", "등록번호", "거소신고번호",
                "REGISTRATIONNO", "REGISTRATIONNUMBER", "REGNO", "ALIENREGISTRATIONNO"));
        LABELS.put(DocumentField.HANGUL_NAME, List.of("한글성명", "한글이름", "한글"));
        LABELS.put(DocumentField.LATIN_NAME, List.of("성명", "NAME", "이름"));
        LABELS.put(DocumentField.NATIONALITY, List.of("국가지역", "국적", "국가", "COUNTRYREGION", "COUNTRY", "NATIONALITY"));
        LABELS.put(DocumentField.STAY_STATUS, List.of("체류자격", "STATUS", "VISATYPE", "STATUSOFSTAY"));
        LABELS.put(DocumentField.ISSUE_DATE, List.of("발급일자", "발급일", "ISSUEDATE", "DATEOFISSUE", "ISSUED"));
        LABELS.put(DocumentField.EXPIRY_DATE, List.of("적성검사기간", "적성검사", "갱신기간", "만료일", "EXPIRYDATE", "VALIDUNTIL"));
        LABELS.put(DocumentField.LICENCE_NUMBER, List.of("면허번호", "LICENSENO", "LICENCENO", "LICENSENUMBER"));
    }

    private static final Pattern REGISTRATION = Pattern.compile("(?<![0-9])([0-9]{6})\\s*[-~_.]?\\s*([0-9]{7})(?![0-9])");
    /** A licence number; a dash read as {@code =} still separates groups whose lengths are fixed. */
    private static final Pattern LICENCE = Pattern.compile("(?<![0-9])([0-9]{2})\\s*[-=]?\\s*([0-9]{2})\\s*[-=]?\\s*([0-9]{6})\\s*[-=]?\\s*([0-9]{2})(?![0-9])");
    private static final Pattern ISO_DATE = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})\\s*[.,\\-/]\\s*([0-9]{1,2})\\s*[.,\\-/]\\s*([0-9]{1,2})(?![0-9])");
    private static final Pattern SPACED_DATE = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})\\s+([0-9]{1,2})\\s+([0-9]{1,2})(?![0-9])");
    private static final Pattern STAY = Pattern.compile("(?<![A-Z])([A-H])\\s*-\\s*([0-9]{1,2})(?:\\s*-\\s*([0-9]{1,3}))?(?![0-9])");

    private CardFields() {
    }

    /** The fields a card type carries on its front. */
    public static List<DocumentField> fieldsOf(DocumentType type) {
        return switch (type) {
            case RESIDENT_ID_CARD -> List.of(DocumentField.HANGUL_NAME, DocumentField.REGISTRATION_NUMBER, DocumentField.ISSUE_DATE);
            case DRIVER_LICENCE -> List.of(DocumentField.LICENCE_NUMBER, DocumentField.HANGUL_NAME,
                    DocumentField.REGISTRATION_NUMBER, DocumentField.EXPIRY_DATE, DocumentField.ISSUE_DATE);
            default -> List.of(DocumentField.REGISTRATION_NUMBER, DocumentField.LATIN_NAME, DocumentField.HANGUL_NAME,
                    DocumentField.NATIONALITY, DocumentField.STAY_STATUS, DocumentField.ISSUE_DATE);
        };
    }

    /** The card type the text of a whole card names (its title in Korean or English), empty when none. */
    public static Optional<DocumentType> classify(List<Row> rows) {
        String all = String.join(" ", rows.stream().map(Row::text).toList());
        Optional<DocumentType> korean = org.ekyc.hub.verification.document.kr.CardTitle.classify(all);
        if (korean.isPresent()) {
            return korean;
        }
        String latin = all.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        if (latin.contains("DRIVER")) {
            return Optional.of(DocumentType.DRIVER_LICENCE);
        }
        if (latin.contains("OVERSEASKOREAN")) {
            return Optional.of(DocumentType.OVERSEAS_KOREAN_RESIDENCE_CARD);
        }
        if (latin.contains("RESIDENCECARD") || latin.contains("REGISTRATIONCARD")) {
            return Optional.of(DocumentType.ALIEN_REGISTRATION_CARD);
        }
        return Optional.empty();
    }

    /** Finds the fields of {@code type} on a card's rows of words: by label first, then by pattern. */
    public static Map<DocumentField, Located> find(List<Row> rows, DocumentType type) {
        Map<DocumentField, Located> found = new EnumMap<>(DocumentField.class);
        List<LabelHit> labels = labels(rows);
        for (DocumentField field : fieldsOf(type)) {
            byLabel(field, type, rows, labels).or(() -> byPattern(field, type, rows, found))
                    .ifPresent(l -> found.put(field, l));
        }
        return found;
    }

    // ---------------------------------------------------------------- labels

    /** A label found on a row: which field, the row, and the words it spans. */
    record LabelHit(DocumentField field, int row, int first, int last) {
    }

    static List<LabelHit> labels(List<Row> rows) {
        List<LabelHit> hits = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Word> words = rows.get(r).words();
            for (int i = 0; i < words.size(); i++) {
                StringBuilder joined = new StringBuilder();
                for (int j = i; j < Math.min(words.size(), i + 4); j++) {
                    String part = normalise(words.get(j).text());
                    if (part.isEmpty()) {
                        break; // digits or punctuation: a value, not part of a label
                    }
                    joined.append(part);
                    Optional<DocumentField> field = labelOf(joined.toString());
                    if (field.isPresent()) {
                        // the longest label starting here (성명 before 성명 Name is the same field; 한글 성명 is another)
                        LabelHit hit = new LabelHit(field.get(), r, i, j);
                        hits.removeIf(h -> h.row() == hit.row() && h.first() == hit.first());
                        hits.add(hit);
                    }
                }
            }
        }
        // a label inside a longer one ("성명" in "한글 성명", "NAME" in "성명 Name") belongs to the longer one
        List<LabelHit> kept = new ArrayList<>();
        for (LabelHit h : hits) {
            boolean inner = hits.stream().anyMatch(o -> o != h && o.row() == h.row() && o.first() <= h.first() && o.last() >= h.last()
                    && (o.last() - o.first()) > (h.last() - h.first()));
            boolean continuation = kept.stream().anyMatch(o -> o.row() == h.row() && o.field() == h.field() && o.last() + 1 == h.first());
            if (!inner && !continuation) {
                kept.add(h);
            } else if (continuation) {
                kept.replaceAll(o -> o.row() == h.row() && o.field() == h.field() && o.last() + 1 == h.first()
                        ? new LabelHit(o.field(), o.row(), o.first(), h.last()) : o);
            }
        }
        return kept;
    }

    static Optional<DocumentField> labelOf(String normalised) {
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<DocumentField, List<String>> e : LABELS.entrySet()) {
            for (String label : e.getValue()) {
                // one misread glyph is forgiven in a label of five or more characters
                int tolerance = label.length() >= 5 ? 1 : 0;
                if (Math.abs(label.length() - normalised.length()) <= tolerance
                        && VizValues.distance(label, normalised) <= tolerance) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }

    static String normalise(String word) {
        return word.toUpperCase(Locale.ROOT).replaceAll("[^\\p{IsHangul}A-Z]", "");
    }

    private static Optional<Located> byLabel(DocumentField field, DocumentType type, List<Row> rows, List<LabelHit> labels) {
        for (LabelHit hit : labels) {
            Row row = rows.get(hit.row());
            // a Korean name label (성명) with Hangul beside it labels the Hangul name, on a card that prints the
            // Latin name on a row of its own ("Name"): only beside it, never below
            boolean koreanNameLabel = field == DocumentField.HANGUL_NAME && hit.field() == DocumentField.LATIN_NAME
                    && hasLatinNameField(type) && row.words().subList(hit.first(), hit.last() + 1).stream()
                    .allMatch(w -> w.text().matches("[\\p{IsHangul}]+"));
            if (hit.field() != field && !koreanNameLabel && !(field == DocumentField.HANGUL_NAME
                    && hit.field() == DocumentField.LATIN_NAME && !hasLatinNameField(type))) {
                continue;
            }
            if (field == DocumentField.LATIN_NAME && isKoreanLabel(rows, hit) && labelsNamesApart(rows, labels)) {
                // 성명 and Name on rows of their own label the two names apart (성명 the Hangul one): Latin letters
                // beside 성명 there are the Hangul name misread, never the Latin name
                continue;
            }
            // beside the label: the words after it, up to the next label on the row
            int end = row.words().size();
            for (LabelHit other : labels) {
                if (other.row() == hit.row() && other.first() > hit.last() && other.first() < end) {
                    end = other.first();
                }
            }
            List<Word> beside = row.words().subList(hit.last() + 1, end);
            if (field == DocumentField.LATIN_NAME && isKoreanLabel(rows, hit) && beside.size() == 1
                    && misreadNameLabel(beside.get(0).text())) {
                beside = List.of(); // 성명 Nam: the English label with a letter lost, its value on the row below
            }
            Optional<Located> value = value(field, beside, FieldLocation.LABEL);
            if (value.isPresent() || koreanNameLabel) {
                if (value.isPresent()) {
                    return value;
                }
                continue;
            }
            if (field == DocumentField.EXPIRY_DATE && String.join(" ", beside.stream().map(Word::text).toList()).contains("~")) {
                continue; // a period beside the label whose end was not read: the row below holds another date
            }
            // below the label: the next row, the words that start under the label or to its right up to the next label column
            Rectangle label = box(row.words().subList(hit.first(), hit.last() + 1));
            for (int r = hit.row() + 1; r < Math.min(rows.size(), hit.row() + 3); r++) {
                Row below = rows.get(r);
                if (below.box().y - (label.y + label.height) > 2.5 * label.height) {
                    break;
                }
                int rightLimit = nextLabelColumn(labels, rows, hit);
                int belowIndex = r;
                List<Word> under = below.words().stream().filter(w -> w.box().x + w.box().width > label.x - label.height
                        && w.box().x < rightLimit && !isLabelWord(labels, belowIndex, below, w)).toList();
                value = value(field, under, FieldLocation.LABEL);
                if (value.isPresent()) {
                    return value;
                }
                if (!under.isEmpty()) {
                    break;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where the values of labelled fields that {@link #find} did not find should be: for each such field whose
     * label was read, the band beside the label (to the card's right edge or the next label on its row), when the
     * label stands in the card's left part, then the band below it (down to the next row that holds a label). A
     * whole card read in one pass drops or garbles a line now and then that a read of the line alone gets right.
     * The Hangul name is left out (its own second read exists) and so is a field found elsewhere.
     */
    public static Map<DocumentField, List<Rectangle>> valueAreas(List<Row> rows, DocumentType type,
                                                                 Map<DocumentField, Located> found, int width, int height) {
        Map<DocumentField, List<Rectangle>> areas = new EnumMap<>(DocumentField.class);
        List<LabelHit> labels = labels(rows);
        for (DocumentField field : fieldsOf(type)) {
            if (found.containsKey(field) || field == DocumentField.HANGUL_NAME) {
                continue;
            }
            for (LabelHit hit : labels) {
                if (hit.field() != field) {
                    continue;
                }
                Row row = rows.get(hit.row());
                Rectangle label = box(row.words().subList(hit.first(), hit.last() + 1));
                int h = label.height;
                int right = Math.min(width, nextLabelColumn(labels, rows, hit));
                List<Rectangle> where = new ArrayList<>();
                if (label.x + label.width < 0.6 * width) {
                    int x = label.x + label.width + h / 3;
                    where.add(new Rectangle(x, label.y - h / 2, Math.max(1, right - x), 2 * h));
                }
                int top = label.y + label.height;
                int bottom = Math.min(height, top + (int) Math.round(2.6 * h));
                for (int r = hit.row() + 1; r < rows.size(); r++) {
                    int rr = r;
                    boolean labelled = labels.stream().anyMatch(o -> o.row() == rr);
                    if (labelled && rows.get(r).box().y > top) {
                        bottom = Math.min(bottom, rows.get(r).box().y);
                        break;
                    }
                }
                int left = Math.max(0, label.x - h);
                int bandWidth = Math.max(1, Math.min(width, right == Integer.MAX_VALUE ? width : right) - left);
                if (bottom - top > h / 2) {
                    where.add(new Rectangle(left, top, bandWidth, bottom - top));
                }
                // a label word whose box reaches into the line below (Tesseract joined a glyph of the value to it)
                // hides the value's top half from that band: then the band from the bottom of the row's shortest
                // word too, tried after it
                int lineBottom = row.words().stream().mapToInt(w -> w.box().y + w.box().height).min().orElse(top);
                if (lineBottom < top - h / 4 && lineBottom > label.y) {
                    where.add(new Rectangle(left, lineBottom, bandWidth, bottom - lineBottom));
                }
                // a value printed below its label in larger type, which Tesseract joined to the next label's row (that
                // row's box then starts at the value) or whose label's Korean half it garbled (the label found then
                // starts right of the value): the band from the label row's left edge, down to a label line's height
                // above the bottom of the next label's own words, tried last
                OptionalInt nextBottom = labels.stream().filter(o -> o.row() > hit.row())
                        .mapToInt(o -> rows.get(o.row()).words().subList(o.first(), o.last() + 1).stream()
                                .mapToInt(w -> w.box().y + w.box().height).min().orElse(Integer.MAX_VALUE))
                        .filter(b -> b > top).min();
                int below = Math.min(Math.min(height, top + (int) Math.round(2.6 * h)),
                        nextBottom.isPresent() ? nextBottom.getAsInt() - (int) Math.round(1.25 * h) : Integer.MAX_VALUE);
                int rowLeft = Math.max(0, Math.min(left, row.words().get(0).box().x - h));
                if (below - top >= h && (below > bottom || rowLeft < left)) {
                    where.add(new Rectangle(rowLeft, top, Math.max(1, bandWidth + left - rowLeft), below - top));
                }
                areas.put(field, where);
                break;
            }
        }
        return areas;
    }

    /** A licence class as printed beside the licence number (1종보통, 2종 소형). */
    private static final Pattern LICENCE_CLASS = Pattern.compile("[12]?\\s*종\\s*(보통|대형|소형|특수)");

    /** Two digits and a run of four or more, whatever joins them: a licence number whose dashes were lost or misread. */
    private static final Pattern LICENCE_LIKE = Pattern.compile("[0-9]{2}\\s*[^0-9\\s]?\\s*[0-9]{2}\\s*[^0-9\\s]?\\s*[0-9]{4,}");

    /**
     * Where a licence number the whole card's read garbled should be: the rows that print a licence class beside it
     * (1종보통), then the rows holding a run of digits shaped like one that is neither a resident number nor a date.
     * Each row is read again on its own ({@code DocumentChecker}); empty when the number was found.
     */
    public static List<Rectangle> licenceNumberRows(List<Row> rows, DocumentType type, Map<DocumentField, Located> found) {
        if (type != DocumentType.DRIVER_LICENCE || found.containsKey(DocumentField.LICENCE_NUMBER)) {
            return List.of();
        }
        List<Rectangle> classed = new ArrayList<>();
        List<Rectangle> shaped = new ArrayList<>();
        for (Row r : rows) {
            String text = r.text();
            if (LICENCE_CLASS.matcher(text.replace(" ", "")).find()) {
                classed.add(r.box());
            } else if (LICENCE_LIKE.matcher(LookAlikes.numeric(text.toUpperCase(Locale.ROOT))).find()
                    && registration(text).isEmpty() && date(text, false).isEmpty()) {
                shaped.add(r.box());
            }
        }
        classed.addAll(shaped);
        return classed;
    }

    /**
     * Whether a word beside 성명 is its English label {@code Name} read with one letter lost, added or changed
     * ({@code Nam}, {@code NAMI}): alone beside the Korean label, it is the label, never the holder's name.
     */
    static boolean misreadNameLabel(String word) {
        String w = normalise(word);
        return w.length() >= 3 && w.length() <= 5 && VizValues.distance(w, "NAME") == 1;
    }

    /** Whether the card labels its two names on rows of their own: 성명 (the Hangul name) and Name (the Latin one). */
    static boolean labelsNamesApart(List<Row> rows) {
        return labelsNamesApart(rows, labels(rows));
    }

    private static boolean labelsNamesApart(List<Row> rows, List<LabelHit> labels) {
        List<LabelHit> names = labels.stream().filter(h -> h.field() == DocumentField.LATIN_NAME).toList();
        return names.stream().anyMatch(h -> isKoreanLabel(rows, h))
                && names.stream().anyMatch(h -> !isKoreanLabel(rows, h) && names.stream()
                        .noneMatch(o -> o.row() == h.row() && isKoreanLabel(rows, o)));
    }

    /** A label printed in Hangul only (성명, not 성명 Name nor Name). */
    private static boolean isKoreanLabel(List<Row> rows, LabelHit hit) {
        return rows.get(hit.row()).words().subList(hit.first(), hit.last() + 1).stream()
                .allMatch(w -> w.text().matches("[\\p{IsHangul}]+"));
    }

    private static boolean hasLatinNameField(DocumentType type) {
        return fieldsOf(type).contains(DocumentField.LATIN_NAME);
    }

    private static int nextLabelColumn(List<LabelHit> labels, List<Row> rows, LabelHit hit) {
        int x = Integer.MAX_VALUE;
        int left = rows.get(hit.row()).words().get(hit.first()).box().x;
        for (LabelHit other : labels) {
            if (other.row() == hit.row() && other.first() > hit.last()) {
                x = Math.min(x, rows.get(other.row()).words().get(other.first()).box().x);
            }
        }
        return x == Integer.MAX_VALUE ? Integer.MAX_VALUE : Math.max(x, left + 1);
    }

    private static boolean isLabelWord(List<LabelHit> labels, int r, Row row, Word w) {
        int index = row.words().indexOf(w);
        return labels.stream().anyMatch(h -> h.row() == r && index >= h.first() && index <= h.last());
    }

    // ---------------------------------------------------------------- patterns

    private static Optional<Located> byPattern(DocumentField field, DocumentType type, List<Row> rows,
                                               Map<DocumentField, Located> found) {
        return switch (field) {
            case REGISTRATION_NUMBER, LICENCE_NUMBER, STAY_STATUS -> rows.stream()
                    .map(r -> value(field, r.words(), FieldLocation.PATTERN)).flatMap(Optional::stream)
                    // a number that proves itself (checksum) before one that does not
                    .max(java.util.Comparator.comparingInt(l -> field == DocumentField.REGISTRATION_NUMBER
                            && new RegistrationNumber(l.value()).checksumValid() ? 1 : 0));
            case NATIONALITY -> rows.stream().map(r -> countryName(r.words())).flatMap(Optional::stream).findFirst();
            case ISSUE_DATE -> {
                if (type == DocumentType.DRIVER_LICENCE) {
                    yield licenceIssueDate(rows, found);
                }
                // by its form only when the card prints exactly one date: otherwise which date is which needs the label
                Set<String> dates = new LinkedHashSet<>();
                Located first = null;
                for (Row r : rows) {
                    Optional<Located> d = value(field, r.words(), FieldLocation.PATTERN);
                    if (d.isPresent()) {
                        dates.add(d.get().value());
                        first = first == null ? d.get() : first;
                    }
                }
                yield dates.size() == 1 ? Optional.of(first) : Optional.empty();
            }
            case HANGUL_NAME -> type == DocumentType.RESIDENT_ID_CARD || type == DocumentType.DRIVER_LICENCE
                    ? hangulNameAboveNumber(rows, found) : Optional.empty();
            case EXPIRY_DATE -> renewalPeriod(rows);
            default -> Optional.empty();
        };
    }

    /**
     * A renewal period by its form, its label misread: a row with a date, a {@code ~} and a later date
     * ({@code 2033.01.01 ~ 2033.12.31}) is a period, and a card's expiry is the end of its one period. Two rows that
     * end differently give nothing (which one is the renewal period needs the label).
     */
    static Optional<Located> renewalPeriod(List<Row> rows) {
        Set<String> ends = new LinkedHashSet<>();
        Located first = null;
        for (Row r : rows) {
            String text = r.text();
            int tilde = text.indexOf('~');
            if (tilde < 0) {
                continue;
            }
            Optional<LocalDate> start = date(text.substring(0, tilde), true).map(LocalDate::parse);
            Optional<LocalDate> end = date(text.substring(tilde + 1), false).map(LocalDate::parse);
            if (start.isEmpty() || end.isEmpty() || !end.get().isAfter(start.get())) {
                continue;
            }
            ends.add(end.get().toString());
            if (first == null) {
                // the period's own words (digits, dots, the tilde), not the misread label beside it
                List<Word> period = r.words().stream().filter(w -> w.text().matches("[0-9.~\\-/]+")).toList();
                period = period.isEmpty() ? r.words() : period;
                first = new Located(DocumentField.EXPIRY_DATE, end.get().toString(), FieldLocation.PATTERN,
                        minConfidence(period), box(period));
            }
        }
        return ends.size() == 1 ? Optional.of(first) : Optional.empty();
    }

    /**
     * A licence prints its issue date unlabelled (above the police agency that issued it) and its renewal period
     * (적성검사기간, two dates) labelled: the issue date is the one date of the card outside the renewal period's row
     * and before the period. A row with two dates or a {@code ~} is a period however its label was read; a card where
     * more than one such date is left (a period's row split in two) gives nothing.
     */
    private static Optional<Located> licenceIssueDate(List<Row> rows, Map<DocumentField, Located> found) {
        List<LabelHit> labels = labels(rows);
        // where the renewal period starts: its year's first day, from the period read (its end) or its row (its start)
        Optional<LocalDate> periodYear = Optional.ofNullable(found.get(DocumentField.EXPIRY_DATE))
                .flatMap(l -> VizValues.isoDate(l.value())).map(d -> d.withDayOfYear(1));
        List<Integer> periodRows = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int rr = r;
            String text = rows.get(r).text();
            if (labels.stream().anyMatch(h -> h.row() == rr && h.field() == DocumentField.EXPIRY_DATE)
                    || text.contains("~") || !date(text, false).equals(date(text, true))) {
                periodRows.add(r);
                Optional<LocalDate> start = date(text, false).map(LocalDate::parse).map(d -> d.withDayOfYear(1));
                if (start.isPresent() && (periodYear.isEmpty() || start.get().isBefore(periodYear.get()))) {
                    periodYear = start;
                }
            }
        }
        Set<String> dates = new LinkedHashSet<>();
        Located first = null;
        for (int r = 0; r < rows.size(); r++) {
            if (periodRows.contains(r)) {
                continue;
            }
            Optional<Located> d = value(DocumentField.ISSUE_DATE, rows.get(r).words(), FieldLocation.PATTERN);
            if (d.isEmpty()) {
                continue;
            }
            if (periodYear.isPresent() && !LocalDate.parse(d.get().value()).isBefore(periodYear.get())) {
                continue; // inside or after the renewal period: a piece of the period
            }
            dates.add(d.get().value());
            first = first == null ? d.get() : first;
        }
        return dates.size() == 1 ? Optional.of(first) : Optional.empty();
    }

    /** On 주민등록증 and licences the name is printed unlabelled, just above the resident number. */
    private static Optional<Located> hangulNameAboveNumber(List<Row> rows, Map<DocumentField, Located> found) {
        for (int r = 1; r < rows.size(); r++) {
            if (value(DocumentField.REGISTRATION_NUMBER, rows.get(r).words(), FieldLocation.PATTERN).isPresent()) {
                Row above = rows.get(r - 1);
                List<Word> hangul = above.words().stream().filter(w -> w.text().matches("[\\p{IsHangul}]{2,5}")
                        && !isLabelOrTitle(w.text())).toList();
                if (hangul.size() == 1) {
                    return value(DocumentField.HANGUL_NAME, hangul, FieldLocation.PATTERN);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Located> countryName(List<Word> words) {
        for (int n = 3; n >= 1; n--) {
            for (int i = 0; i + n <= words.size(); i++) {
                List<Word> span = words.subList(i, i + n);
                String text = VizValues.clean(String.join(" ", span.stream().map(Word::text).toList()));
                // a three-letter code by its form alone is too easily OCR noise: names only
                if (text.length() > 3) {
                    Optional<String> code = VizValues.countryCode(text);
                    if (code.isPresent() && CountryCode.isKnown(code.get())) {
                        return Optional.of(new Located(DocumentField.NATIONALITY, code.get(), FieldLocation.PATTERN, minConfidence(span)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- values

    /** The field's value in a run of words, in the form the API promises, empty when the words hold none. */
    static Optional<Located> value(DocumentField field, List<Word> words, FieldLocation how) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String text = String.join(" ", words.stream().map(Word::text).toList());
        double confidence = minConfidence(words);
        Rectangle where = box(words);
        Optional<String> value = switch (field) {
            case REGISTRATION_NUMBER -> registration(text);
            case LICENCE_NUMBER -> match(LICENCE, LookAlikes.numeric(text.toUpperCase(Locale.ROOT)))
                    .map(m -> m.group(1) + "-" + m.group(2) + "-" + m.group(3) + "-" + m.group(4))
                    .or(() -> org.ekyc.hub.verification.document.kr.LicenceRegion.number(text));
            case ISSUE_DATE -> date(text, false);
            case EXPIRY_DATE -> periodEnd(text);
            case STAY_STATUS -> stayStatus(text);
            case NATIONALITY -> {
                String clean = VizValues.clean(text).replaceAll("[^A-Z ]", " ").replaceAll("\\s+", " ").trim();
                yield VizValues.countryCode(clean).filter(CountryCode::isKnown)
                        .or(() -> countryName(words).map(Located::value));
            }
            case LATIN_NAME -> {
                // the run of Latin capitals: a name has letters only (and spaces); a digit or Hangul ends it
                List<Word> name = new ArrayList<>();
                for (Word w : words) {
                    String t = VizValues.clean(w.text());
                    if (!t.matches("[A-Z][A-Z\\-]*")) {
                        if (!name.isEmpty()) {
                            break;
                        }
                        continue;
                    }
                    if (!name.isEmpty()) {
                        // the words of a name are a space apart: a word far to the right is something else (a
                        // pattern of the background read as letters)
                        Rectangle last = name.get(name.size() - 1).box();
                        if (w.box().x - (last.x + last.width) > 1.5 * Math.max(last.height, w.box().height)) {
                            break;
                        }
                    }
                    name.add(w);
                }
                confidence = name.isEmpty() ? 0 : minConfidence(name);
                where = name.isEmpty() ? where : box(name);
                String joined = VizValues.clean(String.join(" ", name.stream().map(Word::text).toList()));
                yield joined.replace(" ", "").length() >= 2 ? Optional.of(joined) : Optional.empty();
            }
            case HANGUL_NAME -> {
                // Hangul syllables only; a name in Hanja in brackets beside it is not read
                // a bracket that is not one of a pair is a misread glyph (장 read as "[유경"), not print
                // up to three words: a name's syllables are sometimes boxed one by one (정 / 수 / 은)
                List<Word> name = words.stream().filter(w -> w.text().matches("[\\p{IsHangul}]+(\\([^)]*\\))?")).limit(3).toList();
                confidence = name.isEmpty() ? 0 : minConfidence(name);
                where = name.isEmpty() ? where : box(name);
                String joined = String.join("", name.stream().map(Word::text).toList()).replaceAll("[^\\p{IsHangul}]", "");
                yield joined.length() >= 2 && joined.length() <= 6 && labelOf(joined).isEmpty()
                        ? Optional.of(joined) : Optional.empty();
            }
            default -> Optional.empty();
        };
        double c = confidence;
        Rectangle b = where;
        return value.map(v -> new Located(field, v, how, c, b));
    }

    /** A dash and the number after it, the rest of a code whose letter was misread ({@code (『-5)}, {@code (80-6)}). */
    private static final Pattern STAY_NUMBER = Pattern.compile("-\\s*([0-9]{1,2})(?:\\s*-\\s*([0-9]{1,3}))?(?![0-9])");

    /**
     * A stay status: the code as printed ({@code F-6}), checked against the status's Korean name printed beside it
     * ({@code 결혼이민(F-6)}) when the text holds one. The name and the code's number together stand for a code whose
     * letter was misread ({@code 영주(『-5)}, {@code 결혼이민(80-6)}, {@code 영주(E-5)}); a name whose number is not the
     * code's is a contradiction and gives nothing; a name alone, without any number, gives nothing either.
     */
    static Optional<String> stayStatus(String text) {
        String upper = text.toUpperCase(Locale.ROOT).replaceAll("[\u2212\u2010-\u2015~]", "-");
        Optional<String> code = match(STAY, upper).map(m -> m.group(0).replaceAll("\\s", ""))
                .filter(StayStatusCode::isValid).map(s -> new StayStatusCode(s).code());
        Optional<String> named = StayStatusCode.categoryOfKoreanName(text);
        if (named.isEmpty()) {
            return code;
        }
        String category = named.get();
        String number = category.substring(2);
        if (code.isPresent()) {
            String read = new StayStatusCode(code.get()).category();
            if (read.equals(category)) {
                return code;
            }
            // the same number under another letter: the letter is the misread part
            return read.substring(2).equals(number)
                    ? Optional.of(category + code.get().substring(read.length())) : Optional.empty();
        }
        Matcher m = STAY_NUMBER.matcher(upper);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == Integer.parseInt(number)) {
                return Optional.of(m.group(2) == null ? category : category + "-" + Integer.parseInt(m.group(2)));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> registration(String text) {
        Matcher m = REGISTRATION.matcher(LookAlikes.numeric(text.toUpperCase(Locale.ROOT).replaceAll("[A-Z]{2,}", " ")));
        while (m.find()) {
            RegistrationNumber number = new RegistrationNumber(m.group(1) + m.group(2));
            if (number.birthDate().isPresent()) {
                return Optional.of(number.digits());
            }
        }
        return Optional.empty();
    }

    /**
     * The last date of a text, the end of a period ({@code 2032.01.01 ~ 2032.12.31}); nothing when the text shows a
     * period whose end was not read ({@code 2032.01.01 ~ 2032.}): its start is not its end.
     */
    static Optional<String> periodEnd(String text) {
        int tilde = text.lastIndexOf('~');
        if (tilde >= 0 && date(text.substring(0, tilde), false).isPresent() && date(text.substring(tilde + 1), true).isEmpty()) {
            return Optional.empty();
        }
        return date(text, true);
    }

    /** A date as issuers print it; for a period ({@code 2025.01.01 ~ 2034.12.31}) the last one when {@code last}. */
    static Optional<String> date(String text, boolean last) {
        List<LocalDate> dates = new ArrayList<>();
        String numeric = text.toUpperCase(Locale.ROOT);
        for (Pattern p : List.of(ISO_DATE, SPACED_DATE)) {
            Matcher m = p.matcher(numeric);
            while (m.find()) {
                try {
                    dates.add(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
                } catch (java.time.DateTimeException e) {
                    // not a date
                }
            }
            if (!dates.isEmpty()) {
                break;
            }
        }
        if (dates.isEmpty()) {
            VizValues.passportDate(text).ifPresent(dates::add);
        }
        if (dates.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((last ? dates.get(dates.size() - 1) : dates.get(0)).toString());
    }

    private static Optional<Matcher> match(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(m) : Optional.empty();
    }

    private static double minConfidence(List<Word> words) {
        return words.stream().mapToDouble(Word::minConfidence).min().orElse(0);
    }

    private static Rectangle box(List<Word> words) {
        Rectangle r = new Rectangle(words.get(0).box());
        words.forEach(w -> r.add(w.box()));
        return r;
    }

    // ---------------------------------------------------------------- merging and trust

    /**
     * The layout's reads and the fields found by label or pattern put together, one reading per field. Where both
     * have a value and agree, the reading is the region's with the better confidence (two reads agree: it is
     * {@link #trust trusted}); where only one has a value, that one; where they disagree, the one found by label
     * or pattern when the region's value does not prove its form, else the region's — and {@link #trust} will not
     * let it be accepted.
     *
     * @param region the region reads (value may be empty when unreadable), with their OCR confidence
     */
    public static Map<DocumentField, Merged> merge(Map<DocumentField, FieldReading> region, Map<DocumentField, Located> located) {
        // the layout is a prior: its regions count as a second read only when this card follows it, i.e. most
        // fields read in both places agree; on another design its regions hold labels, backgrounds or other fields
        int agree = 0;
        int disagree = 0;
        for (Map.Entry<DocumentField, Located> e : located.entrySet()) {
            FieldReading r = region.get(e.getKey());
            if (r != null && !r.value().isEmpty()) {
                if (same(e.getKey(), r.value(), e.getValue().value())) {
                    agree++;
                } else {
                    disagree++;
                }
            }
        }
        boolean layoutFollowed = agree >= 2 && agree > disagree;
        Map<DocumentField, Merged> merged = new EnumMap<>(DocumentField.class);
        Set<DocumentField> fields = new LinkedHashSet<>(region.keySet());
        fields.addAll(located.keySet());
        for (DocumentField f : fields) {
            FieldReading r = region.get(f);
            Located l = located.get(f);
            boolean regionHas = r != null && !r.value().isEmpty();
            if (regionHas && l != null && same(f, r.value(), l.value())) {
                merged.put(f, new Merged(new FieldReading(f, FieldSource.VIZ, r.value(), Math.max(r.confidence(), l.confidence()),
                        FieldLocation.REGION), 2, false));
            } else if (regionHas && l != null && layoutFollowed && r.confidence() < TRUSTED_SINGLE_READ
                    && l.confidence() >= TRUSTED_SINGLE_READ) {
                // a doubtful region read neither confirms nor contradicts a confident one: the region of a design
                // that prints a range where the layout has one date reads the range's start, doubtfully
                merged.put(f, new Merged(located(l), 1, false));
            } else if (regionHas && l != null && layoutFollowed) {
                // the card follows the layout: its region is the better guess, but two reads disagree
                merged.put(f, new Merged(r, 1, true));
            } else if (l != null) {
                merged.put(f, new Merged(located(l), 1, false));
            } else if (regionHas) {
                merged.put(f, new Merged(r, 1, false));
            }
        }
        return merged;
    }

    private static FieldReading located(Located l) {
        return new FieldReading(l.field(), FieldSource.VIZ, l.value(), l.confidence(), l.location());
    }

    /**
     * One field after merging.
     *
     * @param reading   the value kept
     * @param reads     how many independent reads gave it (1 or 2)
     * @param disagreed whether the region and the label/pattern reads gave different values
     */
    public record Merged(FieldReading reading, int reads, boolean disagreed) {
    }

    private static boolean same(DocumentField f, String a, String b) {
        return switch (f) {
            case LATIN_NAME, HANGUL_NAME -> a.replace(" ", "").equals(b.replace(" ", ""));
            default -> a.equals(b);
        };
    }

    /**
     * Which fields may be accepted without a person or another photo. A wrong value accepted is worse than a
     * review: a field is trusted when two independent reads (the layout's region and the label or pattern) agree,
     * when it proves itself (a registration number whose legacy check digit holds), or when its one read is
     * confident ({@link #TRUSTED_SINGLE_READ}) — a field found only by label or pattern, or only in the region, with
     * a doubtful glyph is not. Two reads that disagree, or a registration number inconsistent with the card (a
     * foreigner's number on a citizen's card, or the reverse), are never trusted. Untrusted fields give one
     * {@link ReasonCode#DOCUMENT_READ_UNCERTAIN} RETAKE (another photo is read again; a burst's frames can agree),
     * naming the fields and how each was found, never their values.
     */
    public static List<Finding> trust(DocumentType type, Map<DocumentField, Merged> merged) {
        return trust(type, merged, List.of());
    }

    /**
     * As {@link #trust(DocumentType, Map)}, with the card's rows: a Hangul name the card labels on a row of its own
     * (성명 apart from Name) and no read gave is a key field not found, as a Latin name is; a card without that label
     * (a holder with no Hangul name) is not asked for one.
     */
    public static List<Finding> trust(DocumentType type, Map<DocumentField, Merged> merged, List<Row> rows) {
        List<String> doubtful = new ArrayList<>();
        for (DocumentField f : fieldsOf(type)) {
            Merged m = merged.get(f);
            if (m == null) {
                if (f == DocumentField.LATIN_NAME) {
                    // the validators check numbers, codes and dates; the holder's name is a key field too
                    doubtful.add("latinName not found");
                } else if (f == DocumentField.HANGUL_NAME && !optional(type).contains(f) && labelsNamesApart(rows)) {
                    doubtful.add("hangulName not found");
                }
                continue; // the others unreadable: DocumentValidator reports them
            }
            if (optional(type).contains(f)) {
                continue; // dropped from the reading when not trusted (see trusted)
            }
            FieldReading r = m.reading();
            if (!trusted(f, m)) {
                doubtful.add(String.format(Locale.ROOT, "%s by %s%s at %.2f", camel(f), r.location(),
                        m.disagreed() ? " (another read gave another value)" : m.reads() >= 2 ? "" : " once", r.confidence()));
            }
        }
        if (doubtful.isEmpty()) {
            return List.of();
        }
        return List.of(new Finding(ReasonCode.DOCUMENT_READ_UNCERTAIN, Severity.RETAKE, "not trusted: " + String.join(", ", doubtful)));
    }

    /**
     * Fields a card may carry that do not identify its holder: a foreigner's residence card identifies them by the
     * registration number and the Latin name; a Hangul transcription of that name, where a design prints one, is
     * kept when its read is trusted and left out otherwise, never a reason for another photo.
     */
    public static java.util.Set<DocumentField> optional(DocumentType type) {
        return switch (type) {
            case ALIEN_REGISTRATION_CARD, ALIEN_REGISTRATION_CARD_2023 -> java.util.EnumSet.of(DocumentField.HANGUL_NAME);
            default -> java.util.EnumSet.noneOf(DocumentField.class);
        };
    }

    /** Whether a word is a field's label or a card's title (what a name above a number or beside a label is not). */
    static boolean isLabelOrTitle(String word) {
        return labelOf(normalise(word)).isPresent()
                || org.ekyc.hub.verification.document.kr.CardTitle.classify(word).isPresent();
    }

    /** Whether a run of Hangul is as long as a citizen's name: two to four syllables (a title or label is longer). */
    static boolean citizenNameLength(String hangul) {
        return hangul.length() >= 2 && hangul.length() <= 4;
    }

    /** Whether a read can be a citizen's name: two to four whole syllables (not jamo, as {@code ㅋㅇㅇ} read from print). */
    static boolean citizenName(String hangul) {
        return citizenNameLength(hangul) && hangul.chars().allMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }

    /** Whether one merged field may be accepted without a person or another photo (see {@link #trust}). */
    public static boolean trusted(DocumentField f, Merged m) {
        FieldReading r = m.reading();
        if (m.disagreed()) {
            return false;
        } else if (m.reads() >= 2) {
            // a name found by pattern or label and read twice the same: a citizen's name is two to four syllables,
            // and a title or label read as a name twice is still not one (a foreigner's Hangul name, longer, is
            // trusted where the layout puts it)
            return f != DocumentField.HANGUL_NAME || r.location() == FieldLocation.REGION || citizenNameLength(r.value());
        } else if (f == DocumentField.REGISTRATION_NUMBER && r.value().matches("[0-9]{13}")
                && new RegistrationNumber(r.value()).checksumValid()) {
            return true;
        } else if (f == DocumentField.HANGUL_NAME) {
            // the Korean model misreads a syllable for a look-alike (최/죄) with full confidence: one read found by
            // label or pattern is never enough; the layout's own region, confident, of 2-4 syllables (a Korean
            // name; a title or label read as a name is longer) is the reader as it was before #16
            return r.location() == FieldLocation.REGION && r.confidence() >= TRUSTED_SINGLE_READ
                    && citizenNameLength(r.value());
        } else if (f == DocumentField.LATIN_NAME) {
            // one read of a name: confident, and a surname and a given name (a lone short token is a fragment)
            return r.confidence() >= TRUSTED_SINGLE_READ && r.value().trim().contains(" ");
        }
        return r.confidence() >= TRUSTED_SINGLE_READ;
    }

    private static String camel(DocumentField field) {
        String[] parts = field.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return sb.toString();
    }
}

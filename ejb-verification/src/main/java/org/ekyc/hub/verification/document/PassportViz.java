package org.ekyc.hub.verification.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.document.mrz.Mrz;
import org.ekyc.hub.verification.document.mrz.MrzDates;
import org.ekyc.hub.verification.document.ocr.TextRows;

/**
 * The printed page of a passport whose design the layout does not know: the MRZ's values looked for in the
 * text of the whole page, wherever the design prints them. The MRZ is what its check digits prove; the printed
 * zone is the tamper cross-check, and a value the page prints somewhere (as a word, a date in any form an
 * issuer prints, a country name) confirms the MRZ as well as one read at the layout's position would. A value the
 * page does not print anywhere stays unconfirmed, and a different value at the layout's position then still
 * stands as a mismatch ({@link DocumentValidator#mrzAgainstViz}).
 */
public final class PassportViz {

    private PassportViz() {
    }

    /**
     * The MRZ's values that the page prints outside the MRZ (rows holding a filler run {@code <<} are the MRZ
     * itself and are skipped), each as it is normalised for {@link DocumentValidator#mrzAgainstViz}.
     */
    public static Map<DocumentField, String> confirm(Mrz mrz, List<TextRows.Row> rows, LocalDate today) {
        List<String> lines = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        for (TextRows.Row row : rows) {
            String text = row.text();
            if (!text.contains("<<") && !text.isBlank()) {
                lines.add(VizValues.clean(text));
                raw.add(text.trim().replaceAll("\\s+", " "));
            }
        }
        Map<DocumentField, String> found = new EnumMap<>(DocumentField.class);
        String number = VizValues.fold(mrz.documentNumber());
        if (number.length() >= 6 && (anyToken(lines, t -> VizValues.distance(VizValues.fold(t), number) <= 1)
                || lines.stream().anyMatch(l -> VizValues.fold(l).contains(number)))) {
            found.put(DocumentField.DOCUMENT_NUMBER, mrz.documentNumber());
        }
        // a design that prints one "full name" field, in either order, with the words OCR may join
        String surnameFirst = VizValues.foldName(mrz.surname() + mrz.givenNames());
        String givenFirst = VizValues.foldName(mrz.givenNames() + mrz.surname());
        boolean fullName = words(mrz.surname()).length > 0 && words(mrz.givenNames()).length > 0 && lines.stream()
                .map(VizValues::foldName).anyMatch(l -> l.contains(surnameFirst) || l.contains(givenFirst));
        if (words(mrz.surname()).length > 0 && (fullName || namePrinted(lines, mrz.surname()))) {
            found.put(DocumentField.SURNAME, mrz.surname());
        }
        if (words(mrz.givenNames()).length > 0 && (fullName || namePrinted(lines, mrz.givenNames()))) {
            found.put(DocumentField.GIVEN_NAMES, mrz.givenNames());
        }
        // the sex as a letter of its own ("M", "NAM / M", "F/F"): a weak sign, and the least of the fields
        String sex = String.valueOf(mrz.sex());
        if ((mrz.sex() == 'M' || mrz.sex() == 'F') && anyToken(lines, sex::equals)) {
            found.put(DocumentField.SEX, sex);
        }
        String nationality = mrz.nationality();
        if (nationality.length() == 3 && (anyToken(lines, nationality::equals)
                || lines.stream().anyMatch(l -> VizValues.countryCode(l).filter(nationality::equals).isPresent()))) {
            found.put(DocumentField.NATIONALITY, nationality);
        }
        MrzDates.birth(mrz.birthDate(), today).filter(d -> datePrinted(raw, d))
                .ifPresent(d -> found.put(DocumentField.BIRTH_DATE, d.toString()));
        MrzDates.expiry(mrz.expiryDate(), today).filter(d -> datePrinted(raw, d))
                .ifPresent(d -> found.put(DocumentField.EXPIRY_DATE, d.toString()));
        return found;
    }

    /**
     * The printed zone as compared with the MRZ: the layout's read where it agrees with the MRZ or where the
     * page does not print the MRZ's value anywhere (a mismatch or an unreadable field stays one), else the value
     * the page prints elsewhere.
     */
    public static Map<DocumentField, String> merge(Map<DocumentField, String> region, Map<DocumentField, String> printed,
                                                   Mrz mrz, LocalDate today) {
        Map<DocumentField, String> merged = new EnumMap<>(DocumentField.class);
        merged.putAll(region);
        printed.forEach((field, value) -> {
            if (region.containsKey(field) && !DocumentValidator.mrzAgainstViz(mrz, Map.of(field, region.get(field)), today).isEmpty()) {
                merged.put(field, value);
            }
        });
        return merged;
    }

    /**
     * Whether every word of the name is printed: as a word (one edit allowed in a word of five letters or more), or,
     * from four letters on, inside a line whose words OCR joined ({@code HOANGVAN MINH}); a word of one or two
     * letters only as part of the whole name printed.
     */
    static boolean namePrinted(List<String> lines, String name) {
        String[] words = words(name);
        for (String word : words) {
            if (word.length() <= 2 && words.length > 1) {
                // a letter or two is too easily found on a page on its own (an MRZ filler read as a letter makes
                // NGUYEN "NGUY N"): such a word counts only with its name, the words joined, printed in a line
                String whole = VizValues.foldName(String.join("", words));
                if (lines.stream().noneMatch(l -> VizValues.foldName(l).replace(" ", "").contains(whole))) {
                    return false;
                }
                continue;
            }
            int tolerance = word.length() >= 5 ? 1 : 0;
            String folded = VizValues.foldName(word);
            boolean asWord = anyToken(lines, t -> VizValues.distance(VizValues.foldName(t), folded) <= tolerance);
            boolean joined = word.length() >= 4 && lines.stream().anyMatch(l -> VizValues.foldName(l).contains(folded));
            if (!asWord && !joined) {
                return false;
            }
        }
        return true;
    }

    private static String[] words(String name) {
        String clean = VizValues.clean(name == null ? "" : name);
        return clean.isEmpty() ? new String[0] : clean.split(" ");
    }

    /**
     * The MRZ's names with a filler the OCR read as a letter taken out where the page's print shows it: names have no
     * check digit, and the filler after a name or between two of its words is read as {@code K}, {@code X} or
     * {@code E} ({@code MINGJUN<<} as {@code MINGJUNK}, {@code ANNA<MARIA} as {@code ANNAKMARIA}). A name word that
     * ends in such a letter loses it when the page prints the word without it and nowhere with it; a word with such
     * a letter inside is split there when the page prints both halves and nowhere the whole. Otherwise the MRZ's
     * names stand (ERIK printed as ERIK keeps its K).
     */
    static Mrz fillersInNames(Mrz mrz, List<TextRows.Row> rows) {
        java.util.Set<String> tokens = new java.util.HashSet<>();
        for (TextRows.Row row : rows) {
            if (!row.text().contains("<<")) {
                for (String t : VizValues.clean(row.text()).split(" ")) {
                    if (!t.isEmpty()) {
                        tokens.add(VizValues.foldName(t));
                    }
                }
            }
        }
        String surname = withoutFillerLetters(mrz.surname(), tokens);
        String given = withoutFillerLetters(mrz.givenNames(), tokens);
        if (surname.equals(mrz.surname()) && given.equals(mrz.givenNames())) {
            return mrz;
        }
        return new Mrz(mrz.format(), mrz.lines(), mrz.documentCode(), mrz.issuingState(), mrz.documentNumber(),
                mrz.birthDate(), mrz.sex(), mrz.expiryDate(), mrz.nationality(), surname, given, mrz.optionalData(),
                mrz.failedChecks(), mrz.corrections() + 1);
    }

    private static final String FILLER_LOOK_ALIKES = "KXE";

    private static String withoutFillerLetters(String name, java.util.Set<String> printed) {
        List<String> out = new ArrayList<>();
        for (String word : name.split(" ")) {
            List<String> explained = word.length() < 4 ? null : printedWords(word, printed);
            out.add(explained == null ? word : String.join(" ", explained));
        }
        return String.join(" ", out).trim();
    }

    /**
     * The printed words an MRZ name word is made of, fillers read as letters between them or after the last; null
     * when the print does not explain it that way.
     */
    private static List<String> printedWords(String word, java.util.Set<String> printed) {
        if (printed.contains(VizValues.foldName(word))) {
            return List.of(word);
        }
        String head = word.substring(0, word.length() - 1);
        if (head.length() >= 2 && FILLER_LOOK_ALIKES.indexOf(word.charAt(word.length() - 1)) >= 0
                && printed.contains(VizValues.foldName(head))) {
            return List.of(head);
        }
        for (int i = 2; i <= word.length() - 3; i++) {
            if (FILLER_LOOK_ALIKES.indexOf(word.charAt(i)) >= 0 && printed.contains(VizValues.foldName(word.substring(0, i)))) {
                List<String> rest = printedWords(word.substring(i + 1), printed);
                if (rest != null) {
                    List<String> all = new ArrayList<>(List.of(word.substring(0, i)));
                    all.addAll(rest);
                    return all;
                }
            }
        }
        return null;
    }

    private static boolean anyToken(List<String> lines, java.util.function.Predicate<String> test) {
        return lines.stream().flatMap(l -> Arrays.stream(l.split(" "))).filter(t -> !t.isEmpty()).anyMatch(test);
    }

    /**
     * Whether a line prints the date in a form issuers use: day, month name and year ({@code 09 OCT 1982}), digits
     * day first or month first or year first with any separators ({@code 15/05/2005}, {@code 10.02.1997},
     * {@code 2023. 01. 07.}). Separators and spaces are dropped and look-alike glyphs folded on both sides, so
     * {@code 090CT1982} and {@code 1002 1997} still count: the date is the MRZ's, checked by its check digit, and
     * the page is only asked whether it prints it.
     */
    static boolean datePrinted(List<String> lines, LocalDate date) {
        String dd = String.format(java.util.Locale.ROOT, "%02d", date.getDayOfMonth());
        String mm = String.format(java.util.Locale.ROOT, "%02d", date.getMonthValue());
        String yyyy = String.valueOf(date.getYear());
        String mon = date.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH)
                .toUpperCase(java.util.Locale.ROOT);
        List<String> forms = List.of(dd + mon + yyyy, dd + mm + yyyy, mm + dd + yyyy, yyyy + mm + dd);
        List<String> folded = forms.stream().map(PassportViz::despaced).toList();
        return lines.stream().map(PassportViz::despaced).anyMatch(l -> folded.stream().anyMatch(l::contains));
    }

    private static String despaced(String text) {
        return VizValues.fold(text.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", ""));
    }
}

package org.ekyc.hub.verification.person;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.FieldReading;
import org.ekyc.hub.verification.api.document.FieldSource;
import org.ekyc.hub.verification.document.DocumentChecker;
import org.ekyc.hub.verification.document.mrz.CountryCode;

/**
 * Who a document says its holder is: the values the document engine read reliably enough to be compared
 * with the applicant and to be asked about at the registries. A field the engine did not read, or read
 * without enough confidence, is {@code null} here: it is not compared and not used.
 * <p>
 * A reading counts when its confidence is at least {@value #MIN_CONFIDENCE} (an MRZ field whose check digit
 * fails has 0.3 and does not count), or when it is a visual-zone value in a form OCR noise does not produce
 * by chance (a known country code, a real ISO date, 13 digits: {@link DocumentChecker#provesItsForm}), which
 * the engine keeps whatever Tesseract's erratic confidence says. The machine-readable zone wins over the
 * visual zone when both count. A value that is not in its field's form (a date that is no date, a
 * nationality that is no known code, a registration number without 13 digits, a sex other than M or F) is
 * not read either.
 *
 * @param surname            Latin surname (passport, TD1 card)
 * @param givenNames         Latin given names, with the surname only
 * @param latinName          the whole Latin name in one line, surname first (residence cards)
 * @param hangulName         the name in Hangul (Korean cards)
 * @param nationality        ICAO code as read (fillers removed: {@code D} for Germany)
 * @param birthDate          date of birth
 * @param sex                {@code M} or {@code F}; null for unspecified ({@code <}) or unread
 * @param expiryDate         the document's expiry (not a residence card's stay expiry)
 * @param issueDate          the card's issue date
 * @param registrationNumber 13 digits; personal data, never logged
 */
public record DocumentIdentity(String surname, String givenNames, String latinName, String hangulName,
                               String nationality, LocalDate birthDate, String sex, LocalDate expiryDate,
                               LocalDate issueDate, String registrationNumber) {

    /** The confidence from which a reading counts (see the class comment for values that prove their form). */
    public static final double MIN_CONFIDENCE = 0.5;

    /** Nothing read. */
    public static final DocumentIdentity NONE = new DocumentIdentity(null, null, null, null, null, null, null, null,
            null, null);

    public DocumentIdentity {
        surname = blankToNull(surname);
        givenNames = surname == null ? null : blankToNull(givenNames);
        latinName = blankToNull(latinName);
        hangulName = blankToNull(hangulName);
        nationality = blankToNull(nationality);
        nationality = CountryCode.isKnown(nationality) ? nationality : null; // a misread country name is not read
        sex = "M".equals(sex) || "F".equals(sex) ? sex : null;
        registrationNumber = registrationNumber == null ? null : registrationNumber.replaceAll("[\\s-]", "");
        registrationNumber = registrationNumber != null && registrationNumber.matches("\\d{13}") ? registrationNumber : null;
    }

    /** The values of a reading that count. */
    public static DocumentIdentity of(DocumentReading reading) {
        return new DocumentIdentity(text(reading, DocumentField.SURNAME), text(reading, DocumentField.GIVEN_NAMES),
                text(reading, DocumentField.LATIN_NAME), text(reading, DocumentField.HANGUL_NAME),
                text(reading, DocumentField.NATIONALITY), date(reading, DocumentField.BIRTH_DATE),
                text(reading, DocumentField.SEX), date(reading, DocumentField.EXPIRY_DATE),
                date(reading, DocumentField.ISSUE_DATE), text(reading, DocumentField.REGISTRATION_NUMBER));
    }

    /** Whether the document gives a name in Latin script. */
    public boolean hasLatinName() {
        return surname != null || latinName != null;
    }

    /** The Latin name as one line, surname first; null when none was read. */
    public String fullLatinName() {
        if (surname != null) {
            return givenNames == null ? surname : surname + " " + givenNames;
        }
        return latinName;
    }

    private static String text(DocumentReading reading, DocumentField field) {
        return best(reading, field).map(FieldReading::value).orElse(null);
    }

    private static LocalDate date(DocumentReading reading, DocumentField field) {
        Optional<String> value = best(reading, field).map(FieldReading::value);
        try {
            return value.map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            return null; // read, but not as a date: not read
        }
    }

    private static Optional<FieldReading> best(DocumentReading reading, DocumentField field) {
        return reading.fields().stream()
                .filter(f -> f.field() == field && counts(f))
                .max(Comparator.comparing((FieldReading f) -> f.source() == FieldSource.MRZ)
                        .thenComparingDouble(FieldReading::confidence));
    }

    private static boolean counts(FieldReading f) {
        if (f.value().isBlank()) {
            return false;
        }
        return f.confidence() >= MIN_CONFIDENCE
                || f.source() == FieldSource.VIZ && DocumentChecker.provesItsForm(f.field(), f.value());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Override
    public String toString() {
        return "DocumentIdentity[read: " + (hasLatinName() ? "latinName " : "") + (hangulName != null ? "hangulName " : "")
                + (nationality != null ? "nationality " : "") + (birthDate != null ? "birthDate " : "")
                + (sex != null ? "sex " : "") + (expiryDate != null ? "expiryDate " : "")
                + (issueDate != null ? "issueDate " : "") + (registrationNumber != null ? "registrationNumber" : "") + "]";
    }
}

package org.ekyc.hub.verification.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.api.document.Finding;
import org.ekyc.hub.verification.api.document.Severity;
import org.ekyc.hub.verification.document.kr.RegistrationNumber;
import org.ekyc.hub.verification.document.kr.StayStatusCode;
import org.ekyc.hub.verification.document.mrz.CountryCode;
import org.ekyc.hub.verification.document.mrz.Mrz;
import org.ekyc.hub.verification.document.mrz.MrzDates;

/**
 * Validation rules and tamper signals over what was read. Each rule adds a finding with evidence;
 * soft signals (a registration-number checksum, which numbers assigned since 2020-10-05 lack)
 * ask for review, never reject.
 */
public final class DocumentValidator {

    private DocumentValidator() {
    }

    /** Check digits, dates, expiry and codes of an MRZ (ICAO 9303 Part 3, 4 and 5). */
    public static List<Finding> mrz(Mrz mrz, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        if (!mrz.checksPass()) {
            boolean onlyComposite = mrz.failedChecks().equals(List.of("composite"));
            // every field matches its own check digit but not the composite: a field was changed
            // and its check digit recomputed, the pattern of an altered MRZ
            findings.add(new Finding(ReasonCode.MRZ_CHECK_DIGIT, onlyComposite ? Severity.REJECT : Severity.REVIEW,
                    String.join(",", mrz.failedChecks())));
        }
        Optional<LocalDate> birth = MrzDates.birth(mrz.birthDate(), today);
        Optional<LocalDate> expiry = MrzDates.expiry(mrz.expiryDate(), today);
        if (birth.isEmpty()) {
            findings.add(new Finding(ReasonCode.DOCUMENT_DATE_INVALID, Severity.REJECT, "birthDate"));
        }
        if (expiry.isEmpty()) {
            findings.add(new Finding(ReasonCode.DOCUMENT_DATE_INVALID, Severity.REJECT, "expiryDate"));
        } else if (expiry.get().isBefore(today)) {
            findings.add(new Finding(ReasonCode.DOCUMENT_EXPIRED, Severity.REJECT, "expired " + expiry.get()));
        } else if (birth.isPresent() && !expiry.get().isAfter(birth.get())) {
            findings.add(new Finding(ReasonCode.DOCUMENT_DATE_INVALID, Severity.REJECT, "expiry before birth"));
        }
        if (!CountryCode.isKnown(mrz.nationality())) {
            findings.add(new Finding(ReasonCode.DOCUMENT_NATIONALITY_UNKNOWN, Severity.REVIEW, "nationality " + mrz.nationality()));
        }
        if (!CountryCode.isKnown(mrz.issuingState())) {
            findings.add(new Finding(ReasonCode.DOCUMENT_NATIONALITY_UNKNOWN, Severity.REVIEW, "issuing state " + mrz.issuingState()));
        }
        if ("<MF".indexOf(mrz.sex()) < 0) {
            findings.add(new Finding(ReasonCode.DOCUMENT_FIELD_UNREADABLE, Severity.REVIEW, "sex"));
        }
        return findings;
    }

    /**
     * MRZ against VIZ: a field that both zones carry must agree. Names may differ by one
     * character (OCR of the visual zone), numbers and dates not at all after folding look-alikes.
     * A VIZ field that could not be read is reported as such, not as a disagreement.
     */
    public static List<Finding> mrzAgainstViz(Mrz mrz, Map<DocumentField, String> viz, LocalDate today) {
        List<String> disagree = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        // one edit allowed, as for names: the MRZ number is the one its check digit proves; the printed one
        // is compared for tampering, and OCR of VIZ fonts adds or drops a glyph (Z read as "7Z", TT as "T1")
        compareText(DocumentField.DOCUMENT_NUMBER, mrz.documentNumber(), viz, 1, disagree, unreadable);
        compareText(DocumentField.SURNAME, mrz.surname(), viz, 1, disagree, unreadable);
        compareText(DocumentField.GIVEN_NAMES, mrz.givenNames(), viz, 1, disagree, unreadable);
        compareText(DocumentField.NATIONALITY, mrz.nationality(), viz, 0, disagree, unreadable);
        compareDate(DocumentField.BIRTH_DATE, MrzDates.birth(mrz.birthDate(), today), viz, disagree, unreadable);
        compareDate(DocumentField.EXPIRY_DATE, MrzDates.expiry(mrz.expiryDate(), today), viz, disagree, unreadable);
        if (viz.containsKey(DocumentField.SEX) && mrz.sex() != '<') {
            String sex = VizValues.clean(viz.get(DocumentField.SEX));
            if (sex.isEmpty()) {
                unreadable.add("sex");
            } else if (sex.charAt(0) != mrz.sex()) {
                disagree.add("sex");
            }
        }
        unreadable.removeAll(provenByCheckDigits(mrz, viz, disagree, unreadable));
        List<Finding> findings = new ArrayList<>();
        if (!disagree.isEmpty()) {
            findings.add(new Finding(ReasonCode.MRZ_VIZ_MISMATCH, Severity.REVIEW, String.join(",", disagree)));
        }
        if (!unreadable.isEmpty()) {
            findings.add(new Finding(ReasonCode.DOCUMENT_FIELD_UNREADABLE, Severity.REVIEW, String.join(",", unreadable)));
        }
        return findings;
    }

    /** The printed fields whose MRZ value a check digit proves (each its own, and the composite over them). */
    static final List<String> CHECK_DIGIT_FIELDS = List.of("documentNumber", "birthDate", "expiryDate");

    /**
     * The unreadable printed fields a person need not look at: the MRZ's value is the one the engine reports, and
     * when every check digit (the composite too) passes, that value is proven; the printed copy is only the
     * tamper cross-check. It counts as done when no printed field disagrees and at least one other check-digit
     * field was read in print and agrees: a page whose print confirms none of them still goes to a person. Names,
     * nationality and sex have no check digit: an unreadable one stays a review.
     */
    private static List<String> provenByCheckDigits(Mrz mrz, Map<DocumentField, String> viz, List<String> disagree,
                                                    List<String> unreadable) {
        if (!mrz.checksPass() || !disagree.isEmpty()) {
            return List.of();
        }
        List<String> unread = unreadable.stream().filter(CHECK_DIGIT_FIELDS::contains).toList();
        boolean oneConfirmed = java.util.stream.Stream.of(DocumentField.DOCUMENT_NUMBER, DocumentField.BIRTH_DATE, DocumentField.EXPIRY_DATE)
                .anyMatch(f -> viz.containsKey(f) && !unread.contains(name(f)));
        return oneConfirmed ? unread : List.of();
    }

    /** Rules of a residence card's front: registration number, stay status, nationality, issue date. */
    public static List<Finding> residenceCard(Map<DocumentField, String> viz, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        Optional<String> digits = Optional.ofNullable(viz.get(DocumentField.REGISTRATION_NUMBER))
                .flatMap(VizValues::registrationDigits);
        if (digits.isEmpty()) {
            unreadable.add("registrationNumber");
        } else {
            RegistrationNumber number = new RegistrationNumber(digits.get());
            findings.addAll(registrationNumber(number, today));
        }
        String stay = viz.getOrDefault(DocumentField.STAY_STATUS, "");
        if (VizValues.clean(stay).isEmpty()) {
            unreadable.add("stayStatus");
        } else if (!StayStatusCode.isValid(VizValues.clean(stay))) {
            findings.add(new Finding(ReasonCode.STAY_STATUS_UNKNOWN, Severity.REVIEW, VizValues.clean(stay)));
        }
        String country = viz.getOrDefault(DocumentField.NATIONALITY, "");
        Optional<String> code = VizValues.countryCode(country);
        if (VizValues.clean(country).isEmpty()) {
            unreadable.add("nationality");
        } else if (code.isEmpty() || !CountryCode.isKnown(code.get())) {
            findings.add(new Finding(ReasonCode.DOCUMENT_NATIONALITY_UNKNOWN, Severity.REVIEW, VizValues.clean(country)));
        }
        String issueText = viz.getOrDefault(DocumentField.ISSUE_DATE, "");
        Optional<LocalDate> issued = VizValues.isoDate(issueText).or(() -> VizValues.cardDate(issueText));
        if (issued.isEmpty()) {
            unreadable.add("issueDate");
        } else if (issued.get().isAfter(today) || issued.get().getYear() < 1990) {
            // an impossible issue date: a misread as often as a forgery, so a person looks
            findings.add(new Finding(ReasonCode.DOCUMENT_DATE_INVALID, Severity.REVIEW, "issue date " + issued.get()));
        }
        if (!unreadable.isEmpty()) {
            findings.add(new Finding(ReasonCode.DOCUMENT_FIELD_UNREADABLE, Severity.REVIEW, String.join(",", unreadable)));
        }
        return findings;
    }

    /**
     * 주민등록증: the resident registration number must be a citizen's (7th digit 1–4, 9, 0) with a real
     * birth date; its checksum is a soft signal; name and issue date must be readable and plausible.
     */
    public static List<Finding> residentIdCard(Map<DocumentField, String> viz, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        Optional<RegistrationNumber> number = residentNumber(viz, today, findings, unreadable);
        if (VizValues.clean(viz.getOrDefault(DocumentField.HANGUL_NAME, "")).isEmpty()) {
            unreadable.add("hangulName");
        }
        issueDate(viz, today, number.flatMap(RegistrationNumber::birthDate), findings, unreadable);
        if (!unreadable.isEmpty()) {
            findings.add(new Finding(ReasonCode.DOCUMENT_FIELD_UNREADABLE, Severity.REVIEW, String.join(",", unreadable)));
        }
        return findings;
    }

    /**
     * 자동차운전면허증: licence number {@code RR-YY-NNNNNN-CC} with a region code 11–28, the holder's
     * resident number as on the ID card, and the end of the renewal period as expiry.
     */
    public static List<Finding> driverLicence(Map<DocumentField, String> viz, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        String licence = viz.getOrDefault(DocumentField.LICENCE_NUMBER, "");
        if (!licence.matches("[0-9]{2}-[0-9]{2}-[0-9]{6}-[0-9]{2}")) {
            unreadable.add("licenceNumber");
        } else {
            int region = Integer.parseInt(licence.substring(0, 2));
            if (region < 11 || region > 28) {
                findings.add(new Finding(ReasonCode.DOCUMENT_FIELD_UNREADABLE, Severity.REVIEW,
                        "licence region code " + licence.substring(0, 2)));
            }
        }
        Optional<RegistrationNumber> number = residentNumber(viz, today, findings, unreadable);
        if (VizValues.clean(viz.getOrDefault(DocumentField.HANGUL_NAME, "")).isEmpty()) {
            unreadable.add("hangulName");
        }
        Optional<LocalDate> expiry = VizValues.isoDate(viz.getOrDefault(DocumentField.EXPIRY_DATE, ""));
        if (expiry.isEmpty()) {
            unreadable.add("expiryDate");
        } else if (expiry.get().isBefore(today)) {
            findings.add(new Finding(ReasonCode.DOCUMENT_EXPIRED, Severity.REJECT, "renewal period ended " + expiry.get()));
        }
        issueDate(viz, today, number.flatMap(RegistrationNumber::birthDate), findings, unreadable);
        if (!unreadable.isEmpty()) {
            findings.add(new Finding(ReasonCode.DOCUMENT_FIELD_UNREADABLE, Severity.REVIEW, String.join(",", unreadable)));
        }
        return findings;
    }

    private static Optional<RegistrationNumber> residentNumber(Map<DocumentField, String> viz, LocalDate today,
                                                               List<Finding> findings, List<String> unreadable) {
        Optional<String> digits = Optional.ofNullable(viz.get(DocumentField.REGISTRATION_NUMBER))
                .flatMap(VizValues::registrationDigits);
        if (digits.isEmpty()) {
            unreadable.add("registrationNumber");
            return Optional.empty();
        }
        RegistrationNumber number = new RegistrationNumber(digits.get());
        if (number.foreigner()) {
            findings.add(new Finding(ReasonCode.REGISTRATION_NUMBER_MISMATCH, Severity.REJECT,
                    "7th digit " + number.genderDigit() + " is a foreigner's, not a citizen's"));
        }
        if (number.birthDate().isEmpty() || number.birthDate().get().isAfter(today)) {
            findings.add(new Finding(ReasonCode.DOCUMENT_DATE_INVALID, Severity.REJECT, "registration number birth date"));
        }
        if (!number.checksumValid()) {
            findings.add(new Finding(ReasonCode.REGISTRATION_NUMBER_CHECKSUM, Severity.REVIEW, number.masked()));
        }
        return Optional.of(number);
    }

    private static void issueDate(Map<DocumentField, String> viz, LocalDate today, Optional<LocalDate> birth,
                                  List<Finding> findings, List<String> unreadable) {
        String text = viz.getOrDefault(DocumentField.ISSUE_DATE, "");
        Optional<LocalDate> issued = VizValues.isoDate(text).or(() -> VizValues.cardDate(text));
        if (issued.isEmpty()) {
            unreadable.add("issueDate");
        } else if (issued.get().isAfter(today) || birth.map(b -> issued.get().isBefore(b)).orElse(false)) {
            findings.add(new Finding(ReasonCode.DOCUMENT_DATE_INVALID, Severity.REVIEW, "issue date " + issued.get()));
        }
    }

    /** A foreigner registration number on its own: foreigner digit, real birth date, legacy checksum. */
    public static List<Finding> registrationNumber(RegistrationNumber number, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        if (!number.foreigner()) {
            findings.add(new Finding(ReasonCode.REGISTRATION_NUMBER_MISMATCH, Severity.REJECT,
                    "7th digit " + number.genderDigit() + " is not a foreigner's"));
        }
        if (number.birthDate().isEmpty() || number.birthDate().get().isAfter(today)) {
            findings.add(new Finding(ReasonCode.DOCUMENT_DATE_INVALID, Severity.REJECT, "registration number birth date"));
        }
        if (!number.checksumValid()) {
            findings.add(new Finding(ReasonCode.REGISTRATION_NUMBER_CHECKSUM, Severity.REVIEW, number.masked()));
        }
        return findings;
    }

    /**
     * A registration number against another document of the same person (e.g. the passport's MRZ):
     * the birth date and the sex the 7th digit encodes must be that document's.
     */
    public static List<Finding> registrationNumberAgainst(RegistrationNumber number, LocalDate birthDate, Character sex) {
        if (number.consistentWith(birthDate, sex)) {
            return List.of();
        }
        return List.of(new Finding(ReasonCode.REGISTRATION_NUMBER_MISMATCH, Severity.REJECT,
                number.masked() + " vs birth date/sex of the other document"));
    }

    private static void compareText(DocumentField field, String mrzValue, Map<DocumentField, String> viz, int tolerance,
                                    List<String> disagree, List<String> unreadable) {
        if (!viz.containsKey(field)) {
            return;
        }
        java.util.function.UnaryOperator<String> fold = field == DocumentField.SURNAME || field == DocumentField.GIVEN_NAMES
                ? VizValues::foldName : VizValues::fold;
        String read = fold.apply(viz.get(field));
        if (read.isEmpty()) {
            unreadable.add(name(field));
        } else if (VizValues.distance(read, fold.apply(mrzValue)) > tolerance) {
            disagree.add(name(field));
        }
    }

    private static void compareDate(DocumentField field, Optional<LocalDate> mrzValue, Map<DocumentField, String> viz,
                                    List<String> disagree, List<String> unreadable) {
        if (!viz.containsKey(field) || mrzValue.isEmpty()) {
            return;
        }
        Optional<LocalDate> read = VizValues.isoDate(viz.get(field)).or(() -> VizValues.passportDate(viz.get(field)));
        if (read.isEmpty()) {
            unreadable.add(name(field));
        } else if (!read.equals(mrzValue)) {
            disagree.add(name(field));
        }
    }

    private static String name(DocumentField field) {
        String[] parts = field.name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return sb.toString();
    }
}

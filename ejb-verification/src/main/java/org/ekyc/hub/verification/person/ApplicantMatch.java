package org.ekyc.hub.verification.person;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.document.kr.RegistrationNumber;
import org.ekyc.hub.verification.person.NameAgreement.Agreement;
import org.ekyc.hub.verification.screening.name.NameMatcher;
import org.ekyc.hub.verification.screening.name.NameNormalizer;

/**
 * One person: compares who the document says its holder is ({@link DocumentIdentity}) with the applicant the
 * case was opened for. Each disagreement is a reason code; the {@link #HARD} ones keep the case from
 * automatic approval (a reviewer may still decide), {@link ReasonCode#DOCUMENT_NAME_VARIANT} is only noted.
 * <ul>
 *   <li>name ({@link NameAgreement}): the Latin name on the document against the applicant's Latin name; a
 *       Hangul name on the document against the applicant's Hangul name when both have one; a document that
 *       gives its name only in Hangul (resident ID card, driver's licence) against the applicant's Latin
 *       name when the applicant gave no Hangul name. A Hangul name on a residence card, a foreigner's
 *       transcription, is not compared with a Latin name. → {@code DOCUMENT_NAME_MISMATCH} or
 *       {@code DOCUMENT_NAME_VARIANT};</li>
 *   <li>birth date, exactly; on a card that prints none, the birth date its registration number encodes
 *       → {@code DOCUMENT_BIRTH_DATE_MISMATCH};</li>
 *   <li>nationality, exactly (ICAO fillers aside: {@code D<<} is {@code D}) → {@code DOCUMENT_NATIONALITY_MISMATCH};</li>
 *   <li>sex on the document against the sex the applicant's registration number encodes (the case holds no
 *       other) → {@code DOCUMENT_SEX_MISMATCH};</li>
 *   <li>registration number on the document against the one the case was opened with →
 *       {@code DOCUMENT_REGISTRATION_NUMBER_MISMATCH};</li>
 *   <li>a document expiry before {@code today} → {@code DOCUMENT_EXPIRED} (the document engine usually found
 *       it already).</li>
 * </ul>
 * A field the document did not read, or read without enough confidence (see {@link DocumentIdentity}), and a
 * field the applicant did not give, are not compared: an absent value is never a mismatch. Pure and
 * thread-safe.
 */
public final class ApplicantMatch {

    /** The reasons that keep a case from automatic approval. */
    public static final Set<ReasonCode> HARD = Set.copyOf(EnumSet.of(ReasonCode.DOCUMENT_NAME_MISMATCH,
            ReasonCode.DOCUMENT_BIRTH_DATE_MISMATCH, ReasonCode.DOCUMENT_NATIONALITY_MISMATCH,
            ReasonCode.DOCUMENT_SEX_MISMATCH, ReasonCode.DOCUMENT_REGISTRATION_NUMBER_MISMATCH,
            ReasonCode.DOCUMENT_EXPIRED));

    private static final NameAgreement NAMES = new NameAgreement(new NameNormalizer(), new NameMatcher());

    private ApplicantMatch() {
    }

    /**
     * The reasons the document gives against the applicant, in the order of the class comment; empty when
     * they are one person.
     *
     * @param registrationNumber the registration number the case was opened with, null when none
     */
    public static Set<ReasonCode> compare(DocumentIdentity doc, Applicant applicant, String registrationNumber,
                                          LocalDate today) {
        Set<ReasonCode> reasons = new LinkedHashSet<>();
        Agreement name = name(doc, applicant);
        if (name == Agreement.DIFFERENT) {
            reasons.add(ReasonCode.DOCUMENT_NAME_MISMATCH);
        } else if (name == Agreement.VARIANT) {
            reasons.add(ReasonCode.DOCUMENT_NAME_VARIANT);
        }
        LocalDate birth = doc.birthDate() != null ? doc.birthDate() : encodedBirthDate(doc.registrationNumber());
        if (birth != null && !birth.equals(applicant.birthDate())) {
            reasons.add(ReasonCode.DOCUMENT_BIRTH_DATE_MISMATCH);
        }
        if (doc.nationality() != null && !country(doc.nationality()).equals(country(applicant.nationality()))) {
            reasons.add(ReasonCode.DOCUMENT_NATIONALITY_MISMATCH);
        }
        RegistrationNumber given = registrationNumber(registrationNumber);
        if (doc.sex() != null && given != null && doc.sex().charAt(0) != given.sex()) {
            reasons.add(ReasonCode.DOCUMENT_SEX_MISMATCH);
        }
        if (doc.registrationNumber() != null && given != null && !doc.registrationNumber().equals(given.digits())) {
            reasons.add(ReasonCode.DOCUMENT_REGISTRATION_NUMBER_MISMATCH);
        }
        if (doc.expiryDate() != null && doc.expiryDate().isBefore(today)) {
            reasons.add(ReasonCode.DOCUMENT_EXPIRED);
        }
        return reasons;
    }

    /** Whether any of {@code reasons} keeps a case from automatic approval. */
    public static boolean anyHard(Iterable<ReasonCode> reasons) {
        for (ReasonCode r : reasons) {
            if (HARD.contains(r)) {
                return true;
            }
        }
        return false;
    }

    private static Agreement name(DocumentIdentity doc, Applicant a) {
        Agreement worst = null;
        if (doc.hasLatinName()) {
            worst = NAMES.latin(doc.surname(), doc.givenNames(), doc.latinName(), a.surname(), a.givenNames());
        }
        if (doc.hangulName() != null && a.hangulName() != null) {
            worst = worse(worst, NAMES.hangul(doc.hangulName(), a.hangulName()));
        } else if (doc.hangulName() != null && worst == null) {
            worst = NAMES.hangulAgainstLatin(doc.hangulName(), a.surname(), a.givenNames());
        }
        return worst == null ? Agreement.SAME : worst;
    }

    private static Agreement worse(Agreement a, Agreement b) {
        return a == null || b.compareTo(a) > 0 ? b : a;
    }

    private static LocalDate encodedBirthDate(String digits) {
        RegistrationNumber n = registrationNumber(digits);
        return n == null ? null : n.birthDate().orElse(null);
    }

    private static RegistrationNumber registrationNumber(String digits) {
        if (digits == null || !digits.replaceAll("[\\s-]", "").matches("\\d{13}")) {
            return null;
        }
        return new RegistrationNumber(digits);
    }

    private static String country(String code) {
        return code.replace("<", "");
    }
}

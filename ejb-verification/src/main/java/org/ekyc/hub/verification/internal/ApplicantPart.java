package org.ekyc.hub.verification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.FieldRules;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.operations.AgeBand;
import org.ekyc.hub.verification.api.peer.credit.CreditSummaryRequest;
import org.ekyc.hub.verification.api.peer.tax.TaxQuery;
import org.ekyc.hub.verification.api.peer.telecom.Carrier;
import org.ekyc.hub.verification.api.peer.telecom.PhoneIdentityRequest;
import org.ekyc.hub.verification.api.peer.telecom.Sex;
import org.ekyc.hub.verification.person.DocumentIdentity;
import org.ekyc.hub.verification.privacy.EncryptedDateConverter;
import org.ekyc.hub.verification.privacy.EncryptedStringConverter;
import org.ekyc.hub.verification.api.peer.PeerRequestText;
import java.util.Optional;

/**
 * The applicant of a case. Everything but the nationality is personal data, sealed with AES-GCM by the
 * converters ({@code *_enc} columns): the database never sees it in clear.
 */
@Embeddable
public class ApplicantPart {

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "surname_enc", nullable = false, length = 400)
    private String surname;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "given_names_enc", length = 400)
    private String givenNames;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "hangul_name_enc", length = 400)
    private String hangulName;

    @Column(name = "nationality", nullable = false, length = 3)
    private String nationality;

    @Convert(converter = EncryptedDateConverter.class)
    @Column(name = "birth_date_enc", nullable = false, length = 200)
    private LocalDate birthDate;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "phone_enc", length = 200)
    private String phone;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "email_enc", length = 600)
    private String email;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "registration_number_enc", length = 200)
    private String registrationNumber;

    /**
     * The applicant's addresses (kind, country, lines; one per line, see {@link AddressLines}), sealed:
     * the lines are personal data. Their countries feed the country risk with the nationality.
     */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "addresses_enc", length = 8000)
    private String addresses;

    /**
     * The applicant's age band when the case was opened ({@link AgeBand#label()}, e.g. {@code 30-39}): what the
     * operations dashboard groups by, in clear, instead of the sealed birth date (#19). Null on cases from before.
     */
    @Column(name = "age_band", length = 8)
    private String ageBand;

    protected ApplicantPart() {
        // for JPA
    }

    /** {@code a} with the age band on {@code openedOn}. */
    static ApplicantPart of(Applicant a, String registrationNumber, LocalDate openedOn) {
        ApplicantPart p = of(a, registrationNumber);
        p.ageBand = a.birthDate() == null ? null : AgeBand.of(a.birthDate(), openedOn).label();
        return p;
    }

    static ApplicantPart of(Applicant a, String registrationNumber) {
        ApplicantPart p = new ApplicantPart();
        p.surname = a.surname();
        p.givenNames = a.givenNames();
        p.hangulName = a.hangulName();
        p.nationality = a.nationality();
        p.birthDate = a.birthDate();
        p.phone = a.phone();
        p.email = a.email();
        p.registrationNumber = registrationNumber;
        p.addresses = AddressLines.encode(a.addresses());
        return p;
    }

    /**
     * The first stored value that no peer request can carry ({@link PeerRequestText}: a control character
     * such as NUL or ESC), by field name, never the value; empty when all can travel. Reads the stored
     * values as they are, without the checks of {@link Applicant}.
     */
    Optional<String> unfitForPeers() {
        String[][] fields = {{"surname", surname}, {"givenNames", givenNames}, {"hangulName", hangulName},
            {"phone", phone}, {"email", email}, {"registrationNumber", registrationNumber}, {"addresses", addresses}};
        for (String[] field : fields) {
            if (field[1] != null && !PeerRequestText.fits(field[1])) {
                return Optional.of(field[0]);
            }
        }
        return Optional.empty();
    }

    /**
     * The applicant with the addresses, as the case view shows it. Read back as recorded: a case opened
     * before a field rule was tightened stays readable (FieldRules#asRecorded).
     */
    Applicant withAddresses() {
        return FieldRules.asRecorded(() -> new Applicant(surname, givenNames, hangulName, nationality, birthDate,
                phone, email, AddressLines.decode(addresses)));
    }

    /** The applicant as peers and screening are asked about (no addresses), read back as recorded. */
    Applicant withoutAddresses() {
        return FieldRules.asRecorded(() -> new Applicant(surname, givenNames, hangulName, nationality, birthDate,
                phone, email));
    }

    /**
     * The applicant as the registries are asked about after a document was accepted: the document's Latin
     * name (when it gives surname and given names apart), Hangul name and birth date where it has them, the
     * applicant's values otherwise (nationality, phone and e-mail are always the applicant's). A value read that
     * the applicant could not have given (a name the field rules refuse, an impossible date) is not asked.
     */
    Applicant asOnDocument(DocumentIdentity d) {
        boolean split = FieldRules.isPersonName(d.surname(), Applicant.MAX_NAME)
                && (d.givenNames() == null || FieldRules.isPersonName(d.givenNames(), Applicant.MAX_NAME));
        boolean hangul = FieldRules.isHangulName(d.hangulName());
        // a date the applicant could not have given (the document engine rejects such documents) is not asked
        boolean birth = d.birthDate() != null && !d.birthDate().isAfter(LocalDate.now())
                && !d.birthDate().isBefore(FieldRules.EARLIEST_BIRTH_DATE);
        return FieldRules.asRecorded(() -> new Applicant(split ? d.surname() : surname,
                split ? d.givenNames() : givenNames, hangul ? d.hangulName() : hangulName, nationality,
                birth ? d.birthDate() : birthDate, phone, email));
    }

    /** The registration number the registries are asked about: the document's, else the applicant's. */
    String registrationNumber(DocumentIdentity d) {
        return d.registrationNumber() != null ? d.registrationNumber() : registrationNumber;
    }

    /** The applicant's name as carriers and bureaus have it: Hangul when given, else the Latin name. */
    String registeredName() {
        if (hangulName != null && !hangulName.isBlank()) {
            return hangulName;
        }
        return givenNames == null || givenNames.isBlank() ? surname : surname + " " + givenNames;
    }

    private String taxName(DocumentIdentity d) {
        if (d.hangulName() != null) {
            return d.hangulName();
        }
        if (hangulName != null && !hangulName.isBlank()) {
            return hangulName;
        }
        return d.hasLatinName() ? d.fullLatinName() : surname + (givenNames == null ? "" : " " + givenNames);
    }

    /**
     * The tax authority query: the caller's number and name, else the accepted document's
     * ({@link DocumentIdentity#NONE} when there is none), else the applicant's own.
     */
    TaxQuery taxQuery(String caseId, int taxYear, String number, String name, DocumentIdentity d) {
        String n = number == null || number.isBlank() ? registrationNumber(d) : number;
        String who = name != null && !name.isBlank() ? name : taxName(d);
        return new TaxQuery(caseId, n, who, taxYear);
    }

    PhoneIdentityRequest phoneIdentityRequest(Sex sex, Carrier carrier) {
        if (phone == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "phone");
        }
        return new PhoneIdentityRequest(registeredName(), birthDate, sex, !"KOR".equals(nationality), phone, carrier);
    }

    CreditSummaryRequest creditSummaryRequest(Product product, boolean consent) {
        if (product != Product.LOAN) {
            throw new InvalidRequestException(ReasonCode.CREDIT_CHECK_NOT_APPLICABLE, "product");
        }
        if (!consent) {
            throw new InvalidRequestException(ReasonCode.CREDIT_CONSENT_REQUIRED, "consent");
        }
        if (registrationNumber == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "registrationNumber");
        }
        return new CreditSummaryRequest(registeredName(), registrationNumber, true);
    }

    Set<String> addressCountries() {
        Set<String> countries = new LinkedHashSet<>();
        AddressLines.decode(addresses).forEach(a -> countries.add(a.country()));
        return countries;
    }

    String surname() {
        return surname;
    }

    String givenNames() {
        return givenNames;
    }

    /** The age band at opening ({@code 30-39}), null on cases from before it was kept. */
    String ageBand() {
        return ageBand;
    }

    String nationality() {
        return nationality;
    }

    LocalDate birthDate() {
        return birthDate;
    }

    String phone() {
        return phone;
    }

    String registrationNumber() {
        return registrationNumber;
    }
}

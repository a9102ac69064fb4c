package org.ekyc.hub.adapter.corebanking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ekyc.hub.adapter.copybook.Copybook;
import org.ekyc.hub.adapter.copybook.CopybookRecord;
import org.ekyc.hub.adapter.fixedformat.FixedWidthDates;
import org.ekyc.hub.adapter.fixedformat.MalformedRecordException;
import org.ekyc.hub.verification.api.Address;
import org.ekyc.hub.verification.api.AddressKind;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.CaseSummary;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.FieldRules;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * Maps core banking's KYCREQ/KYCRSP records (copybooks/KYCREQ.cpy, KYCRSP.cpy) to and from the
 * canonical API records.
 */
public final class CoreBankingRecordMapper {

    public static final Copybook KYCREQ = Copybook.fromClasspath("copybooks/KYCREQ.cpy");
    public static final Copybook KYCRSP = Copybook.fromClasspath("copybooks/KYCRSP.cpy");

    public static final String OPEN = "OPEN";
    /** KYC status of a customer: the latest case with CUSTOMER-REF as its reference. */
    public static final String STATUS = "STAT";
    /** STAT for a customer the hub has no case for. */
    public static final String RC_NO_CASE = "04";
    public static final String RC_ACCEPTED = "00";
    public static final String RC_REFUSED = "08";

    private CoreBankingRecordMapper() {
    }

    /**
     * Layout-level checks happen here (request type, date digits): a failure is a malformed record.
     * Content checks (nationality, names) happen in the API records and raise
     * {@link org.ekyc.hub.verification.api.InvalidRequestException}: a refused, not a malformed, record.
     * The idempotency key is CUSTOMER-REF + REQ-SEQ, so a request sent twice opens one case.
     */
    public static OpenCaseCommand toOpenCase(CopybookRecord r) throws MalformedRecordException {
        String type = requestType(r);
        if (!OPEN.equals(type)) {
            throw new MalformedRecordException("KYCREQ-REQ-TYPE '" + type + "' is not OPEN");
        }
        // not digits: the record is malformed; digits that are no date (20230229, 00000000): the value is refused,
        // as every channel refuses it (INVALID_BIRTH_DATE), and the record answered with return code 08
        String birthDigits = String.format("%08d", r.integer("KYCREQ-BIRTH-DATE"));
        LocalDate birthDate;
        try {
            birthDate = FixedWidthDates.parse(birthDigits, "KYCREQ-BIRTH-DATE");
        } catch (IllegalArgumentException e) {
            throw new org.ekyc.hub.verification.api.InvalidRequestException(
                    org.ekyc.hub.verification.api.ReasonCode.INVALID_BIRTH_DATE, "birthDate");
        }
        String residence = r.text("KYCREQ-RESIDENCE-COUNTRY");
        // the record's own widths in bytes of CCSID 933 (shift-out and shift-in counted): never longer than the
        // field the value came in
        Applicant applicant = new Applicant(
                FieldRules.fits(r.text("KYCREQ-SURNAME"), FieldRules.RecordField.KYCREQ_SURNAME, "surname"),
                FieldRules.fits(r.text("KYCREQ-GIVEN-NAMES"), FieldRules.RecordField.KYCREQ_GIVEN_NAMES, "givenNames"),
                FieldRules.fits(r.text("KYCREQ-HANGUL-NAME"), FieldRules.RecordField.KYCREQ_HANGUL_NAME, "hangulName"),
                r.text("KYCREQ-NATIONALITY"), birthDate, null, null,
                residence == null || residence.isBlank() ? List.of()
                        : List.of(Address.inCountry(AddressKind.RESIDENCE, residence)));
        String customerRef = FieldRules.fits(r.text("KYCREQ-CUSTOMER-REF"), FieldRules.RecordField.KYCREQ_CUSTOMER_REF,
                "externalReference");
        return new OpenCaseCommand(applicant, Product.fromCode(r.text("KYCREQ-PRODUCT")), Channel.MQ, customerRef,
                r.text("KYCREQ-REGISTRATION-NO"), "MQ:" + customerRef + ":" + r.integer("KYCREQ-REQ-SEQ"));
    }

    /** KYCRSP values for an opened (or earlier opened) case. */
    /** KYCREQ-REQ-TYPE, {@link #OPEN} or {@link #STATUS}; anything else is a malformed record. */
    public static String requestType(CopybookRecord r) throws MalformedRecordException {
        String type = r.text("KYCREQ-REQ-TYPE");
        if (!OPEN.equals(type) && !STATUS.equals(type)) {
            throw new MalformedRecordException("KYCREQ-REQ-TYPE '" + type + "' is not one of [OPEN, STAT]");
        }
        return type;
    }

    /**
     * The customer reference of a STAT request (the applicant fields are not read: core banking asks
     * about a customer it already knows).
     * @throws InvalidRequestException FIELD_REQUIRED when CUSTOMER-REF is blank
     */
    public static String statusCustomerRef(CopybookRecord r) {
        String ref = r.text("KYCREQ-CUSTOMER-REF");
        if (ref == null || ref.isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "customerRef");
        }
        return ref.trim();
    }

    /** KYCRSP for a STAT request about a customer with no case: RETURN-CODE 04, CASE_NOT_FOUND. */
    public static Map<String, Object> noCase(CopybookRecord request) {
        Map<String, Object> reply = echo(request);
        reply.put("KYCRSP-RETURN-CODE", RC_NO_CASE);
        reply.put("KYCRSP-REASON-CODE", ReasonCode.CASE_NOT_FOUND.name());
        return reply;
    }

    /** KYCRSP values for an accepted request, from the case's summary ({@link CaseSummary#of} for a full view). */
    public static Map<String, Object> accepted(CopybookRecord request, CaseSummary view) {
        Map<String, Object> reply = echo(request);
        reply.put("KYCRSP-CASE-ID", view.caseId());
        reply.put("KYCRSP-CASE-STATUS", view.status().name());
        reply.put("KYCRSP-RETURN-CODE", RC_ACCEPTED);
        reply.put("KYCRSP-REASON-CODE", view.reasons().isEmpty() ? "" : view.reasons().get(0).name());
        reply.put("KYCRSP-IMMIGRATION-CHECK", view.immigrationCheck().name());
        reply.put("KYCRSP-STAY-EXPIRY", view.stayExpiry() == null ? BigDecimal.ZERO : FixedWidthDates.format(view.stayExpiry()));
        return reply;
    }

    /** KYCRSP values for a refused request; {@code request} is null when the record could not be read. */
    public static Map<String, Object> refused(CopybookRecord request, ReasonCode reason) {
        Map<String, Object> reply = request == null ? new LinkedHashMap<>() : echo(request);
        reply.put("KYCRSP-RETURN-CODE", RC_REFUSED);
        reply.put("KYCRSP-REASON-CODE", reason.name());
        return reply;
    }

    private static Map<String, Object> echo(CopybookRecord request) {
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("KYCRSP-REQ-TYPE", request.text("KYCREQ-REQ-TYPE"));
        reply.put("KYCRSP-CUSTOMER-REF", request.text("KYCREQ-CUSTOMER-REF"));
        reply.put("KYCRSP-REQ-SEQ", request.decimal("KYCREQ-REQ-SEQ"));
        return reply;
    }
}

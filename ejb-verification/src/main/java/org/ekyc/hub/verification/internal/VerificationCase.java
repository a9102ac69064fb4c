package org.ekyc.hub.verification.internal;

import java.util.EnumSet;
import java.util.Set;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningOrder;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningResult;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningState;
import org.ekyc.hub.verification.api.risk.Decision;
import org.ekyc.hub.verification.api.risk.EnhancedTask;
import org.ekyc.hub.verification.api.risk.RiskTier;
import org.ekyc.hub.verification.api.risk.VerificationMethod;
import org.ekyc.hub.verification.api.screening.ScreeningOutcome;
import org.ekyc.hub.verification.risk.RiskAssessment;
import org.ekyc.hub.verification.risk.RiskFactors;
import org.ekyc.hub.verification.risk.RiskTierPolicy;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.CaseApplicant;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.Consent;
import org.ekyc.hub.verification.api.FaceCheck;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.Severity;
import org.ekyc.hub.verification.api.face.LivenessResult;
import org.ekyc.hub.verification.api.screening.ScreeningResult;
import org.ekyc.hub.verification.api.face.MatchOutcome;
import org.ekyc.hub.verification.api.peer.immigration.ImmigrationQuery;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.ekyc.hub.verification.api.peer.immigration.StayStatus;
import org.ekyc.hub.verification.api.peer.credit.CreditOutcome;
import org.ekyc.hub.verification.api.peer.credit.CreditSummary;
import org.ekyc.hub.verification.api.peer.credit.CreditSummaryRequest;
import org.ekyc.hub.verification.api.peer.telecom.Carrier;
import org.ekyc.hub.verification.api.peer.telecom.OtpChallenge;
import org.ekyc.hub.verification.api.peer.telecom.PhoneCheckOutcome;
import org.ekyc.hub.verification.api.peer.telecom.PhoneIdentity;
import org.ekyc.hub.verification.api.peer.telecom.PhoneIdentityRequest;
import org.ekyc.hub.verification.api.peer.telecom.Sex;
import org.ekyc.hub.verification.privacy.EncryptedBytesConverter;
import org.ekyc.hub.verification.privacy.EncryptedDateConverter;
import org.ekyc.hub.verification.privacy.EncryptedStringConverter;

/**
 * A verification case. Columns holding personal data are sealed with AES-GCM by converters
 * ({@code *_enc} columns); the database never sees them in clear.
 */
@Entity
@Table(name = "verification_case",
        uniqueConstraints = @UniqueConstraint(name = "uk_case_idempotency_key", columnNames = "idempotency_key"),
        indexes = {@Index(name = "ix_case_immigration_pending", columnList = "immigration_check, immigration_retry_at"),
                   @Index(name = "ix_case_account_pending", columnList = "account_opening, account_retry_at"),
                   @Index(name = "ix_case_resident_pending", columnList = "resident_check, resident_retry_at"),
                   @Index(name = "ix_case_income_pending", columnList = "income_check, income_retry_at"),
                   @Index(name = "ix_case_credit_pending", columnList = "credit_check, credit_retry_at"),
                   @Index(name = "ix_case_external_reference", columnList = "external_reference, created_at")})
@NamedQuery(name = VerificationCase.BY_IDEMPOTENCY_KEY,
        query = "select c from VerificationCase c where c.idempotencyKey = :key")
// a repeated request's answer: plain columns only, so nothing sealed is read or decrypted
@NamedQuery(name = VerificationCase.SUMMARY_BY_IDEMPOTENCY_KEY,
        query = VerificationCase.SUMMARY_SELECT + " where c.idempotencyKey = :key")
// a customer's KYC status (MQ STAT): the same plain columns, latest case first
@NamedQuery(name = VerificationCase.SUMMARY_BY_CUSTOMER,
        query = VerificationCase.SUMMARY_SELECT + " where c.externalReference = :ref order by c.createdAt desc, c.id desc")
@NamedQuery(name = VerificationCase.ALL_BY_CREATION, query = "select c.id from VerificationCase c order by c.createdAt, c.id")
@NamedQuery(name = VerificationCase.FACE_TEMPLATE_EXPIRED,
        query = "select c.id from VerificationCase c where c.faceTemplatePurgeAt <= :now and c.faceTemplate is not null")
@NamedQuery(name = VerificationCase.IMMIGRATION_PENDING,
        query = "select c.id from VerificationCase c where c.immigrationCheck = :pending and c.immigrationRetryAt <= :now"
                + " order by c.immigrationRetryAt")
@NamedQuery(name = VerificationCase.ACCOUNT_OPENING_PENDING,
        query = "select c.id from VerificationCase c where c.accountOpening = :pending and c.accountRetryAt <= :now"
                + " order by c.accountRetryAt")
// The pending queries return ids only: each case is then read in its own transaction
// (PendingCaseReader), so that one case whose sealed values cannot be opened does not stop the others.
// Pending peer checks the background retry asks again (issue #5). A check PENDING from before the
// retry existed has no retry time (and no query kept): it is never taken, the caller asks again.
@NamedQuery(name = VerificationCase.RESIDENT_PENDING,
        query = "select c.id from VerificationCase c where c.residentCheck = :pending and c.residentRetryAt <= :now"
                + " order by c.residentRetryAt")
@NamedQuery(name = VerificationCase.INCOME_PENDING,
        query = "select c.id from VerificationCase c where c.incomeCheck = :pending and c.incomeRetryAt <= :now"
                + " order by c.incomeRetryAt")
@NamedQuery(name = VerificationCase.CREDIT_PENDING,
        query = "select c.id from VerificationCase c where c.creditCheck = :pending and c.creditRetryAt <= :now"
                + " order by c.creditRetryAt")
public class VerificationCase {

    public static final String RESIDENT_PENDING = "VerificationCase.residentPending";
    public static final String INCOME_PENDING = "VerificationCase.incomePending";
    public static final String CREDIT_PENDING = "VerificationCase.creditPending";
    /** The value of a peer check's column while it waits for the peer. */
    public static final String PENDING = "PENDING";

    public static final String ACCOUNT_OPENING_PENDING = "VerificationCase.accountOpeningPending";
    public static final String BY_IDEMPOTENCY_KEY = "VerificationCase.byIdempotencyKey";
    public static final String SUMMARY_BY_IDEMPOTENCY_KEY = "VerificationCase.summaryByIdempotencyKey";
    public static final String SUMMARY_BY_CUSTOMER = "VerificationCase.summaryByCustomer";
    /** The columns of a {@link #summary(Object[]) summary} row; none of them sealed. */
    static final String SUMMARY_SELECT = "select c.id, c.status, c.reasons, c.immigrationCheck, c.stayExpiry,"
            + " c.screeningOutcome from VerificationCase c";
    public static final String IMMIGRATION_PENDING = "VerificationCase.immigrationPending";
    public static final String FACE_TEMPLATE_EXPIRED = "VerificationCase.faceTemplateExpired";
    public static final String ALL_BY_CREATION = "VerificationCase.allByCreation";

    @Id
    @Column(length = 36)
    private String id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Product product;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Channel channel;

    @Column(name = "external_reference", length = 40)
    private String externalReference;

    /** The channel's request key (e.g. MQ:customer-ref:seq); no personal data. */
    @Column(name = "idempotency_key", length = 100)
    private String idempotencyKey;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "surname_enc", nullable = false, length = 400)
    private String surname;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "given_names_enc", length = 400)
    private String givenNames;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "hangul_name_enc", length = 400)
    private String hangulName;

    @Column(nullable = false, length = 3)
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

    @Enumerated(EnumType.STRING)
    @Column(name = "immigration_check", nullable = false, length = 16)
    private RegistryCheckOutcome immigrationCheck;

    /**
     * Failed tries to reach the registry for this case; drives the back-off. Nullable so that
     * Hibernate's schema update can add it to a table with rows (null = none yet).
     */
    @Column(name = "immigration_attempts")
    private Integer immigrationAttempts;

    /** When a pending check is due again (also covers a crash between opening and the first try). */
    @Column(name = "immigration_retry_at")
    private Instant immigrationRetryAt;

    @Column(name = "stay_status_code", length = 8)
    private String stayStatusCode;

    @Column(name = "stay_expiry")
    private LocalDate stayExpiry;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "consent_notice_version", length = 20)
    private String consentNoticeVersion;

    @Column(name = "consent_language", length = 5)
    private String consentLanguage;

    @Column(name = "consent_retention_days")
    private Integer consentRetentionDays;

    /** The liveness challenge issued for this case and not used yet. */
    @Column(name = "liveness_nonce", length = 64)
    private String livenessNonce;

    @Column(name = "face_liveness", length = 8)
    private String faceLiveness;

    @Column(name = "face_match", length = 8)
    private String faceMatch;

    @Column(name = "face_similarity")
    private Double faceSimilarity;

    /** The live face template (embedding), sealed; deleted at {@link #faceTemplatePurgeAt}. Never an image. */
    @Convert(converter = EncryptedBytesConverter.class)
    @Column(name = "face_template_enc", length = 8000)
    private byte[] faceTemplate;

    @Column(name = "face_template_model", length = 64)
    private String faceTemplateModel;

    @Column(name = "face_template_purge_at")
    private Instant faceTemplatePurgeAt;

    @Column(name = "document_type", length = 32)
    private String documentType;

    /** ACCEPTED, RETAKE, REVIEW or REJECTED: the worst finding of the last document check. */
    // resident registry (issue #5): the outcome; the name, number and issue date asked about are kept
    // only while the check is PENDING (sealed, for the background retry) and erased once answered
    @Column(name = "resident_check", length = 16)
    private String residentCheck;

    @Column(name = "resident_checked_at")
    private Instant residentCheckedAt;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "resident_query_enc", length = 2000)
    private String residentQuery;

    /** Failed tries of the pending check; drives the back-off. Null/0 when none. */
    @Column(name = "resident_attempts")
    private Integer residentAttempts;

    /** When the pending check is due again (also the lease of a check being asked); null when not pending. */
    @Column(name = "resident_retry_at")
    private Instant residentRetryAt;

    // tax authority (issue #5): status and band, never the registration number or an amount
    @Column(name = "income_check", length = 16)
    private String incomeCheck;

    @Column(name = "income_band", length = 20)
    private String incomeBand;

    @Column(name = "income_tax_year")
    private Integer incomeTaxYear;

    @Column(name = "income_checked_at")
    private Instant incomeCheckedAt;

    /** The number and name asked about, kept sealed only while the check is PENDING. */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "income_query_enc", length = 2000)
    private String incomeQuery;

    @Column(name = "income_attempts")
    private Integer incomeAttempts;

    @Column(name = "income_retry_at")
    private Instant incomeRetryAt;

    @Column(name = "document_outcome", length = 10)
    private String documentOutcome;

    /** HIT / POTENTIAL / CLEAR of the last screening, null before (or when screening was unavailable). */
    @Column(name = "screening_outcome", length = 10)
    private String screeningOutcome;

    @Column(name = "screening_list_version", length = 64)
    private String screeningListVersion;

    @Column(name = "screening_score")
    private Double screeningScore;

    /** STANDARD or ENHANCED, reassessed whenever a check lands (issue #6). */
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_tier", length = 10)
    private RiskTier riskTier;

    /** Why ENHANCED: COUNTRY_…, SANCTIONS_…, ANOMALY_…, PRODUCT_… (no personal data). */
    @Column(name = "risk_reasons", length = 1000)
    private String riskReasons;

    /** Non-face-to-face methods a reviewer attested (comma-separated enum names). */
    @Column(name = "methods_attested", length = 200)
    private String methodsAttested;

    /** Enhanced-due-diligence tasks a reviewer completed (comma-separated enum names). */
    @Column(name = "tasks_completed", length = 100)
    private String tasksCompleted;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "decision_note_enc", length = 4000)
    private String decisionNote;

    /*
     * Account opening at core banking (issue #5), for approved ACCOUNT cases only. All nullable:
     * Hibernate's schema update adds them to a table with rows.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "account_opening", length = 10)
    private AccountOpeningState accountOpening;

    /** Orders that got no usable answer (no reply, unreadable reply); drives the back-off. */
    @Column(name = "account_attempts")
    private Integer accountAttempts;

    /** When the order is due (again); also the lease of an order on its way. Null once answered. */
    @Column(name = "account_retry_at")
    private Instant accountRetryAt;

    /** The account core banking opened: personal financial data, sealed like every other PII column. */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "account_number_enc", length = 200)
    private String accountNumber;

    @Column(name = "account_opened_date")
    private LocalDate accountOpenedDate;

    /** Core banking's return code: 00 opened, other refused. */
    @Column(name = "account_return_code", length = 2)
    private String accountReturnCode;

    /** Phone verification (issue #5): a {@code PhoneCheckOutcome} name, null before it started. */
    @Column(name = "phone_check", length = 20)
    private String phoneCheck;

    /** The carrier's transaction waiting for the applicant's one-time code; null when none waits. */
    @Column(name = "phone_transaction_id", length = 20)
    private String phoneTransactionId;

    @Column(name = "phone_verified_at")
    private Instant phoneVerifiedAt;

    /** Connecting information (CI, 88 characters) from the carrier, sealed. */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "phone_ci_enc", length = 400)
    private String phoneCi;

    /** Duplicate information (DI, 64 characters) from the carrier, sealed. */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "phone_di_enc", length = 300)
    private String phoneDi;

    /** Credit bureau check (issue #5): PENDING, FOUND, NO_RECORD or NAME_MISMATCH; null when never asked. */
    @Column(name = "credit_check", length = 16)
    private String creditCheck;

    /** The bureau's summary (grade, delinquency, open loans, balance band), sealed: credit information. */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "credit_summary_enc", length = 600)
    private String creditSummary;

    @Column(name = "credit_checked_at")
    private Instant creditCheckedAt;

    /** Failed tries of a pending credit check (the enquiry is rebuilt from the case, nothing more is kept). */
    @Column(name = "credit_attempts")
    private Integer creditAttempts;

    @Column(name = "credit_retry_at")
    private Instant creditRetryAt;

    /** Reason codes, comma-separated; stable codes, never free text. */
    @Column(length = 1000)
    private String reasons;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected VerificationCase() {
        // for JPA
    }

    public static VerificationCase open(OpenCaseCommand command, Instant now, RetryPolicy retry) {
        VerificationCase c = new VerificationCase();
        Applicant a = command.applicant();
        c.id = UUID.randomUUID().toString();
        c.status = CaseStatus.OPENED;
        c.product = command.product();
        c.channel = command.channel();
        c.externalReference = command.externalReference();
        c.idempotencyKey = command.idempotencyKey();
        c.surname = a.surname();
        c.givenNames = a.givenNames();
        c.hangulName = a.hangulName();
        c.nationality = a.nationality();
        c.birthDate = a.birthDate();
        c.phone = a.phone();
        c.email = a.email();
        c.registrationNumber = command.registrationNumber();
        c.addresses = AddressLines.encode(a.addresses());
        c.immigrationCheck = RegistryCheckOutcome.PENDING;
        c.immigrationRetryAt = now.plus(retry.first());
        c.reasons = "";
        c.createdAt = now;
        c.updatedAt = now;
        return c;
    }

    /** Applies the immigration registry's answer: a stay that is not valid, or unknown, sends the case to review. */
    public void applyStayStatus(StayStatus stay, Instant now, RetryPolicy retry) {
        immigrationCheck = stay.outcome();
        stayStatusCode = stay.stayStatusCode();
        stayExpiry = stay.stayExpiry();
        switch (stay.outcome()) {
            case INVALID -> {
                addReason(ReasonCode.STAY_NOT_VALID);
                status = CaseStatus.REVIEW;
            }
            case NOT_FOUND -> {
                addReason(ReasonCode.REGISTRY_NO_MATCH);
                status = CaseStatus.REVIEW;
            }
            case UNAVAILABLE, ACCESS_REFUSED, PENDING -> {
                // not an answer: the check stays pending and is asked again later, each time later;
                // the reason tells an outage from credentials the registry refused
                immigrationCheck = RegistryCheckOutcome.PENDING;
                immigrationAttempts = immigrationAttempts == null ? 1 : immigrationAttempts + 1;
                immigrationRetryAt = now.plus(retry.delayAfter(immigrationAttempts));
                boolean refused = stay.outcome() == RegistryCheckOutcome.ACCESS_REFUSED;
                removeReason(refused ? ReasonCode.REGISTRY_UNAVAILABLE : ReasonCode.REGISTRY_ACCESS_REFUSED);
                addReason(refused ? ReasonCode.REGISTRY_ACCESS_REFUSED : ReasonCode.REGISTRY_UNAVAILABLE);
            }
            default -> { }
        }
        if (immigrationCheck != RegistryCheckOutcome.PENDING) {
            immigrationRetryAt = null;
            removeReason(ReasonCode.REGISTRY_UNAVAILABLE);
            removeReason(ReasonCode.REGISTRY_ACCESS_REFUSED);
        }
        updatedAt = now;
    }

    /** Only a resident ID card or driver's licence read on this case can be checked at the resident registry. */
    public void requireResidentDocument() {
        if (!"RESIDENT_ID_CARD".equals(documentType) && !"DRIVER_LICENCE".equals(documentType)) {
            throw new org.ekyc.hub.verification.api.InvalidRequestException(ReasonCode.RESIDENT_CHECK_NOT_APPLICABLE,
                    "documentType");
        }
    }

    /** Applies the resident registry's answer: a card not matching, or reported lost, sends the case to review. */
    public void applyResidentCheck(org.ekyc.hub.verification.api.peer.resident.ResidentIdResult result, Instant now) {
        residentCheck = result.outcome().name();
        residentCheckedAt = now;
        residentQuery = null;
        residentAttempts = null;
        residentRetryAt = null;
        removeReason(ReasonCode.RESIDENT_REGISTRY_UNAVAILABLE);
        removeReason(ReasonCode.RESIDENT_ID_NO_MATCH);
        removeReason(ReasonCode.RESIDENT_ID_REPORTED_LOST);
        switch (result.outcome()) {
            case NO_MATCH -> addReason(ReasonCode.RESIDENT_ID_NO_MATCH);
            case REPORTED_LOST -> addReason(ReasonCode.RESIDENT_ID_REPORTED_LOST);
            default -> { }
        }
        if (result.outcome() != org.ekyc.hub.verification.api.peer.resident.ResidentIdOutcome.MATCH && !isDecided()) {
            status = CaseStatus.REVIEW;
        }
        updatedAt = now;
    }

    /** Applies the tax authority's answer: no declared income is a source-of-funds finding, not a rejection. */
    public void applyIncomeCheck(org.ekyc.hub.verification.api.peer.tax.TaxStatus tax, Instant now) {
        incomeCheck = tax.status().name();
        incomeBand = tax.incomeBand().name();
        incomeTaxYear = tax.taxYear();
        incomeCheckedAt = now;
        incomeQuery = null;
        incomeAttempts = null;
        incomeRetryAt = null;
        removeReason(ReasonCode.TAX_AUTHORITY_UNAVAILABLE);
        removeReason(ReasonCode.INCOME_NOT_DECLARED);
        if (!tax.status().declaresIncome()) {
            addReason(ReasonCode.INCOME_NOT_DECLARED);
        }
        updatedAt = now;
    }

    /**
     * The resident registry gave no usable answer: the check waits PENDING with its reason, the query is
     * kept (sealed) for the background retry, due again after the back-off; nothing else changes.
     * Each call is one failed try, whether the caller's request or a retry.
     */
    public void residentCheckPending(org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery query, Instant now,
                                     RetryPolicy backOff) {
        residentCheck = PENDING;
        residentCheckedAt = now;
        residentQuery = PendingQueryText.resident(query);
        residentAttempts = residentAttempts == null ? 1 : residentAttempts + 1;
        residentRetryAt = now.plus(backOff.delayAfter(residentAttempts));
        addReason(ReasonCode.RESIDENT_REGISTRY_UNAVAILABLE);
        updatedAt = now;
    }

    /** The tax authority gave no usable answer: as {@link #residentCheckPending}, the tax year kept in clear. */
    public void incomeCheckPending(org.ekyc.hub.verification.api.peer.tax.TaxQuery query, Instant now,
                                   RetryPolicy backOff) {
        incomeCheck = PENDING;
        incomeBand = null;
        incomeTaxYear = query.taxYear();
        incomeCheckedAt = now;
        incomeQuery = PendingQueryText.tax(query);
        incomeAttempts = incomeAttempts == null ? 1 : incomeAttempts + 1;
        incomeRetryAt = now.plus(backOff.delayAfter(incomeAttempts));
        addReason(ReasonCode.TAX_AUTHORITY_UNAVAILABLE);
        updatedAt = now;
    }

    /**
     * Takes the pending resident check for asking again: leased (not due) until {@code leaseEnd}, so no
     * other node takes it meanwhile and a node that stops before recording loses nothing.
     */
    public org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery takePendingResidentCheck(Instant leaseEnd) {
        if (!PENDING.equals(residentCheck) || residentQuery == null) {
            throw new IllegalStateException("case " + id + " has no pending resident check");
        }
        residentRetryAt = leaseEnd;
        return PendingQueryText.resident(id, residentQuery);
    }

    /** Takes the pending income check for asking again; see {@link #takePendingResidentCheck}. */
    public org.ekyc.hub.verification.api.peer.tax.TaxQuery takePendingIncomeCheck(Instant leaseEnd) {
        if (!PENDING.equals(incomeCheck) || incomeQuery == null || incomeTaxYear == null) {
            throw new IllegalStateException("case " + id + " has no pending income check");
        }
        incomeRetryAt = leaseEnd;
        return PendingQueryText.tax(id, incomeQuery, incomeTaxYear);
    }

    /** Takes the pending credit check for asking again; the enquiry is rebuilt from the case. */
    public org.ekyc.hub.verification.api.peer.credit.PendingCreditEnquiry takePendingCreditCheck(Instant leaseEnd) {
        if (!PENDING.equals(creditCheck)) {
            throw new IllegalStateException("case " + id + " has no pending credit check");
        }
        creditRetryAt = leaseEnd;
        return new org.ekyc.hub.verification.api.peer.credit.PendingCreditEnquiry(id, creditSummaryRequest(true));
    }

    /** Failed tries of the given peer's pending check so far (0 when none), for logs and audit. */
    public int pendingAttempts(String peer) {
        Integer n = switch (peer) {
            case "resident" -> residentAttempts;
            case "tax" -> incomeAttempts;
            case "credit" -> creditAttempts;
            default -> throw new IllegalArgumentException(peer);
        };
        return n == null ? 0 : n;
    }

    /** When the given peer's pending check is due again; null when it is not pending. */
    public Instant pendingRetryAt(String peer) {
        return switch (peer) {
            case "resident" -> residentRetryAt;
            case "tax" -> incomeRetryAt;
            case "credit" -> creditRetryAt;
            default -> throw new IllegalArgumentException(peer);
        };
    }

    /** The tax authority query: the caller's number and name, else the case's own. */
    public org.ekyc.hub.verification.api.peer.tax.TaxQuery taxQuery(int taxYear, String number, String name) {
        String n = number == null || number.isBlank() ? registrationNumber : number;
        String who = name != null && !name.isBlank() ? name
                : hangulName != null && !hangulName.isBlank() ? hangulName
                : (surname + (givenNames == null ? "" : " " + givenNames));
        return new org.ekyc.hub.verification.api.peer.tax.TaxQuery(id, n, who, taxYear);
    }

    private boolean isDecided() {
        return status == CaseStatus.APPROVED || status == CaseStatus.REJECTED;
    }

    public void recordConsent(Consent consent, Instant now) {
        consentAt = now;
        consentNoticeVersion = consent.noticeVersion();
        consentLanguage = consent.language();
        consentRetentionDays = consent.templateRetentionDays();
        updatedAt = now;
    }

    public void bindLivenessChallenge(String nonce, Instant now) {
        requireConsent();
        livenessNonce = nonce;
        updatedAt = now;
    }

    /** Consent first, and the challenge must be this case's. */
    public void checkFaceCheckAllowed(String nonce) {
        requireConsent();
        if (livenessNonce == null || !livenessNonce.equals(nonce)) {
            throw new InvalidRequestException(ReasonCode.LIVENESS_CHALLENGE_NOT_FOR_CASE, "nonce");
        }
    }

    private void requireConsent() {
        if (consentAt == null) {
            throw new InvalidRequestException(ReasonCode.CONSENT_REQUIRED, "consent");
        }
    }

    /**
     * Applies a face check: a failed liveness check asks the customer to retry; a doubtful one, or
     * a face that does not match the document, goes to a reviewer. The live template is kept
     * (sealed) until the retention period the applicant consented to ends.
     */
    public void applyFaceCheck(FaceCheck check, Instant now) {
        requireConsent();
        livenessNonce = null;
        faceLiveness = check.liveness().name();
        faceMatch = check.match() == null ? null : check.match().name();
        faceSimilarity = check.similarity();
        if (check.liveTemplate() != null) {
            faceTemplate = check.liveTemplate().toBytes();
            faceTemplateModel = check.liveTemplate().model();
            faceTemplatePurgeAt = now.plus(java.time.Duration.ofDays(consentRetentionDays));
        }
        reasons = String.join(",", reasonList().stream().filter(r -> !isFaceReason(r)).map(Enum::name).toList());
        check.reasons().forEach(this::addReason);
        if (check.liveness() == LivenessResult.Outcome.FAILED) {
            status = CaseStatus.RETRY;
        } else if (check.liveness() == LivenessResult.Outcome.REVIEW || check.match() != MatchOutcome.MATCH) {
            status = CaseStatus.REVIEW;
        } else if (status == CaseStatus.RETRY) {
            status = CaseStatus.OPENED;
        }
        updatedAt = now;
    }

    /** Applies a document check: its findings become reasons; the worst one decides where the case goes. */
    public void applyDocumentReading(DocumentReading reading, Instant now) {
        documentType = reading.type().name();
        Severity worst = reading.worst().orElse(null);
        documentOutcome = worst == null ? "ACCEPTED" : switch (worst) {
            case RETAKE -> "RETAKE";
            case REVIEW -> "REVIEW";
            case REJECT -> "REJECTED";
        };
        java.util.Set<ReasonCode> documentCodes = java.util.EnumSet.noneOf(ReasonCode.class);
        reading.findings().forEach(f -> documentCodes.add(f.code()));
        reasons = String.join(",", reasonList().stream().filter(r -> !isDocumentReason(r)).map(Enum::name).toList());
        documentCodes.forEach(this::addReason);
        if (worst == Severity.RETAKE) {
            status = CaseStatus.RETRY;
        } else if (worst != null) {
            status = CaseStatus.REVIEW;
        } else if (status == CaseStatus.RETRY) {
            status = CaseStatus.OPENED;
        }
        updatedAt = now;
    }

    private static boolean isDocumentReason(ReasonCode r) {
        String n = r.name();
        return n.startsWith("IMAGE_") || n.startsWith("DOCUMENT_") || n.startsWith("MRZ_")
                || n.startsWith("REGISTRATION_NUMBER_") || n.equals("STAY_STATUS_UNKNOWN") || n.equals("STAY_EXPIRED")
                || n.equals("STAY_EXTENSION_INCONSISTENT");
    }

    /** Applies a screening result ({@code null}: screening was not available). */
    public void applyScreening(ScreeningResult result, Instant now) {
        removeReason(ReasonCode.SCREENING_UNAVAILABLE);
        if (result == null) {
            addReason(ReasonCode.SCREENING_UNAVAILABLE);
        } else {
            screeningOutcome = result.outcome().name();
            screeningListVersion = result.listVersion();
            screeningScore = result.score();
            switch (result.outcome()) {
                case HIT -> {
                    addReason(ReasonCode.SANCTIONS_HIT);
                    status = CaseStatus.REVIEW;
                }
                case POTENTIAL -> {
                    addReason(ReasonCode.SANCTIONS_POTENTIAL);
                    addReason(ReasonCode.ENHANCED_DUE_DILIGENCE);
                    status = CaseStatus.REVIEW;
                }
                default -> { }
            }
        }
        updatedAt = now;
    }

    // --- phone verification and credit summary (issue #5) ---

    /** The applicant's name as carriers and bureaus have it: Hangul when given, else the Latin name. */
    private String registeredName() {
        if (hangulName != null && !hangulName.isBlank()) {
            return hangulName;
        }
        return givenNames == null || givenNames.isBlank() ? surname : surname + " " + givenNames;
    }

    public PhoneIdentityRequest phoneIdentityRequest(Sex sex, Carrier carrier) {
        if (phone == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "phone");
        }
        return new PhoneIdentityRequest(registeredName(), birthDate, sex, !"KOR".equals(nationality), phone, carrier);
    }

    /** An identity request answered: a code is on its way, or the carrier does not confirm the phone. */
    public void applyOtpChallenge(OtpChallenge challenge, Instant now) {
        removePhoneReasons();
        phoneCheck = challenge.outcome().name();
        phoneTransactionId = challenge.outcome() == PhoneCheckOutcome.OTP_SENT ? challenge.transactionId() : null;
        if (challenge.outcome() == PhoneCheckOutcome.NO_SUBSCRIBER
                || challenge.outcome() == PhoneCheckOutcome.IDENTITY_MISMATCH) {
            addReason(ReasonCode.PHONE_NOT_VERIFIED);
            status = CaseStatus.REVIEW;
        }
        updatedAt = now;
    }

    public String phoneTransaction() {
        if (phoneTransactionId == null) {
            throw new InvalidRequestException(ReasonCode.PHONE_VERIFICATION_NOT_STARTED, "phoneVerification");
        }
        return phoneTransactionId;
    }

    /** The code confirmed (CI and DI kept sealed), wrong (try again) or expired (start again). */
    public void applyPhoneIdentity(PhoneIdentity identity, Instant now) {
        removePhoneReasons();
        phoneCheck = identity.outcome().name();
        switch (identity.outcome()) {
            case VERIFIED -> {
                phoneCi = identity.ci();
                phoneDi = identity.di();
                phoneVerifiedAt = now;
                phoneTransactionId = null;
                if (status == CaseStatus.RETRY) {
                    status = CaseStatus.OPENED;
                }
            }
            case OTP_MISMATCH -> {
                addReason(ReasonCode.PHONE_OTP_MISMATCH);
                status = status == CaseStatus.REVIEW ? status : CaseStatus.RETRY;
            }
            default -> {
                phoneTransactionId = null;
                addReason(ReasonCode.PHONE_OTP_EXPIRED);
                status = status == CaseStatus.REVIEW ? status : CaseStatus.RETRY;
            }
        }
        updatedAt = now;
    }

    private void removePhoneReasons() {
        removeReason(ReasonCode.PHONE_OTP_MISMATCH);
        removeReason(ReasonCode.PHONE_OTP_EXPIRED);
        removeReason(ReasonCode.PHONE_NOT_VERIFIED);
    }

    public CreditSummaryRequest creditSummaryRequest(boolean consent) {
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

    /**
     * A bureau answer ({@code null}: the bureau was not available, the check stays PENDING and is due
     * again for the background retry after the back-off; each such call is one failed try).
     */
    public void applyCreditSummary(CreditSummary summary, Instant now, RetryPolicy backOff) {
        removeReason(ReasonCode.CREDIT_BUREAU_UNAVAILABLE);
        removeReason(ReasonCode.CREDIT_NO_RECORD);
        if (summary == null) {
            creditCheck = PENDING;
            creditAttempts = creditAttempts == null ? 1 : creditAttempts + 1;
            creditRetryAt = now.plus(backOff.delayAfter(creditAttempts));
            addReason(ReasonCode.CREDIT_BUREAU_UNAVAILABLE);
        } else {
            creditAttempts = null;
            creditRetryAt = null;
            creditCheck = summary.outcome().name();
            creditSummary = CreditSummaryText.format(summary);
            creditCheckedAt = now;
            if (summary.outcome() != CreditOutcome.FOUND) {
                addReason(ReasonCode.CREDIT_NO_RECORD);
                status = CaseStatus.REVIEW;
            }
        }
        updatedAt = now;
    }

    /** The last summary recorded, null when none. */
    public CreditSummary creditSummary() {
        return creditSummary == null ? null : CreditSummaryText.parse(creditSummary);
    }

    /** Deletes the face template once its retention period is over; true when something was deleted. */
    public boolean purgeFaceTemplate(Instant now) {
        if (faceTemplate == null || faceTemplatePurgeAt == null || faceTemplatePurgeAt.isAfter(now)) {
            return false;
        }
        faceTemplate = null;
        faceTemplateModel = null;
        updatedAt = now;
        return true;
    }

    private static boolean isFaceReason(ReasonCode r) {
        String n = r.name();
        return n.startsWith("FACE_") || n.startsWith("SPOOF_") || n.startsWith("LIVENESS_");
    }

    private List<ReasonCode> reasonList() {
        return reasonList(reasons);
    }

    private static List<ReasonCode> reasonList(String reasons) {
        if (reasons == null || reasons.isBlank()) {
            return List.of();
        }
        return Arrays.stream(reasons.split(",")).map(ReasonCode::valueOf).toList();
    }

    /** A row of {@link #SUMMARY_BY_IDEMPOTENCY_KEY} or {@link #SUMMARY_BY_CUSTOMER} as a summary. */
    public static org.ekyc.hub.verification.api.CaseSummary summary(Object[] row) {
        return new org.ekyc.hub.verification.api.CaseSummary((String) row[0], (CaseStatus) row[1],
                reasonList((String) row[2]), (RegistryCheckOutcome) row[3], (LocalDate) row[4], row[5] != null);
    }

    private void addReason(ReasonCode code) {
        if (!reasonList().contains(code)) {
            reasons = reasons == null || reasons.isBlank() ? code.name() : reasons + "," + code.name();
        }
    }

    private void removeReason(ReasonCode code) {
        reasons = String.join(",", reasonList().stream().filter(r -> r != code).map(Enum::name).toList());
    }

    /** The non-face-to-face methods done: verified by the hub's checks, plus those a reviewer attested. */
    Set<VerificationMethod> methods() {
        Set<VerificationMethod> done = EnumSet.noneOf(VerificationMethod.class);
        // the ID copy is verified when the document reads clean and the issuing authority's
        // registry confirms the holder (법무부 stay status for foreigners)
        if ("ACCEPTED".equals(documentOutcome) && immigrationCheck == RegistryCheckOutcome.VERIFIED) {
            done.add(VerificationMethod.ID_COPY_VERIFIED);
        }
        if ("PASSED".equals(faceLiveness) && "MATCH".equals(faceMatch)) {
            done.add(VerificationMethod.BIOMETRIC_MATCH);
        }
        done.addAll(names(methodsAttested, VerificationMethod.class));
        return done;
    }

    /** Document review/reject findings and registry doubts: the anomalies that make a case ENHANCED. */
    private Set<String> anomalies() {
        Set<String> out = new java.util.TreeSet<>();
        for (ReasonCode r : reasonList()) {
            if (isDocumentReason(r) && !r.name().startsWith("IMAGE_") || r == ReasonCode.REGISTRY_NO_MATCH
                    || r == ReasonCode.STAY_NOT_VALID || r == ReasonCode.RESIDENT_ID_NO_MATCH
                    || r == ReasonCode.RESIDENT_ID_REPORTED_LOST) {
                out.add(r.name());
            }
        }
        return out;
    }

    private RiskAssessment assess(RiskTierPolicy policy) {
        ScreeningOutcome sanctions = screeningOutcome == null ? ScreeningOutcome.CLEAR : ScreeningOutcome.valueOf(screeningOutcome);
        Set<String> addressCountries = new java.util.LinkedHashSet<>();
        AddressLines.decode(addresses).forEach(a -> addressCountries.add(a.country()));
        return policy.assess(new RiskFactors(product, nationality, addressCountries, sanctions, false, anomalies(), methods()));
    }

    /** Whether every automated check has a clean answer. */
    private boolean checksComplete() {
        return "ACCEPTED".equals(documentOutcome) && "PASSED".equals(faceLiveness) && "MATCH".equals(faceMatch)
                && "CLEAR".equals(screeningOutcome) && immigrationCheck == RegistryCheckOutcome.VERIFIED;
    }

    /**
     * Re-decides the risk tier after a check landed, and decides the case when the checks allow:
     * every check clean, STANDARD tier and the product's non-face-to-face rule met → APPROVED by
     * {@code auto}; every check clean but ENHANCED → REVIEW with ENHANCED_DUE_DILIGENCE for a person
     * (the tier and its reasons are visible from the start in the decision view).
     * A case already decided is not touched.
     */
    public void reassess(RiskTierPolicy policy, Instant now) {
        if (status == CaseStatus.APPROVED || status == CaseStatus.REJECTED) {
            return;
        }
        RiskAssessment a = assess(policy);
        riskTier = a.tier();
        riskReasons = String.join(",", a.reasons());
        if (status == CaseStatus.OPENED && checksComplete()) {
            if (a.tier() == RiskTier.STANDARD && a.nonFaceToFace().satisfied()) {
                decided(CaseStatus.APPROVED, "auto", null, now);
            } else {
                // the reasons say why a person must look; the tier's own reasons are in the decision view
                if (a.tier() == RiskTier.ENHANCED) {
                    addReason(ReasonCode.ENHANCED_DUE_DILIGENCE);
                }
                status = CaseStatus.REVIEW;
            }
        }
    }

    /** A reviewer's decision; see {@link org.ekyc.hub.verification.api.CaseService#decide}. */
    public void decide(Decision d, RiskTierPolicy policy, Instant now) {
        if (status == CaseStatus.APPROVED || status == CaseStatus.REJECTED) {
            throw new InvalidRequestException(ReasonCode.CASE_ALREADY_DECIDED, "status");
        }
        if (d.outcome() != CaseStatus.APPROVED && d.outcome() != CaseStatus.REJECTED) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "decision");
        }
        if (d.reviewer() == null || d.reviewer().isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "reviewer");
        }
        if (d.outcome() == CaseStatus.APPROVED) {
            if (status == CaseStatus.RETRY) {
                throw new InvalidRequestException(ReasonCode.DECISION_NOT_ALLOWED, "status");
            }
            Set<VerificationMethod> attested = EnumSet.noneOf(VerificationMethod.class);
            attested.addAll(names(methodsAttested, VerificationMethod.class));
            attested.addAll(d.attestedMethods());
            Set<EnhancedTask> completed = EnumSet.noneOf(EnhancedTask.class);
            completed.addAll(names(tasksCompleted, EnhancedTask.class));
            completed.addAll(d.completedTasks());
            String previousMethods = methodsAttested;
            methodsAttested = join(attested);
            RiskAssessment a = assess(policy);
            if (!a.nonFaceToFace().satisfied()) {
                methodsAttested = previousMethods;
                throw new InvalidRequestException(ReasonCode.NON_FACE_TO_FACE_INSUFFICIENT,
                        String.valueOf(a.nonFaceToFace().missing()));
            }
            Set<EnhancedTask> open = EnumSet.noneOf(EnhancedTask.class);
            open.addAll(a.tasks());
            open.removeAll(completed);
            if (!open.isEmpty()) {
                methodsAttested = previousMethods;
                throw new InvalidRequestException(ReasonCode.ENHANCED_TASKS_OPEN, join(open));
            }
            tasksCompleted = join(completed);
            riskTier = a.tier();
            riskReasons = String.join(",", a.reasons());
        }
        decided(d.outcome(), d.reviewer().trim(), d.note(), now);
    }

    private void decided(CaseStatus outcome, String by, String note, Instant now) {
        status = outcome;
        decidedAt = now;
        decidedBy = by;
        decisionNote = note;
        if (outcome == CaseStatus.APPROVED && product == Product.ACCOUNT && accountOpening == null) {
            // the order is due at once; the account-opening route takes it on its next tick
            accountOpening = AccountOpeningState.PENDING;
            accountAttempts = 0;
            accountRetryAt = now;
        }
        if (faceTemplate != null && consentRetentionDays != null) {
            // the retention the customer consented to runs from the decision, not from the check
            faceTemplatePurgeAt = now.plus(java.time.Duration.ofDays(consentRetentionDays));
        }
        updatedAt = now;
    }

    /**
     * Takes the account-opening order for sending: it is leased (not due again) until {@code leaseEnd},
     * so a hub that stops before it records an answer sends the order again afterwards.
     */
    public AccountOpeningOrder takeAccountOpeningOrder(Instant leaseEnd) {
        if (accountOpening != AccountOpeningState.PENDING) {
            throw new IllegalStateException("case " + id + " has no pending account opening");
        }
        accountRetryAt = leaseEnd;
        return new AccountOpeningOrder(id, externalReference, product.name(), surname, givenNames, birthDate,
                riskTier == null ? null : riskTier.name(), (accountAttempts == null ? 0 : accountAttempts) + 1);
    }

    /**
     * Applies core banking's answer to an account-opening order. OPENED keeps the account; REFUSED
     * keeps the return code and gives the case reason ACCOUNT_OPENING_REFUSED (the case stays
     * APPROVED: the identity was verified); FAILED leaves the order pending, due after the back-off.
     * Once OPENED or REFUSED, nothing changes any more: a late or repeated reply cannot open a second
     * account or undo the first. Returns whether the case changed.
     */
    public boolean applyAccountOpening(AccountOpeningResult result, Instant now, RetryPolicy backOff) {
        if (accountOpening != AccountOpeningState.PENDING) {
            return false;
        }
        switch (result.outcome()) {
            case OPENED -> {
                accountOpening = AccountOpeningState.OPENED;
                accountNumber = result.accountNumber();
                accountOpenedDate = result.openedDate();
                accountReturnCode = result.returnCode();
                accountRetryAt = null;
            }
            case REFUSED -> {
                accountOpening = AccountOpeningState.REFUSED;
                accountReturnCode = result.returnCode();
                accountRetryAt = null;
                addReason(ReasonCode.ACCOUNT_OPENING_REFUSED);
            }
            case FAILED -> {
                accountAttempts = accountAttempts == null ? 1 : accountAttempts + 1;
                accountRetryAt = now.plus(backOff.delayAfter(accountAttempts));
            }
        }
        updatedAt = now;
        return true;
    }

    /** Whether the given account is the one recorded (for a repeated reply after OPENED). */
    boolean hasAccount(String number) {
        return accountNumber != null && accountNumber.equals(number);
    }

    private static <E extends Enum<E>> Set<E> names(String csv, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        if (csv != null && !csv.isBlank()) {
            for (String n : csv.split(",")) {
                out.add(Enum.valueOf(type, n.trim()));
            }
        }
        return out;
    }

    private static String join(Set<? extends Enum<?>> values) {
        return String.join(",", values.stream().map(Enum::name).sorted().toList());
    }

    public CaseView toView() {
        Applicant applicant = new Applicant(surname, givenNames, hangulName, nationality, birthDate, phone, email,
                AddressLines.decode(addresses));
        CaseView.DecisionView decision = null;
        if (riskTier != null || decidedAt != null) {
            Set<EnhancedTask> open = EnumSet.noneOf(EnhancedTask.class);
            if (riskTier == RiskTier.ENHANCED) {
                open.addAll(EnumSet.allOf(EnhancedTask.class));
                open.removeAll(names(tasksCompleted, EnhancedTask.class));
            }
            List<String> why = riskReasons == null || riskReasons.isBlank() ? List.of() : List.of(riskReasons.split(","));
            Set<VerificationMethod> done = methods();
            decision = new CaseView.DecisionView(riskTier, why, open, done,
                    org.ekyc.hub.verification.risk.NonFaceToFacePolicy.ACCOUNT_OPENING.evaluate(done).satisfied(),
                    decidedAt, decidedBy);
        }
        return new CaseView(id, status, product, channel, externalReference, applicant, immigrationCheck,
                stayStatusCode, stayExpiry, reasonList(), createdAt, updatedAt,
                new CaseView.FaceView(consentAt, faceLiveness, faceMatch, faceSimilarity,
                        faceTemplate == null ? null : faceTemplatePurgeAt),
                screeningOutcome, documentType == null ? null : new CaseView.DocumentView(documentType, documentOutcome),
                decision, accountOpening == null ? null : new CaseView.AccountView(accountOpening,
                        AccountOpeningResult.mask(accountNumber), accountOpenedDate, accountReturnCode,
                        accountAttempts == null ? 0 : accountAttempts),
                residentCheck == null && incomeCheck == null ? null
                        : new CaseView.RegistryChecksView(residentCheck, residentCheckedAt, incomeCheck, incomeBand,
                                incomeTaxYear, incomeCheckedAt),
                phoneCheck == null ? null : new CaseView.PhoneView(phoneCheck, phoneVerifiedAt, phoneCi != null && phoneDi != null),
                creditCheck);
    }

    public String id() {
        return id;
    }

    public CaseApplicant caseApplicant() {
        return new CaseApplicant(id, new Applicant(surname, givenNames, hangulName, nationality, birthDate, phone, email));
    }

    public ImmigrationQuery immigrationQuery() {
        return new ImmigrationQuery(id, new Applicant(surname, givenNames, hangulName, nationality, birthDate, phone, email),
                registrationNumber);
    }
}

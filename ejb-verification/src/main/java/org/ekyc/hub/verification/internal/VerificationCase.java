package org.ekyc.hub.verification.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ekyc.hub.verification.api.CaseApplicant;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.CaseSummary;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Consent;
import org.ekyc.hub.verification.api.FaceCheck;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.face.FaceTemplate;
import org.ekyc.hub.verification.api.peer.PeerAnswer;
import org.ekyc.hub.verification.api.peer.Peer;
import org.ekyc.hub.verification.api.peer.PeerQuery;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningOrder;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningResult;
import org.ekyc.hub.verification.api.peer.credit.CreditSummary;
import org.ekyc.hub.verification.api.peer.credit.CreditSummaryRequest;
import org.ekyc.hub.verification.api.peer.credit.PendingCreditEnquiry;
import org.ekyc.hub.verification.api.peer.immigration.ImmigrationQuery;
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.ekyc.hub.verification.api.peer.immigration.StayStatus;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdResult;
import org.ekyc.hub.verification.api.peer.tax.TaxQuery;
import org.ekyc.hub.verification.api.peer.tax.TaxStatus;
import org.ekyc.hub.verification.api.peer.telecom.Carrier;
import org.ekyc.hub.verification.api.peer.telecom.OtpChallenge;
import org.ekyc.hub.verification.api.peer.telecom.PhoneIdentity;
import org.ekyc.hub.verification.api.peer.telecom.PhoneIdentityRequest;
import org.ekyc.hub.verification.api.peer.telecom.Sex;
import org.ekyc.hub.verification.api.review.ReopenedStep;
import org.ekyc.hub.verification.api.review.SourceOfFunds;
import org.ekyc.hub.verification.api.review.VideoInterview;
import org.ekyc.hub.verification.api.risk.Decision;
import org.ekyc.hub.verification.api.risk.VerificationMethod;
import org.ekyc.hub.verification.api.screening.ScreeningResult;
import org.ekyc.hub.verification.risk.RiskTierPolicy;

/**
 * A verification case: the aggregate of its applicant, each step's part and each peer's check, with the
 * status and reasons they lead to. Columns holding personal data are sealed with AES-GCM by converters
 * ({@code *_enc} columns); the database never sees them in clear. The columns are mapped in
 * {@link CaseRecord}; this class holds the rules and the named queries.
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
// a customer's KYC status (MQ STAT): plain columns only (nothing sealed is read), latest case first
@NamedQuery(name = VerificationCase.SUMMARY_BY_CUSTOMER,
        query = VerificationCase.SUMMARY_SELECT + " where c.externalReference = :ref order by c.createdAt desc, c.id desc")
@NamedQuery(name = VerificationCase.ALL_BY_CREATION, query = "select c.id from VerificationCase c order by c.createdAt, c.id")
@NamedQuery(name = VerificationCase.UNDECIDED_BY_CREATION, query = "select c.id from VerificationCase c where c.id is not null"
        + VerificationCase.UNDECIDED + " order by c.createdAt, c.id")
@NamedQuery(name = VerificationCase.FACE_TEMPLATE_EXPIRED,
        query = "select c.id from VerificationCase c where (c.face.templatePurgeAt <= :now and c.face.template is not null)"
                + " or (c.document.portraitPurgeAt <= :now and c.document.portraitTemplate is not null)")
// The due checks of each PendingPeer, ids only: each case is then read in its own transaction
// (PendingCaseReader), so that one case whose sealed values cannot be opened does not stop the others.
// A check PENDING from before the retry existed has no retry time (and no query kept): it is never
// taken, the caller asks again.
// A decided case leaves the retry rotation: its pending checks are no longer asked (its account opening still is).
@NamedQuery(name = VerificationCase.IMMIGRATION_PENDING, query = VerificationCase.DUE + "immigration.outcome = :pending"
        + VerificationCase.UNDECIDED + " and c.immigration.retry.retryAt <= :now order by c.immigration.retry.retryAt")
@NamedQuery(name = VerificationCase.ACCOUNT_OPENING_PENDING, query = VerificationCase.DUE + "account.state = :pending"
        + " and c.account.retry.retryAt <= :now order by c.account.retry.retryAt")
@NamedQuery(name = VerificationCase.RESIDENT_PENDING, query = VerificationCase.DUE + "resident.outcome = :pending"
        + VerificationCase.UNDECIDED + " and c.resident.retry.retryAt <= :now order by c.resident.retry.retryAt")
@NamedQuery(name = VerificationCase.INCOME_PENDING, query = VerificationCase.DUE + "income.outcome = :pending"
        + VerificationCase.UNDECIDED + " and c.income.retry.retryAt <= :now order by c.income.retry.retryAt")
@NamedQuery(name = VerificationCase.CREDIT_PENDING, query = VerificationCase.DUE + "credit.outcome = :pending"
        + VerificationCase.UNDECIDED + " and c.credit.retry.retryAt <= :now order by c.credit.retry.retryAt")
// cases not decided that were never screened (screening unavailable), for the screening sweep
@NamedQuery(name = VerificationCase.UNSCREENED, query = VerificationCase.DUE + "screening.outcome is null"
        + VerificationCase.UNDECIDED + " and c.createdAt <= :openedBefore order by c.createdAt, c.id")
public class VerificationCase extends CaseRecord {

    public static final String RESIDENT_PENDING = "VerificationCase.residentPending";
    public static final String INCOME_PENDING = "VerificationCase.incomePending";
    public static final String CREDIT_PENDING = "VerificationCase.creditPending";
    public static final String ACCOUNT_OPENING_PENDING = "VerificationCase.accountOpeningPending";
    public static final String IMMIGRATION_PENDING = "VerificationCase.immigrationPending";
    /** The value of a peer check's column while it waits for the peer. */
    public static final String PENDING = "PENDING";
    /** The peer checks of an undecided case that wait in the retry rotation (account opening is the approved case's). */
    private static final List<PendingPeer> PEER_CHECKS = List.of(PendingPeer.IMMIGRATION, PendingPeer.RESIDENT,
            PendingPeer.TAX, PendingPeer.CREDIT);
    static final String DUE = "select c.id from VerificationCase c where c.";
    static final String UNDECIDED = " and c.status not in (org.ekyc.hub.verification.api.CaseStatus.APPROVED,"
            + " org.ekyc.hub.verification.api.CaseStatus.REJECTED)";
    public static final String UNSCREENED = "VerificationCase.unscreened";

    public static final String SUMMARY_BY_CUSTOMER = "VerificationCase.summaryByCustomer";
    /** The columns of a {@link #summary(Object[]) summary} row; none of them sealed. */
    static final String SUMMARY_COLUMNS = "select c.id, c.status, c.reasons.codes, c.immigration.outcome,"
            + " c.immigration.stayExpiry, c.screening.outcome";
    static final String SUMMARY_SELECT = SUMMARY_COLUMNS + " from VerificationCase c";
    public static final String FACE_TEMPLATE_EXPIRED = "VerificationCase.faceTemplateExpired";
    public static final String ALL_BY_CREATION = "VerificationCase.allByCreation";
    /** Cases not decided, ids only, oldest first (the start-up repair). */
    public static final String UNDECIDED_BY_CREATION = "VerificationCase.undecidedByCreation";

    protected VerificationCase() {
        // for JPA
    }

    public static VerificationCase open(OpenCaseCommand command, Instant now, RetryPolicy retry) {
        return open(command, null, now, retry);
    }

    /** A new case opened by {@code owner} (the authenticated principal; see {@link CaseRecord#owner}). */
    static VerificationCase open(OpenCaseCommand command, String owner, Instant now, RetryPolicy retry) {
        VerificationCase c = new VerificationCase();
        c.owner = owner;
        c.id = UUID.randomUUID().toString();
        c.status = CaseStatus.OPENED;
        c.product = command.product();
        c.channel = command.channel();
        c.externalReference = command.externalReference();
        c.applicantLanguage = command.language();
        c.idempotencyKey = RequestFingerprint.scopedKey(command);
        c.requestFingerprint = c.idempotencyKey == null ? null : RequestFingerprint.of(command);
        c.applicant = ApplicantPart.of(command.applicant(), command.registrationNumber(),
                java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC));
        c.immigration = ImmigrationCheck.pendingUntil(now.plus(retry.first()));
        c.reasons = Reasons.none();
        c.createdAt = now;
        c.updatedAt = now;
        return c;
    }

    // --- peer checks ---

    /**
     * Applies a peer's answer: a stay that is not valid or unknown, a card that does not match or was
     * reported lost, no credit file under this name or a phone the carrier does not confirm sends the
     * case to review; no declared income is a source-of-funds finding, not a rejection; an immigration
     * answer that is no answer leaves the check pending, due again after {@code backOff}.
     */
    public void record(PeerAnswer answer, Instant now, RetryPolicy backOff) {
        refuseIfDecided(DecidedCase.op(answer));
        if (answer instanceof StayStatus stay) {
            moveTo(immigration.apply(stay, now, backOff, reasons(), status));
        } else if (answer instanceof ResidentIdResult card) {
            if ((resident = read(resident, ResidentCheck::new)).apply(card, now, reasons())) {
                moveTo(CaseStatus.REVIEW);
            }
        } else if (answer instanceof TaxStatus tax) {
            (income = read(income, IncomeCheck::new)).apply(tax, now, reasons());
        } else if (answer instanceof CreditSummary summary) {
            if ((credit = read(credit, CreditCheck::new)).apply(summary, now, reasons())) {
                moveTo(CaseStatus.REVIEW);
            }
        } else if (answer instanceof OtpChallenge challenge) {
            moveTo((phone = read(phone, PhoneCheck::new)).apply(challenge, reasons(), status));
        } else if (answer instanceof PhoneIdentity identity) {
            moveTo((phone = read(phone, PhoneCheck::new)).apply(identity, now, reasons(), status));
        } else {
            throw new IllegalArgumentException("no check records an answer of " + answer.peer());
        }
        updatedAt = now;
    }

    /** Only a resident ID card or driver's licence read on this case can be checked at the resident registry. */
    public void requireResidentDocument() {
        read(document, DocumentPart::new).requireResidentDocument();
    }

    /** The resident registry query with the values the accepted document was read with; see {@link DocumentPart}. */
    public ResidentIdQuery residentQuery(ResidentIdQuery asked) {
        return read(document, DocumentPart::new).residentQuery(asked);
    }

    /**
     * The peer gave no usable answer to {@code query}: the check waits PENDING with its reason, what is
     * needed to ask again is kept (sealed), due again after the back-off; nothing else changes. Each call
     * is one failed try, whether the caller's request or a retry.
     */
    public void noAnswer(PeerQuery query, Instant now, RetryPolicy backOff) {
        refuseIfDecided(DecidedCase.op(query));
        if (query instanceof ResidentIdQuery asked) {
            (resident = read(resident, ResidentCheck::new)).noAnswer(asked, now, backOff, reasons());
        } else if (query instanceof TaxQuery asked) {
            (income = read(income, IncomeCheck::new)).noAnswer(asked, now, backOff, reasons());
        } else if (query instanceof PendingCreditEnquiry) {
            (credit = read(credit, CreditCheck::new)).noAnswer(now, backOff, reasons());
        } else {
            throw new IllegalArgumentException("no pending check for " + query.peer());
        }
        updatedAt = now;
    }

    /**
     * Takes the pending check of {@code peer} for asking again: leased (not due) until {@code leaseEnd},
     * so no other node takes it meanwhile and a node that stops before recording loses nothing. The
     * immigration check is not leased: it is only asked again after its back-off.
     */
    public Object takePending(PendingPeer peer, Instant leaseEnd) {
        return switch (peer) {
            case IMMIGRATION -> immigrationQuery();
            case RESIDENT -> (resident = read(resident, ResidentCheck::new)).take(id, leaseEnd);
            case TAX -> (income = read(income, IncomeCheck::new)).take(id, leaseEnd);
            case CREDIT -> {
                (credit = read(credit, CreditCheck::new)).take(id, leaseEnd);
                yield new PendingCreditEnquiry(id, creditSummaryRequest(true));
            }
            case ACCOUNT_OPENING -> new AccountOpeningOrder(id, externalReference, product.name(), applicant.surname(),
                    applicant.givenNames(), applicant.birthDate(), read(decision, DecisionPart::new).riskTierName(),
                    (account = read(account, AccountOpening::new)).take(id, leaseEnd));
        };
    }

    // --- a check the hub cannot ask, or that keeps failing, goes to a person ---

    /**
     * The hub could not build {@code query}'s request from the case's values: the case's error, not the
     * peer's. Its check leaves the retry rotation (nothing due; a phone check has none) and the case goes to
     * REVIEW with PEER_REQUEST_INVALID.
     */
    public void requestInvalid(PeerQuery query, Instant now) {
        refuseIfDecided(DecidedCase.op(query));
        // the phone check has no pending state to settle (the applicant repeats the interactive exchange)
        if (query.peer() != Peer.TELECOM_IDENTITY) {
            check(PendingPeer.taking(query.getClass())).settled();
        }
        toReview(ReasonCode.PEER_REQUEST_INVALID, now);
    }

    /**
     * After a failed try: when {@code peer}'s check has used up the tries of {@code policy}, it leaves the
     * retry rotation (nothing due; its outcome stays PENDING with the peer's reason) and the case goes to
     * REVIEW with PEER_CHECK_GAVE_UP. Returns whether it gave up. An account opening (of an approved case)
     * is not bounded here.
     */
    public boolean giveUpIfExhausted(PendingPeer peer, RetryPolicy policy, Instant now) {
        if (isDecided() || peer == PendingPeer.ACCOUNT_OPENING) {
            return false;
        }
        PeerCheck check = check(peer);
        if (check.retryAt() == null || !policy.exhausted(check.attempts())) {
            return false;
        }
        check.settled();
        toReview(ReasonCode.PEER_CHECK_GAVE_UP, now);
        return true;
    }

    /**
     * The one-time repair of a case stored with a value no peer request can carry (a control character in
     * a name, from before the edges refused them): an undecided case's peer checks leave the retry rotation
     * and it goes to REVIEW with PEER_REQUEST_INVALID. Returns the field found (name, never value) when the
     * case was changed; empty for a clean case, a decided one, or one already repaired.
     */
    public Optional<String> repairUnfitForPeers(Instant now) {
        Optional<String> field = applicant.unfitForPeers();
        if (field.isEmpty() || isDecided()) {
            return Optional.empty();
        }
        boolean due = false;
        for (PendingPeer peer : PEER_CHECKS) {
            PeerCheck check = check(peer);
            due |= check.retryAt() != null;
            check.settled();
        }
        if (!due && status == CaseStatus.REVIEW && reasons().contains(ReasonCode.PEER_REQUEST_INVALID)) {
            return Optional.empty();
        }
        toReview(ReasonCode.PEER_REQUEST_INVALID, now);
        return field;
    }

    private void toReview(ReasonCode reason, Instant now) {
        reasons().add(reason);
        moveTo(CaseStatus.REVIEW);
        updatedAt = now;
    }

    /** The failed tries and due time of {@code peer}'s check. */
    public PeerCheck check(PendingPeer peer) {
        return switch (peer) {
            case IMMIGRATION -> immigration.retry();
            case RESIDENT -> read(resident, ResidentCheck::new).retry();
            case TAX -> read(income, IncomeCheck::new).retry();
            case CREDIT -> read(credit, CreditCheck::new).retry();
            case ACCOUNT_OPENING -> read(account, AccountOpening::new).retry();
        };
    }

    /** The tax authority query: the caller's number and name, else the accepted document's, else the applicant's. */
    public TaxQuery taxQuery(int taxYear, String number, String name) {
        return applicant.taxQuery(id, taxYear, number, name, read(document, DocumentPart::new).identity());
    }

    public PhoneIdentityRequest phoneIdentityRequest(Sex sex, Carrier carrier) {
        return applicant.phoneIdentityRequest(sex, carrier);
    }

    public String phoneTransaction() {
        return read(phone, PhoneCheck::new).transaction();
    }

    public CreditSummaryRequest creditSummaryRequest(boolean consent) {
        return applicant.creditSummaryRequest(product, consent);
    }

    /** The last summary recorded, null when none. */
    public CreditSummary creditSummary() {
        return read(credit, CreditCheck::new).summary();
    }

    // --- document, face and screening steps ---

    public void recordConsent(Consent consent, Instant now) {
        if (consentRefused()) {
            throw new InvalidRequestException(ReasonCode.CONSENT_ALREADY_ANSWERED, "consent");
        }
        refuseIfDecided("CONSENT");
        requireReopened(ReopenedStep.FACE);
        (face = read(face, FacePart::new)).recordConsent(consent, now);
        heardIn(consent.language());
        updatedAt = now;
    }

    /**
     * #18 The applicant refused face processing: the refusal is recorded as evidence and the case is closed by
     * the customer's answer (REJECTED, reason CONSENT_REFUSED, decided by {@code by}); it can never be approved.
     * Returns false when the refusal was recorded already (the same answer again changes nothing).
     * @throws InvalidRequestException CONSENT_ALREADY_ANSWERED after a consent; CASE_ALREADY_DECIDED on a decided case
     */
    public boolean recordConsentRefusal(org.ekyc.hub.verification.api.ConsentRefusal refusal, String by, Instant now) {
        if (consentRefused()) {
            return false;
        }
        refuseIfDecided("CONSENT_REFUSAL");
        (face = read(face, FacePart::new)).recordRefusal(refusal, now);
        heardIn(refusal.language());
        reasons().add(ReasonCode.CONSENT_REFUSED);
        CaseDecisions.closedByCustomer(this, by, ReasonCode.CONSENT_REFUSED, now);
        return true;
    }

    /** #18 Whether the applicant refused face processing on this case. */
    boolean consentRefused() {
        return face != null && face.refused();
    }

    /** #18 No biometric step after a refusal: CONSENT_REFUSED (409), before the decided-case refusal. */
    private void refuseIfConsentRefused() {
        if (consentRefused()) {
            throw new InvalidRequestException(ReasonCode.CONSENT_REFUSED, "consent");
        }
    }

    public void bindLivenessChallenge(String nonce, Instant now) {
        refuseIfConsentRefused();
        refuseIfDecided("LIVENESS_CHALLENGE");
        requireReopened(ReopenedStep.FACE);
        (face = read(face, FacePart::new)).bindLivenessChallenge(nonce);
        updatedAt = now;
    }

    /** Consent first, the challenge must be this case's, and an accepted document's portrait is what the face is matched against. */
    public FaceTemplate checkFaceCheckAllowed(String nonce) {
        refuseIfConsentRefused();
        refuseIfDecided("FACE_CHECK");
        read(face, FacePart::new).checkFaceCheckAllowed(nonce);
        return read(document, DocumentPart::new).portrait();
    }

    /** Applies a face check; see {@link FacePart}. */
    public void applyFaceCheck(FaceCheck check, Instant now) {
        refuseIfConsentRefused();
        refuseIfDecided("FACE_CHECK");
        requireReopened(ReopenedStep.FACE);
        moveTo((face = read(face, FacePart::new)).apply(check, now, reasons(), status));
        resubmitted(ReopenedStep.FACE);
        if (face.passedAndMatched()) {
            read(document, DocumentPart::new).erasePortrait(); // what it was kept for is done
        }
        updatedAt = now;
    }

    /** Deletes the live and the document portrait's templates whose retention is over; true when something was deleted. */
    public boolean purgeFaceTemplate(Instant now) {
        boolean portrait = document != null && document.purgePortrait(now);
        boolean purged = face != null && face.purgeTemplate(now) || portrait;
        updatedAt = purged ? now : updatedAt;
        return purged;
    }

    /**
     * Applies a document check, compares it with the applicant and keeps its portrait's template and who it
     * names; a face check against an earlier document is forgotten.
     */
    public void applyDocumentReading(DocumentReading reading, FaceTemplate portrait, Instant now) {
        applyDocumentReading(reading, portrait, org.ekyc.hub.verification.api.document.CaptureMode.CAMERA, now);
    }

    /** As above, with how the photos came (#18): a document sent as a file goes to a person; see {@link DocumentPart}. */
    public void applyDocumentReading(DocumentReading reading, FaceTemplate portrait,
                                     org.ekyc.hub.verification.api.document.CaptureMode mode, Instant now) {
        refuseIfDecided("DOCUMENT");
        requireReopened(ReopenedStep.DOCUMENT);
        if (face != null) {
            face.forgetMatch(reasons());
        }
        moveTo((document = read(document, DocumentPart::new)).apply(reading, portrait, mode, applicant, now, reasons(),
                status));
        resubmitted(ReopenedStep.DOCUMENT);
        updatedAt = now;
    }

    /**
     * #18 The customer's corrections of the fields read from the standing document: kept beside the reading; a key
     * field that differs from it sends the case to a person (REVIEW, DOCUMENT_KEY_FIELD_CORRECTED). Returns the key
     * fields that differ.
     */
    public Set<org.ekyc.hub.verification.api.document.DocumentField> applyFieldCorrections(
            List<org.ekyc.hub.verification.api.document.FieldCorrection> corrections, Instant now) {
        refuseIfDecided("FIELD_CORRECTION");
        Set<org.ekyc.hub.verification.api.document.DocumentField> differing =
                (document = read(document, DocumentPart::new)).correct(corrections);
        reasons().removeIf(r -> r == ReasonCode.DOCUMENT_KEY_FIELD_CORRECTED);
        if (!differing.isEmpty()) {
            toReview(ReasonCode.DOCUMENT_KEY_FIELD_CORRECTED, now);
        }
        updatedAt = now;
        return differing;
    }

    /** Applies a screening result ({@code null}: screening was not available). */
    public void applyScreening(ScreeningResult result, Instant now) {
        refuseIfDecided("SCREENING");
        moveTo((screening = read(screening, ScreeningPart::new)).apply(result, reasons(), status));
        if (result != null) {
            screeningMatches = ScreenedMatch.replace(screeningMatches(), result);
        }
        updatedAt = now;
    }

    /** The matches of the last screening, best first (empty before, or when nothing matched). */
    List<ScreenedMatch> screeningMatches() {
        return screeningMatches == null ? (screeningMatches = new java.util.ArrayList<>()) : screeningMatches;
    }

    /**
     * {@code reviewer} marks a screening match of the case; see {@link org.ekyc.hub.verification.api.review.ReviewStep#disposeMatch}.
     * Only the reviewer holding the case's claim, if any, may.
     */
    ScreenedMatch disposeMatch(String matchId, org.ekyc.hub.verification.api.review.MatchDisposition d, String note,
                               String reviewer, Instant now) {
        refuseIfDecided("MATCH_DISPOSITION");
        refuseIfClaimedByAnother(reviewer);
        ScreenedMatch m = ScreenedMatch.find(screeningMatches(), matchId);
        m.dispose(d, reviewer, note, now);
        updatedAt = now;
        return m;
    }

    /**
     * A re-screening after a list update: on an undecided case {@link #applyScreening}; on a decided one a
     * match is a finding for compliance and nothing else changes. Returns whether a finding was added.
     */
    public boolean applyRescreening(ScreeningResult result, Instant now) {
        if (!isDecided()) {
            applyScreening(result, now);
            return false;
        }
        boolean finding = ScreeningPart.findingAfterDecision(result, reasons());
        updatedAt = finding ? now : updatedAt;
        return finding;
    }

    /**
     * While the case waits for the customer to repeat one step (a reviewer's MORE_INFO), only that step is taken:
     * STEP_NOT_REOPENED for the other.
     */
    void requireReopened(ReopenedStep step) {
        ReopenedStep waiting = read(decision, DecisionPart::new).moreInfoStep();
        if (waiting != null && waiting != step) {
            throw new InvalidRequestException(ReasonCode.STEP_NOT_REOPENED, step.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /**
     * After {@code step} was applied: when the case waited for the customer to repeat it and the new attempt is not
     * itself a retake (the case is not in RETRY again), the case goes back to a person (REVIEW), never to an
     * automatic decision, and MORE_INFO_REQUESTED is removed.
     */
    private void resubmitted(ReopenedStep step) {
        if (decision == null || decision.moreInfoStep() != step || status == CaseStatus.RETRY) {
            return;
        }
        decision.resubmitted();
        reasons().remove(ReasonCode.MORE_INFO_REQUESTED);
        moveTo(CaseStatus.REVIEW);
    }

    /** Refuses any command on a decided case; see {@link DecidedCase}. */
    void refuseIfDecided(String op) {
        DecidedCase.refuse(id, status, op);
    }

    void moveTo(CaseStatus next) {
        status = CaseTransitions.move(status, next);
    }

    // --- risk and decision: the rules are in CaseDecisions ---

    /** The non-face-to-face methods the case's evidence proves; see {@link CaseDecisions#methods}. */
    Set<VerificationMethod> methods() {
        return CaseDecisions.methods(this);
    }

    /** See {@link CaseDecisions#reassess}. */
    public void reassess(RiskTierPolicy policy, Instant now) {
        CaseDecisions.reassess(this, policy, now);
    }

    /** A reviewer's decision; whether it decided the case: see {@link CaseDecisions#decide}. */
    public boolean decide(Decision d, boolean senior, RiskTierPolicy policy, Instant now) {
        refuseIfDecided("DECISION");
        return CaseDecisions.decide(this, d, senior, policy, now);
    }

    // --- #19 claims of the review queue ---

    /**
     * {@code reviewer} claims the case, holding {@code held} other cases already, at most {@code limit}: only a case
     * in REVIEW, not claimed by someone else. Returns whether the claim is new.
     */
    boolean claim(String reviewer, long held, int limit, Instant now) {
        if (status != CaseStatus.REVIEW) {
            throw new InvalidRequestException(ReasonCode.CASE_NOT_IN_REVIEW, "status");
        }
        if (reviewer.equals(reviewAssignee)) {
            return false;
        }
        if (reviewAssignee != null) {
            throw new InvalidRequestException(ReasonCode.CASE_CLAIMED, "assignee");
        }
        if (held >= limit) {
            throw new InvalidRequestException(ReasonCode.REVIEWER_LIMIT_REACHED, "assignee");
        }
        reviewAssignee = reviewer;
        updatedAt = now;
        return true;
    }

    /** The claim given up by its holder, or by a senior reviewer ({@code senior}) for anyone's. */
    void release(String by, boolean senior, Instant now) {
        if (reviewAssignee != null && !reviewAssignee.equals(by) && !senior) {
            throw new InvalidRequestException(ReasonCode.CASE_CLAIMED, "assignee");
        }
        reviewAssignee = null;
        updatedAt = now;
    }

    /** A case another reviewer claimed is decided by that reviewer only (CASE_CLAIMED); a decided case keeps no claim. */
    void refuseIfClaimedByAnother(String reviewer) {
        if (reviewAssignee != null && !reviewAssignee.equals(reviewer)) {
            throw new InvalidRequestException(ReasonCode.CASE_CLAIMED, "assignee");
        }
    }

    String reviewAssignee() {
        return reviewAssignee;
    }

    /** #19 The applicant's language (ko, en, zh, vi), null while the case does not know it. */
    String applicantLanguage() {
        return applicantLanguage;
    }

    /**
     * #19 The applicant answered in {@code tag} (the consent notice's language): that is their language on the case,
     * over the one the opening request gave; a tag that is none of the four changes nothing.
     */
    private void heardIn(String tag) {
        String language = org.ekyc.hub.verification.api.ApplicantLanguage.of(tag);
        if (language != null) {
            applicantLanguage = language;
        }
    }

    /** The values the accepted document was read with, as the reviewer compares them; empty without a document. */
    java.util.List<org.ekyc.hub.verification.api.review.ReviewCase.DocumentField> documentFields() {
        var d = read(document, DocumentPart::new).identity();
        java.util.List<org.ekyc.hub.verification.api.review.ReviewCase.DocumentField> out = new java.util.ArrayList<>();
        java.util.function.BiConsumer<String, Object> add = (field, value) -> {
            if (value != null && !value.toString().isBlank()) {
                out.add(new org.ekyc.hub.verification.api.review.ReviewCase.DocumentField(field, value.toString(), "DOCUMENT", null));
            }
        };
        add.accept("surname", d.surname());
        add.accept("givenNames", d.givenNames());
        add.accept("hangulName", d.hangulName());
        add.accept("birthDate", d.birthDate());
        add.accept("issueDate", d.issueDate());
        add.accept("documentNumber", d.registrationNumber());
        // #18 what the customer typed, beside what was read (source CUSTOMER)
        read(document, DocumentPart::new).corrections().forEach((field, value) -> out.add(
                new org.ekyc.hub.verification.api.review.ReviewCase.DocumentField(camel(field), value, "CUSTOMER", null)));
        return out;
    }

    /** SURNAME → surname, GIVEN_NAMES → givenNames: the review view's field names. */
    private static String camel(String enumName) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char ch : enumName.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (ch == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return b.toString();
    }

    /** A reviewer's video interview; see {@link org.ekyc.hub.verification.api.review.ReviewStep}. */
    void recordVideoInterview(VideoInterview v, Instant now) {
        refuseIfDecided("VIDEO_INTERVIEW");
        CaseDecisions.review(this).interview(v, createdAt, now);
        updatedAt = now;
    }

    /** A reviewer's source-of-funds evidence; see {@link org.ekyc.hub.verification.api.review.ReviewStep}. */
    void recordSourceOfFunds(SourceOfFunds s, Instant now) {
        refuseIfDecided("SOURCE_OF_FUNDS");
        CaseDecisions.review(this).sourceOfFunds(s, now);
        updatedAt = now;
    }

    /**
     * Applies core banking's answer to an account-opening order (the case stays APPROVED after a
     * refusal: the identity was verified). Once OPENED or REFUSED, nothing changes any more: a late or
     * repeated reply cannot open a second account or undo the first. Returns whether the case changed.
     */
    public boolean applyAccountOpening(AccountOpeningResult result, Instant now, RetryPolicy backOff) {
        if (!(account = read(account, AccountOpening::new)).apply(result, now, backOff, reasons())) {
            return false;
        }
        updatedAt = now;
        return true;
    }

    /** Whether the given account is the one recorded (for a repeated reply after OPENED). */
    boolean hasAccount(String number) {
        return read(account, AccountOpening::new).hasAccount(number);
    }

    // --- views ---

    public CaseView toView() {
        IncomeCheck inc = read(income, IncomeCheck::new);
        ResidentCheck res = read(resident, ResidentCheck::new);
        return new CaseView(id, status, product, channel, externalReference, applicant.withAddresses(),
                immigration.outcome(), immigration.stayStatusCode(), immigration.stayExpiry(), reasons().list(),
                createdAt, updatedAt, read(face, FacePart::new).view(), read(screening, ScreeningPart::new).outcome(),
                read(document, DocumentPart::new).view(),
                read(decision, DecisionPart::new).view(methods(), CaseDecisions.completedTasks(this),
                        read(review, ReviewEvidence::new).view()), read(account, AccountOpening::new).view(),
                res.outcome() == null && inc.outcome() == null ? null
                        : new CaseView.RegistryChecksView(res.outcome(), res.checkedAt(), inc.outcome(), inc.band(),
                                inc.taxYear(), inc.checkedAt()),
                read(phone, PhoneCheck::new).view(), read(credit, CreditCheck::new).outcome(),
                read(screening, ScreeningPart::new).listVersion());
    }

    /** A row of {@link #SUMMARY_COLUMNS} (a repeated request's, {@link #SUMMARY_BY_CUSTOMER}) as a summary. */
    public static CaseSummary summary(Object[] row) {
        return new CaseSummary((String) row[0], (CaseStatus) row[1], Reasons.parse((String) row[2]),
                (RegistryCheckOutcome) row[3], (LocalDate) row[4], row[5] != null);
    }

    public CaseApplicant caseApplicant() {
        return new CaseApplicant(id, applicant.withoutAddresses());
    }

    /** The immigration registry query: the accepted document's values where it has them, else the applicant's. */
    public ImmigrationQuery immigrationQuery() {
        var d = read(document, DocumentPart::new).identity();
        return new ImmigrationQuery(id, applicant.asOnDocument(d), applicant.registrationNumber(d));
    }
}

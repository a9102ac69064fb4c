package org.ekyc.hub.verification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Consent;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.CaptureMode;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.api.document.FieldCorrection;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.Severity;
import org.ekyc.hub.verification.api.face.FaceTemplate;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery;
import org.ekyc.hub.verification.person.ApplicantMatch;
import org.ekyc.hub.verification.person.DocumentIdentity;
import org.ekyc.hub.verification.privacy.EncryptedBytesConverter;
import org.ekyc.hub.verification.privacy.EncryptedStringConverter;

/**
 * What the last document check found: the document type and its worst finding, whether the document is
 * the applicant's ({@link ApplicantMatch}), who it names (sealed: the registries are asked about the
 * document's values) and the template of its portrait's face for the face check. No image.
 */
@Embeddable
public class DocumentPart {

    /**
     * How long an accepted document's portrait template waits for the face check: the longest retention a
     * customer can consent to for the live template. It is erased earlier when the face matches or the case is decided.
     */
    static final Duration PORTRAIT_RETENTION = Duration.ofDays(Consent.MAX_RETENTION_DAYS);

    @Column(name = "document_type", length = 32)
    private String type;

    /** ACCEPTED, RETAKE, REVIEW or REJECTED: the worst finding of the last document check. */
    @Column(name = "document_outcome", length = 10)
    private String outcome;

    /**
     * #18 How the last document's photos came: CAMERA (taken in the capture flow) or UPLOAD (a file the customer
     * chose). A document by UPLOAD is never approved automatically (DOCUMENT_UPLOADED_NOT_CAPTURED, REVIEW).
     */
    @Column(name = "document_capture_mode", length = 8)
    private String captureMode;

    /**
     * The face template (embedding) of the accepted document's portrait, sealed: the only face the live face
     * is matched against. Never an image. Erased once a face check matched it, when the case is decided, or at
     * {@link #portraitPurgeAt}.
     */
    @Convert(converter = EncryptedBytesConverter.class)
    @Column(name = "document_portrait_template_enc", length = 8000)
    private byte[] portraitTemplate;

    @Column(name = "document_portrait_model", length = 64)
    private String portraitModel;

    @Column(name = "document_portrait_purge_at")
    private Instant portraitPurgeAt;

    /**
     * Who the accepted document names, as read ({@link DocumentIdentity}: registration number, Latin name,
     * Hangul name, birth date, issue date; each field Base64url, see {@link PendingQueryText}), sealed: the
     * registry queries after the document use these values, the applicant's where the document has none.
     * Kept while the document stands; replaced by the next document, erased by a retake or a rejection.
     */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "document_identity_enc", length = 2000)
    private String identity;

    /**
     * #18 The customer's corrections of the fields read (field, value, field, value…, each Base64url, see
     * {@link PendingQueryText}), sealed: kept beside {@link #identity}, never instead of it. Replaced by the next
     * corrections, erased by the next document.
     */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "document_corrections_enc", length = 4000)
    private String corrections;

    /**
     * Applies a document check: its findings become reasons; the worst one decides where the case goes. A
     * document that can be read (not to be retaken) is compared with the applicant ({@link ApplicantMatch}):
     * each disagreement is a reason; a hard one keeps the case from automatic approval when its checks are
     * complete ({@link CaseDecisions}), it does not move the case now. The portrait's template and who the
     * document names replace the previous document's, kept only when this document is not to be retaken or
     * rejected.
     */
    CaseStatus apply(DocumentReading reading, FaceTemplate portrait, ApplicantPart applicant, Instant now,
                     Reasons reasons, CaseStatus status) {
        return apply(reading, portrait, CaptureMode.CAMERA, applicant, now, reasons, status);
    }

    /**
     * As above, with how the photos came (#18): a document sent as a file that would stand (not to be retaken or
     * rejected) goes to a person, REVIEW with DOCUMENT_UPLOADED_NOT_CAPTURED, never to automatic approval.
     */
    CaseStatus apply(DocumentReading reading, FaceTemplate portrait, CaptureMode mode, ApplicantPart applicant,
                     Instant now, Reasons reasons, CaseStatus status) {
        type = reading.type().name();
        captureMode = (mode == null ? CaptureMode.CAMERA : mode).name();
        Severity worst = reading.worst().orElse(null);
        outcome = worst == null ? "ACCEPTED" : switch (worst) {
            case RETAKE -> "RETAKE";
            case REVIEW -> "REVIEW";
            case REJECT -> "REJECTED";
        };
        erasePortrait();
        identity = null;
        corrections = null;
        boolean stands = worst != Severity.RETAKE && worst != Severity.REJECT;
        if (portrait != null && stands) {
            portraitTemplate = portrait.toBytes();
            portraitModel = portrait.model();
            portraitPurgeAt = now.plus(PORTRAIT_RETENTION);
        }
        Set<ReasonCode> documentCodes = EnumSet.noneOf(ReasonCode.class);
        reading.findings().forEach(f -> documentCodes.add(f.code()));
        if (worst != Severity.RETAKE) {
            DocumentIdentity read = DocumentIdentity.of(reading);
            documentCodes.addAll(ApplicantMatch.compare(read, applicant.withoutAddresses(), applicant.registrationNumber(),
                    LocalDate.ofInstant(now, ZoneOffset.UTC)));
            identity = stands ? seal(read) : null;
        }
        boolean uploaded = uploaded() && stands;
        if (uploaded) {
            documentCodes.add(ReasonCode.DOCUMENT_UPLOADED_NOT_CAPTURED);
        }
        reasons.removeIf(DocumentPart::isDocumentReason);
        documentCodes.forEach(reasons::add);
        if (worst == Severity.RETAKE) {
            return CaseStatus.RETRY;
        } else if (worst != null || uploaded) {
            return CaseStatus.REVIEW;
        }
        return status == CaseStatus.RETRY ? CaseStatus.OPENED : status;
    }

    static boolean isDocumentReason(ReasonCode r) {
        String n = r.name();
        return n.startsWith("IMAGE_") || n.startsWith("DOCUMENT_") || n.startsWith("MRZ_")
                || n.startsWith("REGISTRATION_NUMBER_") || n.equals("STAY_STATUS_UNKNOWN") || n.equals("STAY_EXPIRED")
                || n.equals("STAY_EXTENSION_INCONSISTENT");
    }

    private static String seal(DocumentIdentity d) {
        return PendingQueryText.join(text(d.registrationNumber()), text(d.surname()), text(d.givenNames()),
                text(d.latinName()), text(d.hangulName()), text(d.birthDate()), text(d.issueDate()));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** Who the standing document names, as far as it was read; {@link DocumentIdentity#NONE} without one. */
    DocumentIdentity identity() {
        if (identity == null) {
            return DocumentIdentity.NONE;
        }
        String[] f = PendingQueryText.split(identity, 7);
        return new DocumentIdentity(f[1], f[2], f[3], f[4], null, date(f[5]), null, null, date(f[6]), f[0]);
    }

    private static LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }

    /** The resident registry query: the name, number and issue date this document was read with, the caller's where it has none. */
    ResidentIdQuery residentQuery(ResidentIdQuery asked) {
        DocumentIdentity d = identity();
        return new ResidentIdQuery(asked.caseId(), d.hangulName() != null ? d.hangulName() : asked.name(),
                d.registrationNumber() != null ? d.registrationNumber() : asked.residentNumber(),
                d.issueDate() != null ? d.issueDate() : asked.issueDate());
    }

    /** Only a resident ID card or driver's licence read on this case can be checked at the resident registry. */
    void requireResidentDocument() {
        if (!"RESIDENT_ID_CARD".equals(type) && !"DRIVER_LICENCE".equals(type)) {
            throw new InvalidRequestException(ReasonCode.RESIDENT_CHECK_NOT_APPLICABLE, "documentType");
        }
    }

    /**
     * The accepted document's portrait template, the face check's only reference.
     * @throws InvalidRequestException DOCUMENT_REQUIRED when no document with a usable portrait is accepted on the case
     */
    FaceTemplate portrait() {
        if (portraitTemplate == null) {
            throw new InvalidRequestException(ReasonCode.DOCUMENT_REQUIRED, "document");
        }
        return FaceTemplate.fromBytes(portraitModel, portraitTemplate);
    }

    boolean hasPortrait() {
        return portraitTemplate != null;
    }

    /** Erases the portrait template; true when there was one. */
    boolean erasePortrait() {
        boolean had = portraitTemplate != null;
        portraitTemplate = null;
        portraitModel = null;
        portraitPurgeAt = null;
        return had;
    }

    /** Erases the portrait template once its retention is over; true when something was erased. */
    boolean purgePortrait(Instant now) {
        return portraitPurgeAt != null && !portraitPurgeAt.isAfter(now) && erasePortrait();
    }

    /**
     * #18 Keeps the customer's corrections of the standing document's fields and returns the key fields among them
     * that differ from what the engine read (names compared without case, spacing or punctuation; a key field the
     * engine did not read counts as differing). Fields that are not key are kept and not compared.
     * @throws InvalidRequestException DOCUMENT_REQUIRED when no document stands (none, or one to retake or rejected)
     */
    Set<DocumentField> correct(java.util.List<FieldCorrection> list) {
        if (identity == null) {
            throw new InvalidRequestException(ReasonCode.DOCUMENT_REQUIRED, "document");
        }
        DocumentIdentity read = identity();
        Set<DocumentField> differing = EnumSet.noneOf(DocumentField.class);
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (FieldCorrection c : list) {
            kept.add(c.field().name());
            kept.add(c.value());
            String wasRead = switch (c.field()) {
                case SURNAME -> read.surname();
                case GIVEN_NAMES -> read.givenNames();
                case LATIN_NAME -> read.latinName();
                case HANGUL_NAME -> read.hangulName();
                case BIRTH_DATE -> read.birthDate() == null ? null : read.birthDate().toString();
                case REGISTRATION_NUMBER -> read.registrationNumber();
                default -> c.value(); // not a key field: kept, not compared
            };
            if (!comparable(c.value()).equals(comparable(wasRead))) {
                differing.add(c.field());
            }
        }
        corrections = kept.isEmpty() ? null : PendingQueryText.join(kept.toArray(String[]::new));
        return differing;
    }

    /** A value as compared: letters and digits only, without case (a date's or number's separators do not count). */
    private static String comparable(String value) {
        return value == null ? "" : value.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** #18 The customer's corrections kept on the case, field name → value, in the order sent; empty when none. */
    java.util.Map<String, String> corrections() {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        if (corrections != null) {
            String[] parts = corrections.split("\\.", -1);
            String[] f = PendingQueryText.split(corrections, parts.length);
            for (int i = 0; i + 1 < f.length; i += 2) {
                out.put(f[i], f[i + 1]);
            }
        }
        return out;
    }

    /** #18 Whether the last document's photos were a file the customer chose, not taken with the camera. */
    boolean uploaded() {
        return CaptureMode.UPLOAD.name().equals(captureMode);
    }

    /** #18 CAMERA or UPLOAD for the last document; null before one (or for a document recorded before #18). */
    String captureMode() {
        return captureMode;
    }

    boolean accepted() {
        return "ACCEPTED".equals(outcome);
    }

    CaseView.DocumentView view() {
        return type == null ? null : new CaseView.DocumentView(type, outcome);
    }
}

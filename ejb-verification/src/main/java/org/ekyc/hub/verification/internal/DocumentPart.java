package org.ekyc.hub.verification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Consent;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.Severity;
import org.ekyc.hub.verification.api.face.FaceTemplate;
import org.ekyc.hub.verification.privacy.EncryptedBytesConverter;

/**
 * What the last document check found: the document type and its worst finding, and the template of its
 * portrait's face for the face check. No image, no field value.
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
     * Applies a document check: its findings become reasons; the worst one decides where the case goes. The
     * portrait's template replaces the previous document's, kept only when this document is not to be retaken
     * or rejected.
     */
    CaseStatus apply(DocumentReading reading, FaceTemplate portrait, Instant now, Reasons reasons, CaseStatus status) {
        type = reading.type().name();
        Severity worst = reading.worst().orElse(null);
        outcome = worst == null ? "ACCEPTED" : switch (worst) {
            case RETAKE -> "RETAKE";
            case REVIEW -> "REVIEW";
            case REJECT -> "REJECTED";
        };
        erasePortrait();
        if (portrait != null && worst != Severity.RETAKE && worst != Severity.REJECT) {
            portraitTemplate = portrait.toBytes();
            portraitModel = portrait.model();
            portraitPurgeAt = now.plus(PORTRAIT_RETENTION);
        }
        Set<ReasonCode> documentCodes = EnumSet.noneOf(ReasonCode.class);
        reading.findings().forEach(f -> documentCodes.add(f.code()));
        reasons.removeIf(DocumentPart::isDocumentReason);
        documentCodes.forEach(reasons::add);
        if (worst == Severity.RETAKE) {
            return CaseStatus.RETRY;
        } else if (worst != null) {
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

    boolean accepted() {
        return "ACCEPTED".equals(outcome);
    }

    CaseView.DocumentView view() {
        return type == null ? null : new CaseView.DocumentView(type, outcome);
    }
}

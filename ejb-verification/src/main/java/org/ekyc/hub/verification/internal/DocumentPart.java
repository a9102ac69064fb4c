package org.ekyc.hub.verification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.EnumSet;
import java.util.Set;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.Severity;

/** What the last document check found: the document type and its worst finding. No image, no field value. */
@Embeddable
public class DocumentPart {

    @Column(name = "document_type", length = 32)
    private String type;

    /** ACCEPTED, RETAKE, REVIEW or REJECTED: the worst finding of the last document check. */
    @Column(name = "document_outcome", length = 10)
    private String outcome;

    /** Applies a document check: its findings become reasons; the worst one decides where the case goes. */
    CaseStatus apply(DocumentReading reading, Reasons reasons, CaseStatus status) {
        type = reading.type().name();
        Severity worst = reading.worst().orElse(null);
        outcome = worst == null ? "ACCEPTED" : switch (worst) {
            case RETAKE -> "RETAKE";
            case REVIEW -> "REVIEW";
            case REJECT -> "REJECTED";
        };
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

    boolean accepted() {
        return "ACCEPTED".equals(outcome);
    }

    CaseView.DocumentView view() {
        return type == null ? null : new CaseView.DocumentView(type, outcome);
    }
}

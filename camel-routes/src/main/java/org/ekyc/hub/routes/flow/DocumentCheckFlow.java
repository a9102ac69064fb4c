package org.ekyc.hub.routes.flow;

import org.ekyc.hub.verification.api.document.DocumentStep;
import org.ekyc.hub.verification.api.CaseLifecycle;
import java.util.ArrayList;
import java.util.List;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.CaptureMode;
import org.ekyc.hub.verification.api.document.DocumentCheckService;
import org.ekyc.hub.verification.api.document.DocumentImageException;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.document.Finding;
import org.ekyc.hub.verification.api.document.Severity;
import org.ekyc.hub.verification.api.face.FaceImageException;
import org.ekyc.hub.verification.api.face.FaceService;
import org.ekyc.hub.verification.api.face.PortraitTemplate;

/**
 * A document upload as every channel runs it (REST {@code POST /cases/{id}/document}, SOAP
 * {@code UploadDocument}): the case must exist before the image is decoded, then the engine reads
 * and checks the photo; when the document is not to be retaken or rejected and the applicant has consented to
 * face processing, the face engine makes the template of the portrait the document engine located on it (the face check's only reference: a portrait whose face
 * cannot be used is a document retake, {@code DOCUMENT_PORTRAIT_UNUSABLE}); the outcome and that template are
 * recorded on the case. The image and the portrait crop live for this call only.
 * Size and format limits are the engine's ({@link DocumentCheckService#MAX_IMAGE_BYTES}; a file that
 * is no JPEG or PNG is a {@link DocumentImageException} with its code).
 */
public final class DocumentCheckFlow {

    private final CaseLifecycle cases;
    private final DocumentStep step;
    private final DocumentCheckService documents;
    private final FaceService faces;

    public DocumentCheckFlow(CaseLifecycle cases, DocumentStep step, DocumentCheckService documents, FaceService faces) {
        this.cases = cases;
        this.step = step;
        this.documents = documents;
        this.faces = faces;
    }

    /** What was read and the case as it now stands. */
    public record Checked(DocumentReading reading, CaseView caseView) {
    }

    /**
     * @param image        the photo's bytes as received (already Base64-decoded by the channel)
     * @param expectedType the layout the customer said they photographed, a {@link DocumentType}
     *                     name, or null/blank to classify
     * @throws InvalidRequestException FIELD_REQUIRED on an empty image, DOCUMENT_TYPE_UNKNOWN on an
     *                                 unknown expectedType
     * @throws org.ekyc.hub.verification.api.CaseNotFoundException for an unknown case
     */
    public Checked check(String caseId, byte[] image, String expectedType) throws DocumentImageException {
        return check(caseId, image == null ? List.of() : List.of(image), List.of(), expectedType);
    }

    /**
     * A capture of several frames (a burst: fields are accepted only where the frames agree) and,
     * for a residence card, frames of its back (stay extensions, card serial).
     *
     * @param frames       1..{@link DocumentCheckService#MAX_FRAMES} photos of the front (or the only side)
     * @param back         0..{@link DocumentCheckService#MAX_FRAMES} photos of the back of a residence card
     * @param expectedType as for {@link #check(String, byte[], String)}
     */
    public Checked check(String caseId, List<byte[]> frames, List<byte[]> back, String expectedType)
            throws DocumentImageException {
        return check(caseId, frames, back, expectedType, CaptureMode.CAMERA);
    }

    /**
     * As above, with how the photos came (#18): {@link CaptureMode#UPLOAD}, a file the customer chose, is recorded
     * on the case and sends it to a person (DOCUMENT_UPLOADED_NOT_CAPTURED).
     */
    public Checked check(String caseId, List<byte[]> frames, List<byte[]> back, String expectedType, CaptureMode mode)
            throws DocumentImageException {
        if (frames == null || frames.isEmpty() || frames.stream().anyMatch(f -> f == null || f.length == 0)) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "image");
        }
        if (back != null && back.stream().anyMatch(f -> f == null || f.length == 0)) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "back");
        }
        DocumentType expected = expectedType(expectedType);
        CaseView before = cases.getCase(caseId);
        DocumentReading reading;
        if (back != null && !back.isEmpty()) {
            reading = documents.checkCard(frames, back, expected);
        } else if (frames.size() > 1) {
            reading = documents.check(frames, expected);
        } else {
            reading = documents.check(frames.get(0), expected);
        }
        // a face template is biometric processing: only with the consent to it recorded (else the document is
        // read, and the selfie asks for it again: DOCUMENT_REQUIRED)
        PortraitTemplate portrait = consented(before) ? portraitTemplate(reading) : null;
        if (portrait != null && !portrait.usable()) {
            List<Finding> findings = new ArrayList<>(reading.findings());
            findings.add(new Finding(ReasonCode.DOCUMENT_PORTRAIT_UNUSABLE, Severity.RETAKE,
                    "the face on the portrait: " + portrait.problem()));
            reading = new DocumentReading(reading.type(), reading.fields(), reading.quality(), findings, reading.portrait());
        }
        return new Checked(reading, step.recordDocumentReading(caseId, reading,
                portrait == null ? null : portrait.template(), mode == null ? CaptureMode.CAMERA : mode));
    }

    /**
     * The template of the portrait of a document to keep (neither retake nor reject, a portrait located);
     * null when there is nothing to keep. A crop the face engine cannot decode counts as an unusable portrait.
     */
    private PortraitTemplate portraitTemplate(DocumentReading reading) {
        Severity worst = reading.worst().orElse(null);
        if (worst == Severity.RETAKE || worst == Severity.REJECT || reading.portrait().length == 0) {
            return null;
        }
        try {
            return faces.portraitTemplate(reading.portrait());
        } catch (FaceImageException e) {
            return PortraitTemplate.unusable(e.reason());
        }
    }

    private static boolean consented(CaseView view) {
        return view != null && view.face() != null && view.face().consentAt() != null;
    }

    static DocumentType expectedType(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return DocumentType.valueOf(name.trim());
        } catch (IllegalArgumentException ex) {
            throw new InvalidRequestException(ReasonCode.DOCUMENT_TYPE_UNKNOWN, "expectedType");
        }
    }
}

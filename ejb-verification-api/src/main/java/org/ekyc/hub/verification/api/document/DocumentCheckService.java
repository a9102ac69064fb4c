package org.ekyc.hub.verification.api.document;

/**
 * Reads and checks an identity document from a photo: quality gate, classification, OCR of MRZ and
 * VIZ, validation and tamper signals. A photo that fails the gate is a {@link DocumentReading}
 * with {@link Severity#RETAKE} findings, not an exception.
 */
public interface DocumentCheckService {

    /** Largest upload accepted, in bytes. */
    int MAX_IMAGE_BYTES = 15 * 1024 * 1024;

    /**
     * @param image    JPEG or PNG bytes, at most {@link #MAX_IMAGE_BYTES}
     * @param expected the layout the customer said they photographed, or null to classify
     */
    DocumentReading check(byte[] image, DocumentType expected) throws DocumentImageException;

    /** Most frames one capture may send to {@link #check(List, DocumentType)}. */
    int MAX_FRAMES = 5;

    /**
     * Reads several frames of one capture (a burst) and accepts a field only when the frames agree
     * on it; fields they disagree on are left out with a {@code DOCUMENT_FRAMES_DISAGREE} review
     * finding. Frames the quality gate rejects do not vote.
     *
     * @param frames   1..{@link #MAX_FRAMES} JPEG or PNG photos of the same side of the same document
     * @param expected the layout the customer said they photographed, or null to classify
     * @throws DocumentImageException {@code DOCUMENT_FRAME_COUNT} for no or too many frames;
     *                                {@code IMAGE_TOO_LARGE} when the frames' headers declare more pixels than
     *                                one check takes (per frame or in all), before any frame is decoded; or the
     *                                first unreadable frame's code, naming the frame
     */
    DocumentReading check(java.util.List<byte[]> frames, DocumentType expected) throws DocumentImageException;

    /**
     * Reads both sides of a residence card: the front as {@link #check(List, DocumentType)}, the
     * back for its stay-extension entries and card serial, keeping the latest stay expiry
     * ({@link DocumentField#STAY_EXPIRY_DATE}). Findings of both sides are kept; the front gives
     * the type, the quality metrics and the portrait.
     *
     * @param front    1..{@link #MAX_FRAMES} frames of the front
     * @param back     1..{@link #MAX_FRAMES} frames of the back
     * @param expected the front's layout, or null to classify
     * @throws DocumentImageException as {@link #check(List, DocumentType)}; the pixel budget counts the frames of
     *                                both sides together
     */
    DocumentReading checkCard(java.util.List<byte[]> front, java.util.List<byte[]> back, DocumentType expected)
            throws DocumentImageException;
}

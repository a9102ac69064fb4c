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
}

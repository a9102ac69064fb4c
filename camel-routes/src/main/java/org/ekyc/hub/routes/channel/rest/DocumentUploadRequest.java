package org.ekyc.hub.routes.channel.rest;

/**
 * JSON body of {@code POST /api/v1/cases/{id}/document}: one photo of the document (Base64 JPEG or
 * PNG) in {@code image}, or several frames of one capture in {@code frames} (a field is accepted
 * only where the frames agree; {@code image} and {@code frames} together make one capture, at most 5
 * photos); for a residence card, optionally {@code back}: 1–5 photos of its back (stay extensions,
 * card serial); and, optionally, the layout the app asked the customer to photograph; and (#18) how the
 * photos came, {@code captureMode} {@code CAMERA} (the default) or {@code UPLOAD} (a file the customer chose:
 * the case goes to a person).
 */
public record DocumentUploadRequest(String image, java.util.List<String> frames, java.util.List<String> back,
                                    String expectedType, String captureMode) {

    /** A single photo, as older clients send it. */
    public DocumentUploadRequest(String image, String expectedType) {
        this(image, null, null, expectedType, null);
    }

}

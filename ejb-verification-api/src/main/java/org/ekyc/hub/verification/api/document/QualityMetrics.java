package org.ekyc.hub.verification.api.document;

/**
 * Measurements of the photo taken by the quality gate, kept as evidence.
 *
 * @param width          image width in pixels
 * @param height         image height in pixels
 * @param sharpness      variance of the Laplacian of the (normalised) document, higher is sharper
 * @param meanBrightness mean grey level 0..255
 * @param glareFraction  share of the document's pixels that are saturated (0..1)
 * @param skewDegrees    rotation of the document from upright, in degrees
 * @param documentFound  whether the document's four corners were found
 */
public record QualityMetrics(int width, int height, double sharpness, double meanBrightness,
                             double glareFraction, double skewDegrees, boolean documentFound) {

    public QualityMetrics {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("dimensions must not be negative");
        }
    }
}

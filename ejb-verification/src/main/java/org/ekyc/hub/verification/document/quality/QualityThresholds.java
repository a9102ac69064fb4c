package org.ekyc.hub.verification.document.quality;

/**
 * Limits of the quality gate; the defaults are tuned on the synthetic captures (see
 * docs/document-engine.md) and are meant to be revisited on real photos.
 *
 * @param minPhotoSide     shorter side of the photo, pixels
 * @param minDocumentWidth document width in the photo, pixels (an MRZ line needs ~14 px per character)
 * @param minSharpness     variance of the Laplacian of the normalised document
 * @param minBrightness    mean grey of the document
 * @param maxBrightness    mean grey of the document
 * @param maxGlare         share of saturated (≥ 250) pixels on the document
 * @param maxRotation      degrees from upright
 * @param minKeystone      shorter/longer opposite edge ratio
 * @param borderMargin     share of the photo's size a corner must keep from the edge
 */
public record QualityThresholds(int minPhotoSide, int minDocumentWidth, double minSharpness, double minBrightness,
                                double maxBrightness, double maxGlare, double maxRotation, double minKeystone,
                                double borderMargin) {

    public static final QualityThresholds DEFAULT =
            new QualityThresholds(480, 640, 120, 70, 235, 0.02, 25, 0.8, 0.005);
}

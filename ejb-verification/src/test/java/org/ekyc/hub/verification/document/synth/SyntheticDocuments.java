package org.ekyc.hub.verification.document.synth;

import java.awt.image.BufferedImage;
import org.ekyc.hub.verification.api.document.DocumentType;

/**
 * One generated capture with its ground truth.
 *
 * @param person      who is on it
 * @param type        the layout drawn
 * @param degradation what the capture suffers from
 * @param severe      whether the degradation should make the quality gate ask for a retake
 * @param jpeg        the photo as uploaded
 */
public record SyntheticDocuments(SyntheticPerson person, DocumentType type, Degradation degradation, boolean severe,
                                 byte[] jpeg) {

    public static SyntheticDocuments generate(long seed, int index, DocumentType type, Degradation degradation,
                                              boolean severe) {
        return draw(SyntheticPeople.person(seed, index), type, degradation, severe, seed * 31 + index);
    }

    /** A capture of a document of a chosen person (e.g. one a registry simulator knows); {@code noise} seeds the capture. */
    public static SyntheticDocuments draw(SyntheticPerson person, DocumentType type, Degradation degradation, boolean severe,
                                          long noise) {
        BufferedImage flat = switch (type) {
            case PASSPORT_TD3 -> DocumentRenderer.passport(person);
            case ALIEN_REGISTRATION_CARD -> DocumentRenderer.residenceCard(person);
            case ALIEN_REGISTRATION_CARD_2023 -> DocumentRenderer.residenceCard2023(person);
            case RESIDENCE_CARD_BACK -> DocumentRenderer.residenceCardBack(person);
            case OVERSEAS_KOREAN_RESIDENCE_CARD -> DocumentRenderer.overseasKoreanCard(person);
            case RESIDENT_ID_CARD -> DocumentRenderer.residentIdCard(person);
            case DRIVER_LICENCE -> DocumentRenderer.driverLicence(person);
            default -> throw new IllegalArgumentException("no generator for " + type);
        };
        BufferedImage photo = degradation == Degradation.SCREEN
                ? ScreenRecapture.photograph(Capture.photo(flat, Degradation.NONE, false, noise), noise)
                : Capture.photo(flat, degradation, severe, noise);
        return new SyntheticDocuments(person, type, degradation, severe, Capture.jpeg(photo, 0.9f));
    }
}

package org.ekyc.hub.verification.imaging;

import jakarta.ejb.Local;

/**
 * Where the engines get a {@link FaceLocator}: the face engine's bean offers its loaded detector, so the
 * document engine shares the same models and sessions without depending on the face engine's internals.
 */
@Local
public interface FaceLocators {

    /** The detector tuned for faces printed on identity documents. */
    FaceLocator documentFaces();
}

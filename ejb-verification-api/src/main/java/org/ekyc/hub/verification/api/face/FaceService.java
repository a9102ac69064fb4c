package org.ekyc.hub.verification.api.face;

import java.util.List;

/**
 * Face match and liveness. Images go in and are discarded when the call returns; only face
 * templates (embeddings) come out, for the case store to encrypt. Knows nothing of cases or
 * consent: the caller records consent before it sends any face image. The face is matched only
 * against the portrait of the document the hub read: its template is made when the document is
 * checked ({@link #portraitTemplate}) and kept, sealed, on the case until the face check.
 */
public interface FaceService {

    /**
     * The template of the face on a document portrait cropped by the document engine, judged by the
     * document portrait's own limits (a portrait is small by nature; the selfie keeps its own).
     * @throws FaceImageException when the crop is not a readable image
     */
    PortraitTemplate portraitTemplate(byte[] documentPortrait) throws FaceImageException;

    /** Compares the document portrait's template with the template of a passed liveness check. */
    FaceMatchResult match(FaceTemplate documentPortrait, FaceTemplate liveTemplate);

    /** Issues a fresh single-use challenge of 2 or 3 actions. */
    LivenessChallenge issueChallenge();

    /**
     * Verifies a frame sequence recorded for the challenge {@code nonce}; consumes the nonce.
     *
     * @throws FaceImageException FACE_IMAGE_TOO_LARGE when the frames' headers declare more pixels than one
     *                            liveness check takes (per frame or in all); nothing is decoded and the nonce is
     *                            not consumed
     */
    LivenessResult verifyLiveness(String nonce, List<LiveFrame> frames) throws FaceImageException;
}

package org.ekyc.hub.verification.api.face;

import java.util.List;

/**
 * Face match and liveness. Images go in and are discarded when the call returns; only face
 * templates (embeddings) come out, for the case store to encrypt. Knows nothing of cases or
 * consent: the caller records consent before it sends any face image.
 */
public interface FaceService {

    /** Compares the document portrait with a live image (a selfie or the best liveness frame). */
    FaceMatchResult match(byte[] documentPortrait, byte[] liveImage) throws FaceImageException;

    /** Compares the document portrait with a template from a passed liveness check. */
    FaceMatchResult match(byte[] documentPortrait, FaceTemplate liveTemplate) throws FaceImageException;

    /** Issues a fresh single-use challenge of 2 or 3 actions. */
    LivenessChallenge issueChallenge();

    /** Verifies a frame sequence recorded for the challenge {@code nonce}; consumes the nonce. */
    LivenessResult verifyLiveness(String nonce, List<LiveFrame> frames);
}

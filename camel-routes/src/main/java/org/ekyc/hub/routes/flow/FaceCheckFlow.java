package org.ekyc.hub.routes.flow;

import java.util.ArrayList;
import java.util.List;
import org.ekyc.hub.verification.api.CaseLifecycle;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.FaceCheck;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.face.FaceImageException;
import org.ekyc.hub.verification.api.face.FaceMatchResult;
import org.ekyc.hub.verification.api.face.FaceService;
import org.ekyc.hub.verification.api.face.FaceStep;
import org.ekyc.hub.verification.api.face.FaceTemplate;
import org.ekyc.hub.verification.api.face.LiveFrame;
import org.ekyc.hub.verification.api.face.LivenessChallenge;
import org.ekyc.hub.verification.api.face.LivenessResult;

/**
 * The order of a face check, for any channel (today REST's {@code selfie}): consent, the case's own
 * challenge and an accepted document with a usable portrait are checked before any image is decoded; then
 * liveness on the frames, then (if the frames show a live face) the match of that face against the template
 * of the portrait the hub cropped from that document — the client sends no portrait. The outcome is recorded
 * on the case, with the match thresholds the engine applied and the liveness check's P(live) (#19). Images live only for the duration of the call.
 */
public final class FaceCheckFlow {

    public static final int MAX_FRAMES = 30;

    private final CaseLifecycle cases;
    private final FaceStep step;
    private final FaceService faces;

    public FaceCheckFlow(CaseLifecycle cases, FaceStep step, FaceService faces) {
        this.cases = cases;
        this.step = step;
        this.faces = faces;
    }

    public LivenessChallenge challenge(String caseId) {
        cases.getCase(caseId);
        LivenessChallenge challenge = faces.issueChallenge();
        step.bindLivenessChallenge(caseId, challenge.nonce());
        return challenge;
    }

    /**
     * @throws InvalidRequestException FIELD_REQUIRED (nonce), CONSENT_REQUIRED, LIVENESS_CHALLENGE_NOT_FOR_CASE,
     *                                 DOCUMENT_REQUIRED (no accepted document with a usable portrait yet), LIVENESS_FRAME_COUNT
     * @throws FaceImageException FACE_IMAGE_TOO_LARGE when the frames declare more pixels than one liveness check takes
     *                            (the engine's budget, read from their headers before any is decoded)
     */
    public CaseView check(String caseId, Selfie request) throws FaceImageException {
        if (request == null || request.nonce() == null || request.nonce().isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "nonce");
        }
        FaceTemplate portrait = step.checkFaceCheckAllowed(caseId, request.nonce());
        if (request.frames() == null || request.frames().isEmpty() || request.frames().size() > MAX_FRAMES) {
            throw new InvalidRequestException(ReasonCode.LIVENESS_FRAME_COUNT, "frames");
        }
        List<LiveFrame> frames = new ArrayList<>(request.frames().size());
        for (Frame f : request.frames()) {
            if (f == null || f.capturedAt() == null) {
                throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "frames[].capturedAt");
            }
            if (f.capturedAt() < 0) {
                // a time before the recording started: the liveness timeline cannot be built from it
                throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "frames[].capturedAt");
            }
            frames.add(new LiveFrame(Images.base64(f.image(), "frames[].image"), f.capturedAt()));
        }
        LivenessResult liveness = faces.verifyLiveness(request.nonce(), frames);
        FaceCheck check;
        if (liveness.outcome() != LivenessResult.Outcome.FAILED && liveness.template() != null) {
            FaceMatchResult match = faces.match(portrait, liveness.template());
            List<ReasonCode> reasons = new ArrayList<>(liveness.reasons());
            reasons.addAll(match.reasons());
            // #19 with the thresholds the engine applied and the P(live) it measured: the reviewer's evidence
            check = new FaceCheck(liveness.outcome(), match.outcome(), match.similarity(), liveness.template(), reasons,
                    match.matchThreshold(), match.reviewThreshold(), liveness.spoofScore());
        } else {
            check = new FaceCheck(liveness.outcome(), null, null, null, liveness.reasons(), null, null, liveness.spoofScore());
        }
        return step.recordFaceCheck(caseId, check);
    }

    /**
     * A selfie as the channel received it: the liveness challenge's nonce and the frames recorded for the
     * challenge, images in Base64 (JPEG/PNG). No portrait: the face is matched against the document's.
     */
    public record Selfie(String nonce, List<Frame> frames) {
    }

    /** One recorded frame: the image in Base64 and the capture time in ms. */
    public record Frame(String image, Long capturedAt) {
    }
}

package org.ekyc.hub.verification.face;

import java.util.Comparator;
import java.util.List;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.face.internal.Detection;
import org.ekyc.hub.verification.face.internal.SimilarityTransform;

/** Chooses the face to use in an image and says why an image cannot be used. Pure: fed with detections. */
public final class FaceAnalyzer {

    private final FacePolicy policy;

    public FaceAnalyzer(FacePolicy policy) {
        this.policy = policy;
    }

    /**
     * The largest face; FACE_NOT_FOUND without one, FACE_MULTIPLE when another face is at least
     * {@code multipleFaceArea} of its size, FACE_TOO_SMALL when its landmarks are smaller than
     * {@code minFaceScale} × the alignment template, FACE_POSE_EXTREME when it is turned too far
     * ({@code checkPose} false for liveness frames, where turning is the point). First match wins, in
     * this order: a second face makes the size and pose of the first beside the point.
     */
    public FaceFinding choose(List<Detection> faces, boolean checkPose) {
        return choose(faces, checkPose, policy.minFaceScale());
    }

    /**
     * The face of a document portrait: the same rules as a selfie's ({@link #choose}, pose checked) with the
     * portrait's own size limit ({@code minPortraitScale}), since a portrait printed on a card is small by nature.
     */
    public FaceFinding choosePortrait(List<Detection> faces) {
        return choose(faces, true, policy.minPortraitScale());
    }

    private FaceFinding choose(List<Detection> faces, boolean checkPose, double minScale) {
        if (faces.isEmpty()) {
            return new FaceFinding(null, 0, ReasonCode.FACE_NOT_FOUND);
        }
        List<Detection> bySize = faces.stream().sorted(Comparator.comparingDouble(Detection::area).reversed()).toList();
        Detection main = bySize.get(0);
        ReasonCode problem = null;
        if (bySize.size() > 1 && bySize.get(1).area() >= policy.multipleFaceArea() * main.area()) {
            problem = ReasonCode.FACE_MULTIPLE;
        } else if (templateScale(main) < minScale) {
            problem = ReasonCode.FACE_TOO_SMALL;
        } else if (checkPose && Math.abs(main.yawDegrees()) > policy.maxYawDegrees()) {
            problem = ReasonCode.FACE_POSE_EXTREME;
        }
        return new FaceFinding(main, faces.size(), problem);
    }

    /**
     * The face's size relative to the ArcFace 112 × 112 alignment template: the inverse scale of the
     * least-squares similarity transform from its 5 landmarks onto the template's. Below 1 the aligned
     * crop is an enlargement (eyes closer than the template's 35.2 px); the detector's box is not used
     * because its margins vary with hair and pose, while the landmarks are what alignment works from.
     * Using all 5 points rather than the eye distance alone keeps a turned head (eyes closer in the
     * picture, eye–mouth distance unchanged) from looking much smaller than it is. 0 for degenerate landmarks.
     */
    public static double templateScale(Detection face) {
        try {
            return 1 / SimilarityTransform.estimate(face.landmarks(), SimilarityTransform.ARCFACE_112).scale();
        } catch (IllegalArgumentException degenerate) {
            return 0;
        }
    }
}

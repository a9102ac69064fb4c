package org.ekyc.hub.verification.face;

import java.util.Comparator;
import java.util.List;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.face.internal.Detection;

/** Chooses the face to use in an image and says why an image cannot be used. Pure: fed with detections. */
public final class FaceAnalyzer {

    private final FacePolicy policy;

    public FaceAnalyzer(FacePolicy policy) {
        this.policy = policy;
    }

    /**
     * The largest face; FACE_NOT_FOUND without one, FACE_MULTIPLE when another face is at least
     * {@code multipleFaceArea} of its size, FACE_TOO_SMALL or FACE_POSE_EXTREME when it is too small
     * or turned too far ({@code checkPose} false for liveness frames, where turning is the point).
     */
    public FaceFinding choose(List<Detection> faces, boolean checkPose) {
        if (faces.isEmpty()) {
            return new FaceFinding(null, 0, ReasonCode.FACE_NOT_FOUND);
        }
        List<Detection> bySize = faces.stream().sorted(Comparator.comparingDouble(Detection::area).reversed()).toList();
        Detection main = bySize.get(0);
        ReasonCode problem = null;
        if (bySize.size() > 1 && bySize.get(1).area() >= policy.multipleFaceArea() * main.area()) {
            problem = ReasonCode.FACE_MULTIPLE;
        } else if (Math.min(main.w(), main.h()) < policy.minFaceSide()) {
            problem = ReasonCode.FACE_TOO_SMALL;
        } else if (checkPose && Math.abs(main.yawDegrees()) > policy.maxYawDegrees()) {
            problem = ReasonCode.FACE_POSE_EXTREME;
        }
        return new FaceFinding(main, faces.size(), problem);
    }
}

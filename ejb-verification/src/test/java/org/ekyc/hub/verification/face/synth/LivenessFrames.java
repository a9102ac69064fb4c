package org.ekyc.hub.verification.face.synth;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.ekyc.hub.verification.api.face.LiveFrame;
import org.ekyc.hub.verification.api.face.LivenessAction;
import org.ekyc.hub.verification.face.FaceTestData;

/**
 * Selfie frames that perform a liveness challenge: a {@link RenderedHead} of one licensed face photo
 * rendered frame by frame as the head turns and the eyes close. A sequence is two frames facing the camera,
 * then each action in the order asked — a turn is rendered out to 38–40° (which the engine's 5-point yaw reads
 * as 22–33°) and back to facing the camera, a blink is two closed-eye frames with the head 7° aside between
 * open ones — and two frames facing the camera at the end; every
 * frame has its own small head jitter and sensor noise, so no two frames are the same bytes. Capture times
 * are 250 ms apart. The longest challenge (three turns) is 25 frames, within the engine's 40 and the
 * REST channel's 30. Turn signs follow the engine's yaw: TURN_LEFT is the person turning to their left, the
 * nose towards the image's right (positive yaw).
 * <p>
 * Deterministic per (actions, face, seed). The hub remembers every frame it has seen, so a test that sends
 * frames to a running hub draws a fresh seed each run.
 * <p>
 * Not every face blinks for the engine: a blink needs the 68-point model's eye aspect ratio below 60 % of the
 * person's open-eye value, and on painted lids that model does not go below about 0.18–0.24, so faces with
 * narrow open eyes (London 005: open 0.26) or a dark upper lid (138) never reach it. {@link #BLINKING_FACES}
 * are the London identities whose rendered blink the engine sees; render from their neutral photo
 * ({@link #neutralPhotoOf}) and match against the other.
 */
public final class LivenessFrames {

    /** Frame spacing of the capture times. */
    public static final long FRAME_MILLIS = 250;

    private static final double[] TURN = {15, 28, 38, 40, 26, 10, 2};
    private static final double BLINK_YAW = 7;
    /** The engine's fewest frames: a still head is that many frames facing the camera. */
    private static final int MIN_FRAMES = 5;
    private static final Map<Path, RenderedHead> HEADS = new ConcurrentHashMap<>();

    /** One frame to render: the pose, the eyes, and what it is in the sequence. */
    public record Shot(RenderedHead.Pose pose, boolean eyesClosed) {
    }

    /**
     * London identities (file prefix) whose rendered frames pass every action with the engine's thresholds:
     * closed-eye EAR at most 0.55 of the open one (checked in {@code LivenessFramesTest}).
     */
    public static final List<String> BLINKING_FACES = List.of("002", "006", "007", "009", "010", "019", "062", "126");

    private LivenessFrames() {
    }

    /** The neutral photo ({@code NNN_03.jpg}) of the London identity of {@code photo}, to render frames from. */
    public static Path neutralPhotoOf(Path photo) {
        String name = photo.getFileName().toString();
        if (!name.matches("\\d{3}_0[38]\\.jpg")) {
            throw new IllegalArgumentException("not a London set photo: " + photo);
        }
        return photo.resolveSibling(name.substring(0, 3) + "_03.jpg");
    }

    /** JPEG frames of {@code face} performing {@code actions} in order (any number of actions, none for a still head). */
    public static List<LiveFrame> forChallenge(List<LivenessAction> actions, Path face, long seed) {
        RenderedHead head = head(face);
        List<Shot> shots = script(actions, seed);
        List<LiveFrame> frames = new ArrayList<>(shots.size());
        Random random = new Random(seed ^ 0x5DEECE66DL);
        for (int i = 0; i < shots.size(); i++) {
            Shot s = shots.get(i);
            byte[] jpeg = RenderedHead.jpeg(head.render(s.pose(), s.eyesClosed(), random.nextLong()), 0.92f);
            frames.add(new LiveFrame(jpeg, FRAME_MILLIS * i));
        }
        return frames;
    }

    /** The poses and eye states of a sequence, before rendering. */
    public static List<Shot> script(List<LivenessAction> actions, long seed) {
        Random random = new Random(seed);
        List<Shot> shots = new ArrayList<>();
        neutral(shots, random, 2);
        for (LivenessAction action : actions) {
            switch (action) {
                case TURN_LEFT -> turn(shots, random, 1);
                case TURN_RIGHT -> turn(shots, random, -1);
                case BLINK -> {
                    // a blink while the head is a little turned: the frame facing the camera best, which the engine
                    // compares every other frame with, is then one with the eyes open
                    double aside = random.nextBoolean() ? BLINK_YAW : -BLINK_YAW;
                    shots.add(new Shot(jittered(random, aside), true));
                    shots.add(new Shot(jittered(random, aside), true));
                    neutral(shots, random, 1);
                }
            }
        }
        neutral(shots, random, Math.max(2, MIN_FRAMES - shots.size()));
        return shots;
    }

    /** The rendered head of {@code face}, built once per photo with the shared test models. */
    public static RenderedHead head(Path face) {
        return HEADS.computeIfAbsent(face.toAbsolutePath().normalize(), p -> RenderedHead.of(p, FaceTestData.models()));
    }

    private static void turn(List<Shot> shots, Random random, int sign) {
        for (double yaw : TURN) {
            shots.add(new Shot(jittered(random, sign * yaw), false));
        }
    }

    private static void neutral(List<Shot> shots, Random random, int n) {
        for (int i = 0; i < n; i++) {
            shots.add(new Shot(jittered(random, 0), false));
        }
    }

    private static RenderedHead.Pose jittered(Random random, double yaw) {
        return new RenderedHead.Pose(yaw + random.nextGaussian() * 0.5, random.nextGaussian() * 2, random.nextGaussian() * 1.5);
    }
}

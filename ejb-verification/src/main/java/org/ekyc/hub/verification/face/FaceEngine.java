package org.ekyc.hub.verification.face;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.face.FaceImageException;
import org.ekyc.hub.verification.api.face.FaceMatchResult;
import org.ekyc.hub.verification.api.face.FaceTemplate;
import org.ekyc.hub.verification.api.face.LiveFrame;
import org.ekyc.hub.verification.api.face.LivenessChallenge;
import org.ekyc.hub.verification.api.face.LivenessResult;
import org.ekyc.hub.verification.api.face.MatchOutcome;
import org.ekyc.hub.verification.api.face.PortraitTemplate;
import org.ekyc.hub.verification.face.internal.AntiSpoof;
import org.ekyc.hub.verification.face.internal.Detection;
import org.ekyc.hub.verification.face.internal.EyeMeasurer;
import org.ekyc.hub.verification.face.internal.FaceDetector;
import org.ekyc.hub.verification.face.internal.FaceEmbedder;
import org.ekyc.hub.verification.face.liveness.ChallengeIssuer;
import org.ekyc.hub.verification.face.liveness.FrameLedger;
import org.ekyc.hub.verification.face.liveness.FrameMeasurement;
import org.ekyc.hub.verification.face.liveness.LivenessPolicy;
import org.ekyc.hub.verification.face.liveness.LivenessStateMachine;
import org.ekyc.hub.verification.face.liveness.LivenessVerdict;
import org.ekyc.hub.verification.imaging.PixelBudget;

/**
 * The face pipeline without a container: decode → detect → choose the face → align and embed →
 * compare; passive anti-spoof; active liveness from frame measurements. Thread-safe. Images live
 * only on the stack of a call; what leaves is scores, reason codes and embeddings.
 */
public final class FaceEngine {

    /** A face found and embedded in one image, or the reason there is none. */
    public record EmbeddedFace(FaceFinding finding, float[] embedding, double liveScore) {
    }

    /**
     * The pixels one liveness check may declare: frames are video-sized, so at most 3840 × 2160 (4K UHD) each,
     * and 100 megapixels in all (thirty 1080p frames are 62). Far below the decoder's 50 megapixels per image.
     */
    public static final PixelBudget LIVENESS_BUDGET = new PixelBudget(3840L * 2160, 100_000_000L);

    private final ImageDecoder decoder;
    private final FaceDetector detector;
    private final FaceAnalyzer analyzer;
    private final FaceEmbedder embedder;
    private final AntiSpoof antiSpoof;
    private final EyeMeasurer eyes;
    private final FacePolicy policy;
    private final LivenessPolicy livenessPolicy;
    private final LivenessStateMachine stateMachine;
    private final ChallengeIssuer issuer;
    private final FrameLedger ledger;
    private final Executor frameExecutor;
    private final PixelBudget livenessBudget;

    /** Measures liveness frames one after another on the calling thread; the default {@link #LIVENESS_BUDGET}. */
    public FaceEngine(ModelRegistry models, ImageDecoder decoder, FacePolicy policy, LivenessPolicy livenessPolicy,
                      ChallengeIssuer issuer, FrameLedger ledger) {
        this(models, decoder, policy, livenessPolicy, issuer, ledger, Runnable::run);
    }

    /** Measures the frames of one liveness check in parallel on {@code frameExecutor}; the default {@link #LIVENESS_BUDGET}. */
    public FaceEngine(ModelRegistry models, ImageDecoder decoder, FacePolicy policy, LivenessPolicy livenessPolicy,
                      ChallengeIssuer issuer, FrameLedger ledger, Executor frameExecutor) {
        this(models, decoder, policy, livenessPolicy, issuer, ledger, frameExecutor, LIVENESS_BUDGET);
    }

    /**
     * Measures the frames of one liveness check in parallel on {@code frameExecutor} (a managed executor in the
     * container); {@code livenessBudget} bounds the pixels the frames of one check may declare.
     */
    public FaceEngine(ModelRegistry models, ImageDecoder decoder, FacePolicy policy, LivenessPolicy livenessPolicy,
                      ChallengeIssuer issuer, FrameLedger ledger, Executor frameExecutor, PixelBudget livenessBudget) {
        if (policy.model() != models.embedder()) {
            throw new IllegalArgumentException("thresholds for " + policy.model() + " but the " + models.embedder()
                    + " embedder is loaded");
        }
        this.frameExecutor = frameExecutor;
        this.livenessBudget = livenessBudget;
        this.decoder = decoder;
        this.detector = new FaceDetector(models);
        this.analyzer = new FaceAnalyzer(policy);
        this.embedder = new FaceEmbedder(models);
        this.antiSpoof = new AntiSpoof(models);
        this.eyes = new EyeMeasurer(models);
        this.policy = policy;
        this.livenessPolicy = livenessPolicy;
        this.stateMachine = new LivenessStateMachine(livenessPolicy, models.embedder());
        this.issuer = issuer;
        this.ledger = ledger;
    }

    /**
     * Decodes, detects and (when usable) embeds the face; {@code spoofCheck} adds the passive score,
     * measured on any face found, usable or not, so an attack is named even when it is also a bad picture.
     */
    public EmbeddedFace embed(byte[] encoded, boolean checkPose, boolean spoofCheck) throws FaceImageException {
        BgrImage img = decoder.decode(encoded);
        FaceFinding finding = analyzer.choose(detector.detect(img), checkPose);
        double live = spoofCheck && finding.face() != null ? antiSpoof.liveProbability(img, finding.face()) : Double.NaN;
        if (!finding.usable()) {
            return new EmbeddedFace(finding, null, live);
        }
        return new EmbeddedFace(finding, embedder.embed(img, finding.face()), live);
    }

    /** The face of a document portrait, judged by the portrait's own limits ({@link FaceAnalyzer#choosePortrait}); no anti-spoof score. */
    public EmbeddedFace embedPortrait(byte[] documentPortrait) throws FaceImageException {
        BgrImage img = decoder.decode(documentPortrait);
        FaceFinding finding = analyzer.choosePortrait(detector.detect(img));
        return new EmbeddedFace(finding, finding.usable() ? embedder.embed(img, finding.face()) : null, Double.NaN);
    }

    /** The template of a document portrait's face, or the reason it cannot be used. */
    public PortraitTemplate portraitTemplate(byte[] documentPortrait) throws FaceImageException {
        EmbeddedFace doc = embedPortrait(documentPortrait);
        return doc.finding().usable() ? PortraitTemplate.of(new FaceTemplate(embedder.model().templateId(), doc.embedding()))
                : PortraitTemplate.unusable(doc.finding().problem());
    }

    /**
     * A document portrait's template against a live template (both of this engine's model).
     * @throws InvalidRequestException DOCUMENT_REQUIRED when the portrait was embedded by another model (the
     *                                 embedder was switched since the document was checked): the document must be read again
     */
    public FaceMatchResult match(FaceTemplate documentPortrait, FaceTemplate live) {
        if (!embedder.model().templateId().equals(documentPortrait.model())) {
            throw new InvalidRequestException(ReasonCode.DOCUMENT_REQUIRED, "document");
        }
        requireModel(live);
        double similarity = embedder.similarity(documentPortrait.vector(), live.vector());
        return judged(outcome(similarity), similarity, reasons(outcome(similarity)), live);
    }

    private void requireModel(FaceTemplate t) {
        if (!embedder.model().templateId().equals(t.model())) {
            throw new IllegalArgumentException("template from another model: " + t.model());
        }
    }

    /**
     * Document portrait against a live image (selfie); the portrait is judged by its own limits, the live
     * image by the selfie's and also gets the passive anti-spoof check.
     */
    public FaceMatchResult match(byte[] documentPortrait, byte[] liveImage) throws FaceImageException {
        EmbeddedFace doc = embedPortrait(documentPortrait);
        EmbeddedFace live = embed(liveImage, true, true);
        List<ReasonCode> spoof = new ArrayList<>();
        if (live.liveScore() < policy.spoofReject()) {
            spoof.add(ReasonCode.SPOOF_SUSPECTED);
        } else if (live.liveScore() < policy.spoofReview()) {
            spoof.add(ReasonCode.SPOOF_REVIEW);
        }
        if (!live.finding().usable()) {
            List<ReasonCode> reasons = new ArrayList<>(List.of(live.finding().problem()));
            reasons.addAll(spoof);
            return judged(MatchOutcome.NO_MATCH, Double.NaN, reasons, null);
        }
        FaceTemplate template = new FaceTemplate(embedder.model().templateId(), live.embedding());
        FaceMatchResult result = compare(doc, template);
        if (spoof.isEmpty()) {
            return result;
        }
        List<ReasonCode> reasons = new ArrayList<>(result.reasons());
        reasons.addAll(spoof);
        MatchOutcome outcome = spoof.contains(ReasonCode.SPOOF_SUSPECTED) ? MatchOutcome.NO_MATCH
                : result.outcome() == MatchOutcome.MATCH ? MatchOutcome.REVIEW : result.outcome();
        return judged(outcome, result.similarity(), reasons, template);
    }

    /** Document portrait against the template of a passed liveness check. */
    public FaceMatchResult match(byte[] documentPortrait, FaceTemplate live) throws FaceImageException {
        requireModel(live);
        return compare(embedPortrait(documentPortrait), live);
    }

    private FaceMatchResult compare(EmbeddedFace doc, FaceTemplate live) {
        if (!doc.finding().usable()) {
            return judged(MatchOutcome.NO_MATCH, Double.NaN, List.of(doc.finding().problem()), live);
        }
        double similarity = embedder.similarity(doc.embedding(), live.vector());
        return judged(outcome(similarity), similarity, reasons(outcome(similarity)), live);
    }

    /**
     * #19 A result with the thresholds this engine's policy applied to it, kept with the case as the evidence the
     * outcome was judged by (docs/face-engine.md); none (NaN) when no two faces were compared.
     */
    private FaceMatchResult judged(MatchOutcome outcome, double similarity, List<ReasonCode> reasons, FaceTemplate live) {
        return Double.isFinite(similarity)
                ? new FaceMatchResult(outcome, similarity, reasons, live, policy.matchThreshold(), policy.reviewThreshold())
                : new FaceMatchResult(outcome, similarity, reasons, live);
    }

    /** The band a similarity (the embedder's measure) falls in under this engine's policy. */
    public MatchOutcome outcome(double similarity) {
        if (similarity >= policy.matchThreshold()) {
            return MatchOutcome.MATCH;
        }
        return similarity >= policy.reviewThreshold() ? MatchOutcome.REVIEW : MatchOutcome.NO_MATCH;
    }

    private static List<ReasonCode> reasons(MatchOutcome outcome) {
        return switch (outcome) {
            case MATCH -> List.of();
            case REVIEW -> List.of(ReasonCode.FACE_MATCH_REVIEW);
            case NO_MATCH -> List.of(ReasonCode.FACE_NO_MATCH);
        };
    }

    public LivenessChallenge issueChallenge() {
        return issuer.issue();
    }

    /**
     * Redeems the nonce, measures every frame and applies the liveness rules and the passive anti-spoof check.
     *
     * @throws FaceImageException FACE_IMAGE_TOO_LARGE when the frames' headers declare more pixels than the
     *                            liveness budget takes, one frame or all together: refused before any frame is
     *                            decoded and before the nonce is redeemed (smaller frames may follow)
     */
    public LivenessResult verifyLiveness(String nonce, List<LiveFrame> frames) throws FaceImageException {
        Optional<String> over = livenessBudget.exceeded(frames.stream().map(LiveFrame::image).toList());
        if (over.isPresent()) {
            throw new FaceImageException(ReasonCode.FACE_IMAGE_TOO_LARGE, over.get());
        }
        ChallengeIssuer.Redemption redemption = issuer.redeem(nonce);
        if (redemption.problem() != null) {
            return failed(redemption.problem());
        }
        if (frames.size() < livenessPolicy.minFrames() || frames.size() > livenessPolicy.maxFrames()) {
            return failed(ReasonCode.LIVENESS_FRAME_COUNT);
        }
        List<CompletableFuture<FrameMeasurement>> pending = new ArrayList<>(frames.size());
        for (LiveFrame frame : frames) {
            pending.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return measure(frame);
                } catch (FaceImageException e) {
                    throw new CompletionException(e);
                }
            }, frameExecutor));
        }
        List<FrameMeasurement> measured = new ArrayList<>(frames.size());
        for (CompletableFuture<FrameMeasurement> f : pending) {
            try {
                measured.add(f.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof FaceImageException bad) {
                    return failed(bad.reason());
                }
                throw e;
            }
        }
        LivenessVerdict verdict = stateMachine.evaluate(redemption.challenge(), issuer.now(), measured, ledger);
        if (!verdict.passed()) {
            return new LivenessResult(LivenessResult.Outcome.FAILED, verdict.reasons(), Double.NaN, verdict.bestFrame(), null);
        }
        double live = median(measured.stream().mapToDouble(FrameMeasurement::liveScore).toArray());
        FaceTemplate template = new FaceTemplate(embedder.model().templateId(), measured.get(verdict.bestFrame()).embedding());
        if (live < policy.spoofReject()) {
            return new LivenessResult(LivenessResult.Outcome.FAILED, List.of(ReasonCode.SPOOF_SUSPECTED), live, verdict.bestFrame(), null);
        }
        if (live < policy.spoofReview()) {
            return new LivenessResult(LivenessResult.Outcome.REVIEW, List.of(ReasonCode.SPOOF_REVIEW), live, verdict.bestFrame(), template);
        }
        return new LivenessResult(LivenessResult.Outcome.PASSED, List.of(), live, verdict.bestFrame(), template);
    }

    /** The models' measurements of one frame. */
    public FrameMeasurement measure(LiveFrame frame) throws FaceImageException {
        String hash = sha256(frame.image());
        BgrImage img = decoder.decode(frame.image());
        FaceFinding finding = analyzer.choose(detector.detect(img), false);
        if (!finding.usable()) {
            return FrameMeasurement.unusable(frame.capturedAtMillis(), hash, finding.faceCount(), finding.problem());
        }
        Detection face = finding.face();
        EyeMeasurer.EyeState eye = eyes.measure(img, face);
        return new FrameMeasurement(frame.capturedAtMillis(), hash, 1, face.yawDegrees(), eye.eyeAspectRatio(),
                eye.closedProbability(), antiSpoof.liveProbability(img, face), embedder.embed(img, face));
    }

    private static LivenessResult failed(ReasonCode reason) {
        return new LivenessResult(LivenessResult.Outcome.FAILED, List.of(reason), Double.NaN, -1, null);
    }

    static double median(double[] values) {
        double[] v = java.util.Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

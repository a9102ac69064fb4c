package org.ekyc.hub.verification.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.ekyc.hub.verification.api.face.FaceMatchResult;
import org.ekyc.hub.verification.api.face.FaceTemplate;
import org.ekyc.hub.verification.api.face.MatchOutcome;
import org.ekyc.hub.verification.face.liveness.ChallengeIssuer;
import org.ekyc.hub.verification.face.liveness.InMemoryFrameLedger;
import org.ekyc.hub.verification.face.liveness.LivenessPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dlib embedder chosen by configuration, on the tuning images of ../shared/testdata/faces. */
class DlibFallbackTest {

    private static ModelRegistry dlib;
    private static FaceEngine engine;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        dlib = ModelRegistry.load(FaceTestData.models().directory(), EmbeddingModel.DLIB);
        engine = engine(dlib, FacePolicy.calibrated(EmbeddingModel.DLIB));
    }

    @AfterAll
    static void close() {
        dlib.close();
    }

    private static FaceEngine engine(ModelRegistry models, FacePolicy policy) {
        return new FaceEngine(models, ImageDecoder.defaults(), policy, LivenessPolicy.defaults(),
                new ChallengeIssuer(new SecureRandom(), Clock.systemUTC(), Duration.ofSeconds(60), 100), new InMemoryFrameLedger(1000));
    }

    @Test
    void configurationChoosesTheEmbedderAndRefusesAnUnknownOne() {
        assertThat(EmbeddingModel.configured(null, Map.of())).isEqualTo(EmbeddingModel.FR_FEATURE);
        assertThat(EmbeddingModel.configured(null, Map.of(EmbeddingModel.ENVIRONMENT, "dlib"))).isEqualTo(EmbeddingModel.DLIB);
        assertThat(EmbeddingModel.configured(" DLIB ", Map.of())).isEqualTo(EmbeddingModel.DLIB);
        assertThat(EmbeddingModel.configured("fr_feature", Map.of(EmbeddingModel.ENVIRONMENT, "dlib")))
                .isEqualTo(EmbeddingModel.FR_FEATURE);
        assertThatThrownBy(() -> EmbeddingModel.configured("sface", Map.of()))
                .isInstanceOf(ModelException.class).hasMessageContaining("sface").hasMessageContaining(EmbeddingModel.PROPERTY);
    }

    @Test
    void onlyTheChosenEmbedderIsCheckedAndLoaded() {
        assertThat(dlib.embedder()).isEqualTo(EmbeddingModel.DLIB);
        assertThat(dlib.session(ModelRegistry.Model.DLIB_EMBEDDING)).isNotNull();
        assertThatThrownBy(() -> dlib.session(ModelRegistry.Model.EMBEDDING)).isInstanceOf(ModelException.class);
        assertThat(ModelRegistry.required(EmbeddingModel.FR_FEATURE)).doesNotContain(ModelRegistry.Model.DLIB_EMBEDDING);
    }

    @Test
    void aDlibFileWithAnotherHashStopsTheStart() throws Exception {
        Path shared = FaceTestData.models().directory();
        for (ModelRegistry.Model m : ModelRegistry.required(EmbeddingModel.DLIB)) {
            if (m != ModelRegistry.Model.DLIB_EMBEDDING) {
                Files.createSymbolicLink(tmp.resolve(m.file()), shared.resolve(m.file()).toAbsolutePath());
            }
        }
        Path fake = tmp.resolve(ModelRegistry.Model.DLIB_EMBEDDING.file());
        Files.write(fake, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> ModelRegistry.load(tmp, EmbeddingModel.DLIB))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining(fake.toAbsolutePath().toString())
                .hasMessageContaining("4c24941a5c370ca99cd3bb6272108f1e853ff0f00742be31b492b2a25391ddf2");
        // fr_feature does not need the dlib file, so the same directory without it fails only on fr_feature
        Files.delete(fake);
        assertThatThrownBy(() -> ModelRegistry.load(tmp, EmbeddingModel.FR_FEATURE))
                .isInstanceOf(ModelException.class).hasMessageContaining("faceplugin_fr_feature.onnx");
    }

    @Test
    void thresholdsBelongToTheLoadedEmbedder() {
        assertThatThrownBy(() -> engine(dlib, FacePolicy.calibrated(EmbeddingModel.FR_FEATURE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DLIB");
    }

    @Test
    void samePersonMatchesOthersDoNotEvenTheHardestLookAlikes() throws Exception {
        FaceMatchResult same = engine.match(FaceTestData.image("london/003_03.jpg"), FaceTestData.image("london/003_08.jpg"));
        assertThat(same.outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(same.liveTemplate().model()).isEqualTo("dlib_resnet_v1/chip150");
        assertThat(same.liveTemplate().vector()).hasSize(128);
        FaceMatchResult other = engine.match(FaceTestData.image("london/001_03.jpg"), FaceTestData.image("london/005_08.jpg"));
        assertThat(other.outcome()).isEqualTo(MatchOutcome.NO_MATCH);
        FaceMatchResult hardest = engine.match(FaceTestData.image("london/062_03.jpg"), FaceTestData.image("london/126_03.jpg"));
        assertThat(hardest.outcome()).isNotEqualTo(MatchOutcome.MATCH);
    }

    @Test
    void aTemplateOfTheOtherModelIsNeverCompared() throws Exception {
        FaceTemplate frFeature = new FaceTemplate(EmbeddingModel.FR_FEATURE.templateId(), new float[512]);
        assertThatThrownBy(() -> engine.match(FaceTestData.image("london/003_03.jpg"), frFeature))
                .isInstanceOf(IllegalArgumentException.class);
        FaceMatchResult selfie = engine.match(FaceTestData.image("cc0_zoom/45cm.jpg"), FaceTestData.image("cc0_zoom/30cm.jpg"));
        assertThat(engine.match(FaceTestData.image("cc0_zoom/60cm.jpg"), selfie.liveTemplate()).outcome())
                .isEqualTo(MatchOutcome.MATCH);
    }

    @Test
    void livenessFramesAreComparedInDlibsMeasure() throws Exception {
        java.util.List<org.ekyc.hub.verification.api.face.LiveFrame> frames = new java.util.ArrayList<>();
        String[] people = {"london/004_08.jpg", "london/004_08.jpg", "london/004_08.jpg", "london/007_08.jpg", "london/007_08.jpg", "london/007_08.jpg"};
        for (int i = 0; i < people.length; i++) {
            java.awt.image.BufferedImage src = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(FaceTestData.image(people[i])));
            int w = 640 - 24 * i;
            java.awt.image.BufferedImage b = new java.awt.image.BufferedImage(w, w, java.awt.image.BufferedImage.TYPE_3BYTE_BGR);
            java.awt.Graphics2D g = b.createGraphics();
            g.drawImage(src, 0, 0, w, w, null);
            g.dispose();
            frames.add(new org.ekyc.hub.verification.api.face.LiveFrame(ImageDecoderTest.encode(b, "jpeg"), 150L * i));
        }
        assertThat(engine.verifyLiveness(engine.issueChallenge().nonce(), frames).reasons())
                .containsExactly(org.ekyc.hub.verification.api.ReasonCode.LIVENESS_FACE_CHANGED);
    }

    @Test
    void similarityIsOneMinusTheEuclideanDistance() {
        assertThat(EmbeddingModel.DLIB.similarity(new float[] {0, 0}, new float[] {0.3f, 0.4f})).isCloseTo(0.5,
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(EmbeddingModel.FR_FEATURE.similarity(new float[] {1, 0}, new float[] {0, 3})).isCloseTo(0,
                org.assertj.core.data.Offset.offset(1e-9));
    }
}

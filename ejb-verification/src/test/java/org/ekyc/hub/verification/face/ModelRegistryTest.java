package org.ekyc.hub.verification.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRegistryTest {

    @TempDir
    Path tmp;

    @Test
    void loadsEveryModelTheConfigurationNeedsFromTheSharedDirectory() {
        ModelRegistry models = FaceTestData.models();
        for (ModelRegistry.Model m : ModelRegistry.required(models.embedder())) {
            assertThat(models.session(m)).as(m.file()).isNotNull();
        }
    }

    @Test
    void aMissingModelStopsTheStartWithItsNameAndWhereItWasLookedFor() {
        assertThatThrownBy(() -> ModelRegistry.load(tmp))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("face_detection_yunet_2023mar.onnx")
                .hasMessageContaining(tmp.toAbsolutePath().toString());
    }

    @Test
    void aModelWithAnotherHashStopsTheStart() throws Exception {
        Path fake = tmp.resolve("face_detection_yunet_2023mar.onnx");
        Files.write(fake, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> ModelRegistry.load(tmp))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining(fake.toAbsolutePath().toString())
                .hasMessageContaining("8f2383e4dd3cfbb4553ea8718107fc0423210dc964f9f4280604804ed2552fa4");
    }

    @Test
    void directoryFromPropertyThenEnvironmentThenASiblingSharedModelsOfAnAncestor() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("work/repo/module"));
        Path shared = Files.createDirectories(tmp.resolve("work/shared/models"));
        assertThat(ModelDirectory.resolve(null, Map.of(), repo)).isEqualTo(shared);
        assertThat(ModelDirectory.resolve(null, Map.of(), repo.getParent())).isEqualTo(shared);
        Path other = Files.createDirectories(tmp.resolve("elsewhere"));
        assertThat(ModelDirectory.resolve(null, Map.of(ModelDirectory.ENVIRONMENT, other.toString()), repo)).isEqualTo(other);
        assertThat(ModelDirectory.resolve(other.toString(), Map.of(ModelDirectory.ENVIRONMENT, "/nope"), repo)).isEqualTo(other);
        assertThatThrownBy(() -> ModelDirectory.resolve("/no/such/dir", Map.of(), repo))
                .isInstanceOf(ModelException.class).hasMessageContaining("/no/such/dir");
    }

    @Test
    void noDirectoryAnywhereSaysWhereItLooked() throws Exception {
        Path lonely = Files.createDirectories(tmp.resolve("a/b"));
        // an unrelated tmp tree has no shared/models on its way up (unless the machine has one at /shared)
        if (!Files.isDirectory(Path.of("/shared/models"))) {
            assertThatThrownBy(() -> ModelDirectory.resolve(null, Map.of(), lonely))
                    .isInstanceOf(ModelException.class)
                    .hasMessageContaining(ModelDirectory.PROPERTY)
                    .hasMessageContaining(tmp.resolve("shared/models").toString());
        }
    }
}

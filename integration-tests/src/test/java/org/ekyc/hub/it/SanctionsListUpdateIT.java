package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sanctions list updates through the file drop: a complete set in official formats becomes the new
 * version (and says so in a .loaded file); a set with one malformed line is refused whole, names the
 * file and line in a .rejected file, and the version in service does not change.
 */
class SanctionsListUpdateIT extends HubDeployments {

    private static Path incoming() throws Exception {
        Path dir = Path.of(jbossHome(), "standalone", "data", "kyc", "sanctions", "incoming");
        Files.createDirectories(dir);
        return dir;
    }

    private static Path stage(String name) throws Exception {
        Path set = incoming().resolve(name);
        Files.createDirectories(set);
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("it.sanctions.dir")))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".xml")).toList()) {
                Files.copy(f, set.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return set;
    }

    private static Path await(Path file) throws Exception {
        for (int i = 0; i < 240 && !Files.exists(file); i++) {
            Thread.sleep(500);
        }
        return file;
    }

    private static String versionInService() throws Exception {
        return json(postJson("/kyc/api/v1/screening", "{\"names\":[\"Olivia Whitfield\"]}", null)).get("listVersion").asText();
    }

    @Test
    void aCompleteSetBecomesTheNewVersion() throws Exception {
        String before = versionInService();
        String name = "upd-" + UUID.randomUUID().toString().substring(0, 8);
        stage(name);
        Files.writeString(incoming().resolve(name + ".ready"), "");

        Path loaded = await(incoming().resolve(name + ".loaded"));
        assertThat(loaded).exists();
        String version = Files.readString(loaded).lines().filter(l -> l.startsWith("version=")).findFirst()
                .orElseThrow().substring("version=".length());
        assertThat(version).isNotEqualTo(before);
        assertThat(versionInService()).isEqualTo(version);
    }

    @Test
    void aSetWithOneMalformedLineIsRefusedWholeAndTheOldVersionStays() throws Exception {
        String before = versionInService();
        String name = "bad-" + UUID.randomUUID().toString().substring(0, 8);
        Path set = stage(name);
        Files.writeString(set.resolve("sdn.csv"), "36,\"AEROCARIBBEAN AIRLINES\",-0-,\"CUBA\",-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-\n"
                + "abc,\"NOT A NUMBER\",\"individual\",-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-\n");
        Files.writeString(incoming().resolve(name + ".ready"), "");

        Path rejected = await(incoming().resolve(name + ".rejected"));
        assertThat(rejected).exists();
        String text = Files.readString(rejected);
        assertThat(text).contains("file=").contains("sdn.csv").contains("location=line 2").contains("ent_num is not a number");
        assertThat(versionInService()).isEqualTo(before);
        assertThat(incoming().resolve(name + ".loaded")).doesNotExist();
    }
}

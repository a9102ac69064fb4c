package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Production mode on the real server: with {@code kyc.mode=production} (the system property behind
 * {@code KYC_MODE}) and the development secrets this build provisions, the hub refuses to start and says
 * which setting to change; back in development mode it starts again. Driven through the server's own
 * management CLI (the deployment is replaced, then restored for the next test class).
 */
class ProductionModeIT extends HubDeployments {

    private static String cli(String... commands) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(jbossHome(), "bin", "jboss-cli.sh").toString(), "--connect",
                "--commands=" + String.join(",", commands)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("the CLI finished").isTrue();
        return out;
    }

    @Test
    void withADevelopmentSecretTheHubRefusesToStartNamingTheSetting() throws Exception {
        String ear = new File(System.getProperty("it.hub.ear")).getAbsolutePath();
        Path log = Path.of(jbossHome(), "standalone", "log", "server.log");
        long logBefore = Files.size(log);
        try {
            cli("/system-property=kyc.mode:add(value=production)");
            String out = cli("deploy --force " + ear);
            String logged = Files.readString(log, StandardCharsets.UTF_8).substring((int) Math.min(logBefore, Files.size(log)));
            String said = out + "\n" + logged;
            assertThat(said).as("the start is refused and the setting named").contains("KYC_MODE=production refuses")
                    .containsPattern("set KYC_[A-Z_]+");
            assertThat(get(null, "/kyc/api/v1/health/live").statusCode()).as("no hub answers").isNotEqualTo(200);
        } finally {
            cli("/system-property=kyc.mode:remove");
            cli("deploy --force " + ear);
        }
        assertThat(get(null, "/kyc/api/v1/health/live").statusCode()).as("development mode starts again").isEqualTo(200);
    }
}

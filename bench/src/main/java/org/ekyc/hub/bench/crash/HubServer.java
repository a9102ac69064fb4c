package org.ekyc.hub.bench.crash;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A private copy of the provisioned WildFly with the hub EAR and the simulators WAR in its
 * deployment scanner directory (deployed at every boot, nothing kept in the read-only
 * configuration), started and killed by the crash test. Its embedded H2 file and PII key stay the
 * same across restarts.
 */
final class HubServer {

    private static final String READY = "http://localhost:8080/kyc/api/v1/health/ready";

    private final Path home;
    private final Map<String, String> env;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process shell;
    private ProcessHandle jvm;

    private HubServer(Path home, Map<String, String> env) {
        this.home = home;
        this.env = env;
    }

    /** Copies {@code provisioned} to {@code home} (replacing an earlier copy) and drops the two deployments in. */
    static HubServer prepare(Path provisioned, Path home, Path ear, Path war, Map<String, String> env)
            throws IOException, InterruptedException {
        if (Files.exists(home)) {
            run("rm", "-rf", home.toString());
        }
        Files.createDirectories(home.getParent());
        run("cp", "-a", provisioned.toString(), home.toString());
        Path deployments = home.resolve("standalone/deployments");
        Files.copy(ear, deployments.resolve(ear.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(war, deployments.resolve(war.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        return new HubServer(home, env);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        int rc = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (rc != 0) {
            throw new IOException(String.join(" ", command) + " exited with " + rc);
        }
    }

    Path home() {
        return home;
    }

    Path dataDir() {
        return home.resolve("standalone/data");
    }

    /** The H2 jar of the server's own module: the database file is opened with the version that wrote it. */
    Path h2Jar() throws IOException {
        try (Stream<Path> jars = Files.list(home.resolve("modules/system/layers/base/com/h2database/h2/main"))) {
            return jars.filter(p -> p.getFileName().toString().endsWith(".jar")).findFirst()
                    .orElseThrow(() -> new IOException("no H2 module jar in " + home));
        }
    }

    /** Starts WildFly; markers of the previous life are removed so that the scanner deploys both files anew. */
    void start() throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("standalone/deployments"))) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String n = p.getFileName().toString();
                if (n.endsWith(".deployed") || n.endsWith(".failed") || n.endsWith(".isdeploying")
                        || n.endsWith(".pending") || n.endsWith(".undeployed")) {
                    Files.delete(p);
                }
            }
        }
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
                "--read-only-server-config=standalone-full.xml");
        pb.environment().putAll(env);
        pb.environment().put("JBOSS_HOME", home.toString());
        File log = home.resolve("crash-test-console.log").toFile();
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        shell = pb.start();
        jvm = null;
    }

    /** Waits until the hub answers ready (200), at most {@code timeout}. */
    void awaitReady(Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!shell.isAlive()) {
                throw new IllegalStateException("WildFly exited during start; see " + home.resolve("standalone/log/server.log"));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(READY)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("hub not ready within " + timeout);
    }

    /** The WildFly JVM itself (the child of standalone.sh), not the shell. */
    private ProcessHandle jvm() {
        if (jvm == null) {
            jvm = shell.toHandle().descendants()
                    .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no java process under standalone.sh"));
        }
        return jvm;
    }

    long pid() {
        return jvm().pid();
    }

    /** {@code kill -9} of the WildFly JVM; returns when it and its shell are gone. */
    void kill() throws Exception {
        ProcessHandle j = jvm();
        run("kill", "-9", Long.toString(j.pid()));
        j.onExit().get();
        shell.waitFor();
    }

    /** A clean shutdown (SIGTERM to the JVM: WildFly's own shutdown hook), then waits for the exit. */
    void stop() throws Exception {
        if (shell == null || !shell.isAlive()) {
            return;
        }
        ProcessHandle j = jvm();
        run("kill", "-TERM", Long.toString(j.pid()));
        j.onExit().get(120, java.util.concurrent.TimeUnit.SECONDS);
        shell.waitFor();
    }

    /** Last resort when the driver itself fails: nothing it started may outlive it. */
    void forceStop() {
        if (shell != null) {
            shell.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            shell.destroyForcibly();
        }
    }
}

package org.ekyc.hub.routes.peer.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scheduled list fetch against a local HTTP server standing in for the publisher. */
class ListFetcherTest {

    private HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Integer> status = new ConcurrentHashMap<>();

    @TempDir
    Path updates;

    @BeforeEach
    void publisher() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/lists/", x -> {
            String name = x.getRequestURI().getPath().substring("/lists/".length());
            byte[] body = files.get(name);
            int code = status.getOrDefault(name, body == null ? 404 : 200);
            x.sendResponseHeaders(code, code == 200 ? body.length : -1);
            if (code == 200) {
                x.getResponseBody().write(body);
            }
            x.close();
        });
        server.start();
        files.put("sdn.csv", "36,\"SYNTHETIC, Entry\",\"individual\"\n".getBytes(StandardCharsets.UTF_8));
        files.put("UN_consolidated.xml", "<CONSOLIDATED_LIST/>".getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private List<URI> addresses() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/lists/";
        return ListFetcher.addresses(base + "sdn.csv, " + base + "UN_consolidated.xml");
    }

    private static ListFetcher fetcher(String at) {
        return new ListFetcher(Duration.ofSeconds(5), 1_000_000, Clock.fixed(Instant.parse(at), ZoneOffset.UTC));
    }

    @Test
    void aChangedSetIsPublishedWholeThenMarkedReady() throws Exception {
        assertThat(fetcher("2026-11-23T06:00:00Z").fetch(addresses(), updates)).contains("fetched-20261123T060000");
        Path set = updates.resolve("fetched-20261123T060000");
        assertThat(Files.readAllBytes(set.resolve("sdn.csv"))).isEqualTo(files.get("sdn.csv"));
        assertThat(set.resolve("UN_consolidated.xml")).exists();
        assertThat(updates.resolve("fetched-20261123T060000.ready")).exists();
        try (var left = Files.list(updates)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".fetching-"));
        }
    }

    @Test
    void anUnchangedSetIsNotLoadedAgainButAChangedOneIs() throws Exception {
        assertThat(fetcher("2026-11-23T06:00:00Z").fetch(addresses(), updates)).isPresent();
        assertThat(fetcher("2026-11-23T12:00:00Z").fetch(addresses(), updates)).isEmpty();
        assertThat(updates.resolve("fetched-20261123T120000")).doesNotExist();
        files.put("sdn.csv", "37,\"SYNTHETIC, Other\",\"individual\"\n".getBytes(StandardCharsets.UTF_8));
        assertThat(fetcher("2026-11-23T18:00:00Z").fetch(addresses(), updates)).contains("fetched-20261123T180000");
    }

    @Test
    void aFailedDownloadLeavesNothingBehind() throws Exception {
        status.put("UN_consolidated.xml", 503);
        assertThatThrownBy(() -> fetcher("2026-11-23T06:00:00Z").fetch(addresses(), updates))
                .isInstanceOf(ListFetcher.FetchException.class).hasMessageContaining("HTTP 503");
        try (var left = Files.list(updates)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void anOversizedFileIsRefused() {
        files.put("sdn.csv", new byte[2_000_000]);
        assertThatThrownBy(() -> fetcher("2026-11-23T06:00:00Z").fetch(addresses(), updates))
                .isInstanceOf(ListFetcher.FetchException.class).hasMessageContaining("larger than");
    }

    @Test
    void anAddressWithoutAFileNameIsAConfigurationError() {
        assertThatThrownBy(() -> ListFetcher.addresses("http://127.0.0.1/lists/")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ListFetcher.addresses(" ")).isEmpty();
    }

    @Test
    void theTimerRouteFetchesIntoTheUpdatesDirectory() throws Exception {
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/lists/";
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            Properties p = new Properties();
            p.setProperty("kyc.sanctions.updates-dir", updates.toString());
            p.setProperty("kyc.sanctions.poll-delay-ms", "3600000");
            p.setProperty("kyc.sanctions.fetch.urls", base + "sdn.csv," + base + "UN_consolidated.xml");
            p.setProperty("kyc.sanctions.fetch.first-delay-ms", "10");
            p.setProperty("kyc.sanctions.fetch.period-ms", "3600000");
            p.setProperty("kyc.sanctions.fetch.timeout-ms", "5000");
            p.setProperty("kyc.sanctions.fetch.max-bytes", "1000000");
            p.setProperty("kyc.sanctions.follow-interval-ms", "3600000");
            camel.getPropertiesComponent().setInitialProperties(p);
            camel.addRoutes(new SanctionsListRoutes());
            camel.start();
            // the loader would consume the marker (and needs the engine): only the fetch is under test
            camel.getRouteController().stopRoute("sanctions-list-update");
            long until = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < until && !Files.exists(updates.resolve(ListFetcher.STATE))) {
                Thread.sleep(50);
            }
            try (var left = Files.list(updates)) {
                assertThat(left.map(x -> x.getFileName().toString())).anyMatch(n -> n.matches("fetched-\\d{8}T\\d{6}\\.ready"));
            }
        }
    }
}

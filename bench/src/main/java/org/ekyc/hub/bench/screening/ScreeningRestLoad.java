package org.ekyc.hub.bench.screening;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.ekyc.hub.bench.peers.PartnerToken;
import org.ekyc.hub.verification.screening.ListSnapshot;

/**
 * Load driver: screening over the running hub's REST channel ({@code POST /kyc/api/v1/screening}, as the
 * development realm's partner {@code bank-app}) from {@code clients} concurrent clients for {@code seconds}
 * after a warm-up, each sending one name of the screening workload at a time (listed people's variants and
 * clean names, the mix of {@link ScreeningWorkload}); reports queries per second and latency percentiles
 * measured at the client. Arguments: {@code [clients] [seconds] [warm-up seconds]}, default {@code 8 60 15};
 * {@code -Dbench.hub=http://localhost:8080}. Start the hub first ({@code ./mvnw -Prun install -DskipTests}).
 */
public final class ScreeningRestLoad {

    private static final String BASE = System.getProperty("bench.hub", "http://localhost:8080");

    private ScreeningRestLoad() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        ListSnapshot lists = ScreeningWorkload.fullLists();
        List<String> names = new ArrayList<>();
        ScreeningWorkload.variants(lists, 400, 11).forEach(q -> names.add(q.name()));
        ScreeningWorkload.cleanNames(lists, 1200, 11).forEach(q -> names.add(q.name()));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        System.out.printf("screening over REST at %s: %d clients, %d s after %d s warm-up, %d names%n", BASE, clients,
                seconds, warmup, names.size());
        run(http, names, clients, warmup);
        Result r = run(http, names, clients, seconds);
        long[] ms = r.latenciesMicros;
        Arrays.sort(ms);
        System.out.printf("queries %d in %.1f s = %.0f queries/s; errors %d; latency ms p50 %.1f p95 %.1f p99 %.1f max %.1f%n",
                ms.length, r.seconds, ms.length / r.seconds, r.errors, pct(ms, 50), pct(ms, 95), pct(ms, 99),
                ms.length == 0 ? 0 : ms[ms.length - 1] / 1000.0);
    }

    private record Result(long[] latenciesMicros, double seconds, int errors) {
    }

    private static Result run(HttpClient http, List<String> names, int clients, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c * 97;
            futures.add(pool.submit(() -> {
                List<Long> lat = new ArrayList<>();
                for (int i = offset; System.nanoTime() < end; i++) {
                    String name = names.get(i % names.size()).replace("\\", "\\\\").replace("\"", "\\\"");
                    HttpRequest req = HttpRequest.newBuilder(URI.create(BASE + "/kyc/api/v1/screening"))
                            .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                            .header("Authorization", PartnerToken.bearer())
                            .POST(HttpRequest.BodyPublishers.ofString("{\"names\":[\"" + name + "\"]}", StandardCharsets.UTF_8))
                            .build();
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                    long t1 = System.nanoTime();
                    if (r.statusCode() != 200) {
                        errors.incrementAndGet();
                    } else {
                        lat.add((t1 - t0) / 1000);
                    }
                }
                return lat;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        double took = (System.nanoTime() - start) / 1e9;
        return new Result(all.stream().mapToLong(Long::longValue).toArray(), took, errors.get());
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1000.0;
    }
}

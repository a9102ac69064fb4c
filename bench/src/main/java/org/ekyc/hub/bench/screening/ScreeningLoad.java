package org.ekyc.hub.bench.screening;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.ekyc.hub.verification.api.screening.ScreeningRequest;
import org.ekyc.hub.verification.screening.ListSnapshot;
import org.ekyc.hub.verification.screening.Screener;

/**
 * Load driver on one thread: wall-clock and thread-CPU latency per query (p50, p99) and queries
 * per second of thread CPU time, which is what one core delivers even when the machine is shared and the wall
 * clock is not. Same query mix as {@link ScreeningBenchmark}. Arguments: {@code [rounds=5]}.
 */
public final class ScreeningLoad {

    private ScreeningLoad() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        ListSnapshot lists = ScreeningWorkload.fullLists();
        Screener screener = new Screener();
        List<ScreeningRequest> mix = new ArrayList<>();
        List<ScreeningWorkload.Query> variants = ScreeningWorkload.variants(lists, 700, 7);
        variants.forEach(q -> mix.add(ScreeningRequest.ofName(q.name())));
        ScreeningWorkload.cleanNames(lists, variants.size(), 7).forEach(q -> mix.add(ScreeningRequest.ofName(q.name())));
        Collections.shuffle(mix, new Random(7));
        for (int warm = 0; warm < 2; warm++) {
            mix.forEach(q -> screener.screen(lists, q));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] latencies = new long[mix.size() * rounds];
        long[] cpuTimes = new long[latencies.length];
        int n = 0;
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (ScreeningRequest q : mix) {
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                screener.screen(lists, q);
                latencies[n] = System.nanoTime() - t;
                cpuTimes[n++] = threads.getCurrentThreadCpuTime() - c;
            }
        }
        long wall = System.nanoTime() - wallStart;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        Arrays.sort(latencies);
        Arrays.sort(cpuTimes);
        System.out.printf(Locale.ROOT, "lists %s, %d name forms; %d queries (%d distinct) on one thread%n",
                lists.countsByList(), lists.indexedForms(), n, mix.size());
        System.out.printf(Locale.ROOT, "queries/s of thread CPU time (one core): %.0f%n", n / (cpu / 1e9));
        System.out.printf(Locale.ROOT, "queries/s of wall time: %.0f%n", n / (wall / 1e9));
        System.out.printf(Locale.ROOT, "latency (wall) p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms%n",
                pct(latencies, 0.50), pct(latencies, 0.90), pct(latencies, 0.99), pct(latencies, 0.999),
                latencies[n - 1] / 1e6);
        // on a shared machine the wall clock includes waiting for a core; thread CPU time does not
        System.out.printf(Locale.ROOT, "latency (thread CPU) p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms%n",
                pct(cpuTimes, 0.50), pct(cpuTimes, 0.90), pct(cpuTimes, 0.99), pct(cpuTimes, 0.999),
                cpuTimes[n - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}

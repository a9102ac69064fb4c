package org.ekyc.hub.bench.screening;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ekyc.hub.verification.api.screening.ScreeningRequest;
import org.ekyc.hub.verification.api.screening.ScreeningResult;
import org.ekyc.hub.verification.screening.ListSnapshot;
import org.ekyc.hub.verification.screening.Screener;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One screening query against the full OFAC SDN + Consolidated + UN lists, on one thread (one
 * core): throughput and the latency distribution (SampleTime gives p99). The query mix is the
 * evaluation's: variants of real entries (order swaps, typos, missing parts, Korean romanization,
 * original script) and synthetic clean names, shuffled, in equal numbers.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Threads(1)
public class ScreeningBenchmark {

    private ListSnapshot lists;
    private Screener screener;
    private ScreeningRequest[] queries;
    private int next;

    @Setup
    public void setUp() throws Exception {
        lists = ScreeningWorkload.fullLists();
        screener = new Screener();
        List<ScreeningRequest> mix = new ArrayList<>();
        List<ScreeningWorkload.Query> variants = ScreeningWorkload.variants(lists, 700, 7);
        variants.forEach(q -> mix.add(ScreeningRequest.ofName(q.name())));
        ScreeningWorkload.cleanNames(lists, variants.size(), 7).forEach(q -> mix.add(ScreeningRequest.ofName(q.name())));
        Collections.shuffle(mix, new Random(7));
        queries = mix.toArray(ScreeningRequest[]::new);
    }

    @Benchmark
    public ScreeningResult screen() {
        ScreeningRequest request = queries[next];
        next = next + 1 == queries.length ? 0 : next + 1;
        return screener.screen(lists, request);
    }
}

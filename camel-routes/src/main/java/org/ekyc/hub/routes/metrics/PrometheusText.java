package org.ekyc.hub.routes.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Measurement;
import io.micrometer.core.instrument.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A registry's meters in Prometheus' text exposition format (version 0.0.4), the way Micrometer's
 * Prometheus registry names them: dots become underscores, a counter ends in {@code _total}, a timer is a
 * summary in seconds ({@code _seconds_count}, {@code _seconds_sum}) with its {@code _seconds_max} gauge.
 * Written here rather than taken from {@code micrometer-registry-prometheus}, which is not in the build's
 * repository (WildFly ships it as a module, used when its micrometer subsystem exports to Prometheus).
 */
public final class PrometheusText {

    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private PrometheusText() {
    }

    /** The exposition of {@code registry}'s meters, sorted by name and labels. */
    public static String render(MeterRegistry registry) {
        Map<String, List<String>> samples = new TreeMap<>();
        Map<String, String> types = new TreeMap<>();
        Map<String, String> help = new TreeMap<>();
        List<Meter> meters = new ArrayList<>(registry.getMeters());
        meters.sort(Comparator.comparing((Meter m) -> m.getId().getName()).thenComparing(m -> m.getId().getTags().toString()));
        for (Meter m : meters) {
            String base = name(m.getId().getName());
            String labels = labels(m.getId().getTags());
            for (Measurement s : m.measure()) {
                String family;
                String sample;
                String type;
                switch (m.getId().getType()) {
                    case COUNTER -> {
                        family = base + "_total";
                        sample = family;
                        type = "counter";
                    }
                    case GAUGE -> {
                        family = base;
                        sample = base;
                        type = "gauge";
                    }
                    case TIMER -> {
                        switch (s.getStatistic()) {
                            case COUNT -> {
                                family = base + "_seconds";
                                sample = family + "_count";
                                type = "summary";
                            }
                            case TOTAL_TIME -> {
                                family = base + "_seconds";
                                sample = family + "_sum";
                                type = "summary";
                            }
                            default -> {
                                family = base + "_seconds_max";
                                sample = family;
                                type = "gauge";
                            }
                        }
                    }
                    default -> {
                        family = base + "_" + s.getStatistic().getTagValueRepresentation();
                        sample = family;
                        type = "untyped";
                    }
                }
                types.putIfAbsent(family, type);
                if (m.getId().getDescription() != null) {
                    help.putIfAbsent(family, m.getId().getDescription());
                }
                samples.computeIfAbsent(family, k -> new ArrayList<>()).add(sample + labels + " " + number(s.getValue()));
            }
        }
        StringBuilder out = new StringBuilder();
        samples.forEach((family, lines) -> {
            if (help.containsKey(family)) {
                out.append("# HELP ").append(family).append(' ').append(help.get(family).replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
            }
            out.append("# TYPE ").append(family).append(' ').append(types.get(family)).append('\n');
            lines.forEach(l -> out.append(l).append('\n'));
        });
        return out.toString();
    }

    static String name(String micrometerName) {
        String n = micrometerName.replaceAll("[^a-zA-Z0-9_:]", "_");
        return Character.isDigit(n.charAt(0)) ? "_" + n : n;
    }

    static String labels(Iterable<Tag> tags) {
        StringBuilder s = new StringBuilder();
        for (Tag t : tags) {
            s.append(s.length() == 0 ? "{" : ",").append(name(t.getKey())).append("=\"")
                    .append(t.getValue().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append('"');
        }
        return s.length() == 0 ? "" : s.append('}').toString();
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}

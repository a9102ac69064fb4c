package org.ekyc.sim.admin;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How each simulated SOAP peer was last called: the request's scheme and whether the connection was
 * secure (TLS), so a test can tell that the hub called it over HTTPS ({@code GET /registry-sim/admin/transport}).
 */
public final class Transports {

    /** The last request's transport; {@code at} is an ISO-8601 instant (text, whatever the JSON provider). */
    public record Seen(String scheme, boolean secure, String at) {
    }

    private static final Map<String, Seen> LAST = new ConcurrentHashMap<>();

    private Transports() {
    }

    public static void record(String peer, String scheme, boolean secure) {
        LAST.put(peer, new Seen(scheme, secure, Instant.now().toString()));
    }

    public static Map<String, Seen> all() {
        return new TreeMap<>(LAST);
    }
}

package org.ekyc.sim.admin;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Switchable faults of the simulated peers, for tests and demos. One fault per peer at a time:
 * OK (answer normally), DOWN (fail every call: SOAP fault / HTTP 500; for TCP peers the connection is
 * closed as soon as it is accepted), SLOW (answer after {@code delayMs}, longer than the hub's
 * timeout), GARBLED (answer with a result the contract does not know; for TCP peers a record of the
 * right length whose fields are noise), CREDENTIALS_ROTATED (a SOAP peer expects another WS-Security
 * password than the one it was configured with, as after a password rotation the caller missed; the
 * request is refused by WS-Security before the peer looks at it), REFUSE (a business refusal, e.g. core
 * banking's return code 12), NO_REPLY (the request is processed but no reply is sent: the caller times
 * out). TCP peers only: ERROR (a well-formed reply with response code 9999, system error), TRUNCATED (a
 * correctly framed but short record), DROP (read the request, then close the connection without a reply).
 */
public final class SimulatorFaults {

    public enum Mode { OK, DOWN, SLOW, GARBLED, CREDENTIALS_ROTATED, REFUSE, NO_REPLY, ERROR, TRUNCATED, DROP }

    /** A peer's current fault. */
    public record Fault(Mode mode, long delayMs) {
    }

    private static final Map<String, Fault> FAULTS = new ConcurrentHashMap<>();

    private SimulatorFaults() {
    }

    public static Fault of(String peer) {
        return FAULTS.getOrDefault(peer.toLowerCase(Locale.ROOT), new Fault(Mode.OK, 0));
    }

    public static void set(String peer, Fault fault) {
        FAULTS.put(peer.toLowerCase(Locale.ROOT), fault);
    }

    public static Map<String, Fault> all() {
        return Map.copyOf(FAULTS);
    }
}

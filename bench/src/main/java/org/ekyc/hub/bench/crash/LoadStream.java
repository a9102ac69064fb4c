package org.ekyc.hub.bench.crash;

import java.util.ArrayList;
import java.util.List;

/**
 * A client of the hub running on its own threads: told when the server is up (it waits while it is
 * down), when to stop producing new work (it still finishes what it owes), and when to stop.
 */
abstract class LoadStream {

    volatile boolean up;
    volatile boolean generating = true;
    volatile boolean stopped;
    private final List<Thread> threads = new ArrayList<>();

    /** Starts one named thread per loop. */
    final void start(String name, Runnable... loops) {
        for (int i = 0; i < loops.length; i++) {
            threads.add(new Thread(loops[i], name + "-" + i));
        }
        threads.forEach(Thread::start);
    }

    final void serverUp(boolean isUp) {
        up = isUp;
    }

    final void stopGenerating() {
        generating = false;
    }

    final void stop() throws InterruptedException {
        stopped = true;
        for (Thread t : threads) {
            t.join(30_000);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

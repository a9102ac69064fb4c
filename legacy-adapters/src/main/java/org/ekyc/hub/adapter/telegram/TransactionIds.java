package org.ekyc.hub.adapter.telegram;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Transaction ids of the hub's requests: 20 characters, Korea time to the millisecond
 * (YYYYMMDDHHMMSSmmm) and a 3-digit sequence, unique within one node for up to 1,000 requests a
 * millisecond. A node prefix is not needed while each connection carries one exchange.
 */
public final class TransactionIds {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmssSSS");
    private static final AtomicInteger SEQ = new AtomicInteger();

    private TransactionIds() {
    }

    public static String next(Clock clock) {
        return STAMP.format(LocalDateTime.now(clock)) + String.format("%03d", Math.floorMod(SEQ.getAndIncrement(), 1000));
    }
}

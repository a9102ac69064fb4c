package org.ekyc.hub.routes.peer.credit;

import java.time.Clock;
import java.time.LocalDateTime;
import org.ekyc.hub.adapter.creditbureau.CreditBureauTelegrams;
import org.ekyc.hub.adapter.telegram.TelegramLayout;
import org.ekyc.hub.adapter.telegram.TransactionIds;
import org.ekyc.hub.routes.peer.TelegramPeer;
import org.ekyc.hub.verification.api.peer.PeerException;
import org.ekyc.hub.verification.api.peer.credit.CreditBureauPort;
import org.ekyc.hub.verification.api.peer.credit.CreditSummary;
import org.ekyc.hub.verification.api.peer.credit.CreditSummaryRequest;

/**
 * {@link CreditBureauPort} over the bureau's TCP telegrams. The summary enquiry changes nothing at
 * the bureau, so an unavailable bureau is asked again ({@code kyc.credit.retries} times, back-off from
 * {@code kyc.credit.retry-backoff-ms}, doubling), each try with a new transaction id; an open circuit
 * or a malformed reply is not retried. A request the 0300 cannot carry is refused before the bureau's
 * circuit and never retried ({@link TelegramPeer#build}).
 */
public final class CreditBureauClient implements CreditBureauPort {

    private final TelegramPeer peer;
    private final CreditBureauTelegrams telegrams;
    private final int retries;
    private final long backoffMs;
    private final Clock clock = Clock.system(TelegramLayout.KOREA);

    public CreditBureauClient(TelegramPeer peer, CreditBureauTelegrams telegrams, int retries, long backoffMs) {
        this.peer = peer;
        this.telegrams = telegrams;
        this.retries = retries;
        this.backoffMs = backoffMs;
    }

    @Override
    public CreditSummary creditSummary(CreditSummaryRequest request) throws PeerException {
        String[] tx = new String[1];
        return peer.exchangeWithRetries(() -> {
            tx[0] = TransactionIds.next(clock);
            return telegrams.summaryRequest(tx[0], LocalDateTime.now(clock), request);
        }, reply -> telegrams.summaryResponse(reply, tx[0]), retries, backoffMs);
    }
}

package org.ekyc.hub.routes.peer;

import java.net.ConnectException;
import java.util.function.Supplier;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.DecoderException;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.ekyc.hub.adapter.fixedformat.MalformedRecordException;
import org.ekyc.hub.adapter.telegram.PeerErrorException;
import org.ekyc.hub.adapter.telegram.UnfitFieldException;
import org.ekyc.hub.verification.api.peer.PeerException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.jboss.logging.Logger;

/**
 * The client side of one TCP telegram peer: sends a record through the peer's exchange route
 * (circuit breaker → netty, see {@link TelegramRoutes}) and reads the reply with the caller's
 * reader inside the circuit, so a garbled reply counts against the peer like a timeout does. Every
 * failure comes out as a typed {@link PeerException}; retries, where allowed, are the caller's choice
 * ({@link #exchangeWithRetries}).
 */
public final class TelegramPeer {

    private static final Logger LOG = Logger.getLogger(TelegramPeer.class);
    /** Exchange property holding the {@link Reader} of the reply. */
    public static final String READER = "kycTelegramReader";

    /** Reads a reply record; runs inside the peer's circuit breaker. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(byte[] reply) throws MalformedRecordException, PeerErrorException;
    }

    private final CamelContext camel;
    private final ProducerTemplate producer;
    private final String name;
    private final String route;
    private final ReasonCode unavailable;

    public TelegramPeer(CamelContext camel, String name, String route, ReasonCode unavailable) {
        this.camel = camel;
        this.producer = camel.createProducerTemplate();
        this.name = name;
        this.route = route;
        this.unavailable = unavailable;
    }

    public String name() {
        return name;
    }

    /**
     * Builds a request record, before any exchange: a field that cannot carry the case's value (a control
     * character, no encoding in the code page, more bytes than the field; {@link UnfitFieldException}) is a
     * {@link PeerException.Kind#REQUEST_UNBUILDABLE} with PEER_REQUEST_INVALID naming the field, never its value.
     * The peer is not asked and its circuit does not count it; the case goes to a person
     * ({@code PeerChecks.recordRequestInvalid}).
     */
    public byte[] build(Supplier<byte[]> request) throws PeerException {
        try {
            return request.get();
        } catch (UnfitFieldException e) {
            LOG.warnf("%s request not built: field %s cannot carry the case's value (the case's error, not the peer's;"
                    + " the peer is not asked)", name, e.field());
            throw new PeerException(name, PeerException.Kind.REQUEST_UNBUILDABLE, ReasonCode.PEER_REQUEST_INVALID,
                    "field " + e.field() + " cannot carry the case's value", null);
        }
    }

    /** One request, one reply, no retry (for calls that are not idempotent). */
    public <T> T exchange(byte[] request, Reader<T> reader) throws PeerException {
        Exchange done = producer.send(route, e -> {
            e.getMessage().setBody(request);
            e.setProperty(READER, reader);
        });
        Exception failure = done.getException();
        if (failure == null) {
            @SuppressWarnings("unchecked")
            T result = (T) done.getMessage().getBody();
            return result;
        }
        throw translate(failure);
    }

    /**
     * An idempotent call: up to {@code retries} more tries after an unavailable peer, waiting
     * {@code backoffMs}, then twice that, and so on. A malformed reply and an open circuit are not retried.
     */
    public <T> T exchangeWithRetries(Supplier<byte[]> request, Reader<T> reader, int retries, long backoffMs)
            throws PeerException {
        long wait = backoffMs;
        for (int attempt = 0; ; attempt++) {
            try {
                return exchange(build(request), reader);
            } catch (PeerException e) {
                boolean circuitOpen = e.getCause() instanceof CallNotPermittedException || e.getCause() instanceof CircuitOpenException;
                // an unbuildable request is not retried either (its kind is not UNAVAILABLE)
                if (attempt >= retries || e.kind() != PeerException.Kind.UNAVAILABLE || circuitOpen) {
                    throw e;
                }
                LOG.infof("%s unavailable (%s), try %d of %d in %d ms", name, e.getMessage(), attempt + 2, retries + 1, wait);
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                wait *= 2;
            }
        }
    }

    private PeerException translate(Exception failure) {
        Throwable t = failure instanceof CamelExecutionException && failure.getCause() != null ? failure.getCause() : failure;
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof MalformedRecordException || c instanceof CorruptedFrameException
                    || c instanceof DecoderException && !(c.getCause() instanceof java.io.IOException)) {
                LOG.warnf("%s answered with a malformed telegram: %s", name, c.getMessage());
                return new PeerException(name, PeerException.Kind.GARBLED, ReasonCode.PEER_REPLY_MALFORMED,
                        c.getMessage(), c);
            }
            if (c instanceof CallNotPermittedException || c instanceof CircuitOpenException) {
                return new PeerException(name, PeerException.Kind.UNAVAILABLE, unavailable, "circuit open", c);
            }
        }
        String why = t instanceof PeerErrorException pe ? "system error " + pe.responseCode()
                : t instanceof ConnectException ? "connection refused" : t.getClass().getSimpleName() + ": " + t.getMessage();
        LOG.warnf("%s unavailable: %s", name, why);
        return new PeerException(name, PeerException.Kind.UNAVAILABLE, unavailable, why, t);
    }
}

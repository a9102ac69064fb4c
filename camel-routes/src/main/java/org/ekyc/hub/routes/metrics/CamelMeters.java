package org.ekyc.hub.routes.metrics;

import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;

/**
 * Camel's exchange events into {@link HubMetrics}: an exchange done (or failed) is timed for the route it came
 * from, with its outcome (the HTTP status class a REST route answered, {@code ok}, or {@code failed}); an
 * exchange sent to an endpoint is timed for that endpoint when it is a peer's.
 *
 * <p>The "sending" events are taken (and dropped) on purpose: Camel 4's {@code SendProcessor} (a route's {@code to()})
 * starts the stop watch of an "exchange sent" event only when some notifier took the "sending" event of that call
 * ({@code EventHelper.notifyExchangeSending} returns true only when a notifier is not ignoring sending events and
 * {@link #isEnabled} accepts the event). Ignoring them silenced every {@code kyc_peer_calls_seconds} series while
 * the route meters, fed by the completed/failed events, still came (PeerCallMetersTest).
 */
final class CamelMeters extends EventNotifierSupport {

    private final HubMetrics metrics;

    CamelMeters(HubMetrics metrics) {
        this.metrics = metrics;
        setIgnoreCamelContextEvents(true);
        setIgnoreCamelContextInitEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreStepEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        // not setIgnoreExchangeSendingEvents(true): without a taker of "sending" Camel emits no "sent" event (above)
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreExchangeAsyncProcessingStartedEvents(true);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.ExchangeCompletedEvent || event instanceof CamelEvent.ExchangeFailedEvent
                || event instanceof CamelEvent.ExchangeSentEvent || event instanceof CamelEvent.ExchangeSendingEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        if (event instanceof CamelEvent.ExchangeSendingEvent) {
            return; // taken only so that Camel times the call and sends the "sent" event
        }
        if (event instanceof CamelEvent.ExchangeSentEvent sent) {
            metrics.endpointCalled(sent.getEndpoint() == null ? null : sent.getEndpoint().getEndpointUri(),
                    sent.getExchange().isFailed(), Duration.ofMillis(sent.getTimeTaken()));
        } else if (event instanceof CamelEvent.ExchangeEvent done) {
            Exchange e = done.getExchange();
            if (e.getFromRouteId() != null) {
                metrics.routeDone(e.getFromRouteId(), outcome(e, event instanceof CamelEvent.ExchangeFailedEvent),
                        Duration.ofMillis(e.getClock().elapsed()));
            }
        }
    }

    static String outcome(Exchange e, boolean failed) {
        if (failed || e.isFailed()) {
            return "failed";
        }
        Integer status = e.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        return status == null ? "ok" : (status / 100) + "xx";
    }
}

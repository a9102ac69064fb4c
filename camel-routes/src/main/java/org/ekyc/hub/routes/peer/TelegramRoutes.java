package org.ekyc.hub.routes.peer;

import java.io.IOException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The exchange routes of the TCP telegram peers, one per peer and reading top-down: circuit breaker,
 * one framed request/reply over netty (sync, one connection per exchange, per-peer connect and reply
 * timeouts), the reply read by the caller's reader. No fallback: a failure reaches the caller, which
 * turns it into a typed PeerException ({@link TelegramPeer}). Peer addresses, timeouts and circuit
 * sizes come from {@code kyc.telecom.*} and {@code kyc.credit.*} (docs/configuration.md); with
 * {@code kyc.<peer>.tls=true} the connection is TLS with the trust of {@link PeerTls} and the peer's host
 * name verified.
 */
public class TelegramRoutes extends RouteBuilder {

    public static final String TELECOM = "direct:telecom-identity-exchange";
    public static final String CREDIT = "direct:credit-bureau-exchange";
    public static final String TELECOM_CIRCUIT = "telecom-identity";
    public static final String CREDIT_CIRCUIT = "credit-bureau";

    @Override
    public void configure() {
        // failures go back to the caller, which types and logs them (TelegramPeer): no ERROR log with
        // a stack trace from Camel's default error handler for a peer that is simply down
        errorHandler(noErrorHandler());
        peer(TELECOM, "telecom-identity-exchange", TELECOM_CIRCUIT, "telecom");
        peer(CREDIT, "credit-bureau-exchange", CREDIT_CIRCUIT, "credit");
    }

    private static final String SENT = "kycTelegramSent";

    /**
     * The netty endpoint options of the peer's transport: with {@code kyc.<peer>.tls} true, TLS with the
     * trust of {@link PeerTls} and the peer's host name verified (settings bound as {@code #peerTls-<peer>}).
     */
    String transport(String key) {
        CamelContext camel = getCamelContext();
        if (!Boolean.parseBoolean(camel.resolvePropertyPlaceholders("{{kyc." + key + ".tls}}").trim())) {
            return "";
        }
        String name = "peerTls-" + key;
        camel.getRegistry().bind(name, PeerTls.forPeer(camel, camel.resolvePropertyPlaceholders("{{kyc." + key + ".host}}"),
                Integer.parseInt(camel.resolvePropertyPlaceholders("{{kyc." + key + ".port}}"))));
        return "&ssl=true&sslContextParameters=#" + name + "&hostnameVerification=true";
    }

    static void failWithoutReply(Exchange e) throws IOException {
        Object body = e.getMessage().getBody();
        if (body == null || body == e.getProperty(SENT)) {
            throw new IOException("connection closed by the peer without a reply");
        }
    }

    private void peer(String from, String routeId, String circuitId, String key) {
        from(from).routeId(routeId)
                // body: the request record (byte[]); exchange property kycTelegramReader reads the reply
                .setProperty(SENT, body())
                // the same circuit as every peer's (PeerCircuit), from kyc.<peer>.circuit-*
                .circuitBreaker().id(circuitId).resilience4jConfiguration(PeerCircuit.configuration(getCamelContext(), key))
                    // one framed request, one framed reply; the connection is closed after it
                    .to("netty:tcp://{{kyc." + key + ".host}}:{{kyc." + key + ".port}}?sync=true"
                            + "&encoders=#telegramEncoder&decoders=#telegramDecoder&allowDefaultCodec=false"
                            + "&connectTimeout={{kyc." + key + ".connect-timeout-ms}}"
                            + "&requestTimeout={{kyc." + key + ".timeout-ms}}"
                            + "&disconnect=true&reuseChannel=false&producerPoolEnabled=false" + transport(key))
                    // with disconnect=true, camel-netty completes an exchange whose connection the peer
                    // closed without a reply with the request still as the body (no exception): a dropped call
                    .process(TelegramRoutes::failWithoutReply)
                    // read and check the reply inside the circuit: garbled answers count as failures
                    .process(e -> e.getMessage().setBody(e.getProperty(TelegramPeer.READER, TelegramPeer.Reader.class)
                            .read(e.getMessage().getBody(byte[].class))))
                .end()
                // without a fallback, an open circuit completes the exchange untouched: say so
                .process(e -> {
                    if (Boolean.TRUE.equals(e.getProperty(org.apache.camel.ExchangePropertyKey.CIRCUIT_BREAKER_RESPONSE_SHORT_CIRCUITED, Boolean.class))) {
                        throw new CircuitOpenException(circuitId);
                    }
                });
    }
}

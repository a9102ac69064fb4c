package org.ekyc.hub.routes.channel.mq;

import jakarta.jms.BytesMessage;
import jakarta.jms.MapMessage;
import jakarta.jms.ObjectMessage;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.ekyc.hub.adapter.copybook.CopybookCodec;
import org.ekyc.hub.adapter.copybook.CopybookRecord;
import org.ekyc.hub.adapter.corebanking.CoreBankingRecordMapper;
import org.ekyc.hub.adapter.fixedformat.MalformedRecordException;
import org.ekyc.hub.routes.flow.CaseIntakeRoutes;
import org.ekyc.hub.routes.security.HubIdentityPolicy;
import org.ekyc.hub.verification.api.CaseLifecycle;
import org.ekyc.hub.verification.api.CaseSummary;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * MQ gateway for core banking: KYCREQ records (copybooks/KYCREQ.cpy, EBCDIC code page
 * {@code kyc.mq.ccsid}) on {@code KYC.REQUEST}, KYCRSP replies to the message's JMSReplyTo with the
 * request's correlation id (or its message id when it has none). REQ-TYPE {@code OPEN} opens a case (or
 * answers a repeated request); {@code STAT} asks the KYC status of the customer CUSTOMER-REF (its latest
 * case; RETURN-CODE 04 when there is none). Consumed in a local JMS transaction:
 * <ul>
 *   <li>a malformed record (bytes that are no character of the code page, control characters, a text
 *       the code page cannot carry) goes to {@code KYC.DLQ} unchanged, with the reason in the
 *       {@code KycReasonCode}/{@code KycReason} properties, and the requester gets a refusal (RC 08);</li>
 *   <li>only a BytesMessage or a TextMessage is read: any other (ObjectMessage, MapMessage, StreamMessage)
 *       goes to {@code KYC.DLQ} with its properties, an empty body and {@code KycReasonCode}
 *       UNSUPPORTED_MEDIA_TYPE, its body never touched (an ObjectMessage's would be deserialised); the
 *       requester gets a refusal (RC 08);</li>
 *   <li>a well-formed record with refused content gets a refusal with its reason code;</li>
 *   <li>a request sent again (same CUSTOMER-REF and REQ-SEQ) is answered with the case it opened
 *       the first time: the engine keys cases by it, so a redelivery never opens a second case; the same
 *       CUSTOMER-REF and REQ-SEQ with other content is refused (RC 08, IDEMPOTENCY_KEY_REUSED). The
 *       answer comes from the case's summary (no sealed value read); only a case whose first request's
 *       work is unfinished (screening not recorded, registry check pending) goes through the open-case
 *       flow again, which finishes it;</li>
 *   <li>a technical failure rolls back: the broker redelivers, and after
 *       {@code KYC_MQ_MAX_DELIVERY} attempts moves the message to {@code KYC.DLQ} (backout).</li>
 * </ul>
 */
public class CoreBankingMqRoutes extends RouteBuilder {

    static final String REQUEST = "kycRequestRecord";
    static final String SUMMARY = "kycCaseSummary";
    static final String TYPE = "kycRequestType";

    /** The request as it came (bytes or text), for KYC.DLQ. */
    static final String ORIGINAL = "kycOriginalRecord";

    /** A JMS message of a kind the gateway does not read. */
    static final class UnsupportedMessage extends Exception {
        private static final long serialVersionUID = 1L;

        UnsupportedMessage(String kind) {
            super(kind + " not accepted: only BytesMessage or TextMessage");
        }
    }

    /**
     * The record's bytes from the JMS message, without reading any other kind of body: a BytesMessage's
     * bytes; a TextMessage's text encoded in {@code ccsid} (a character the code page lacks is a malformed
     * record, never a substitute byte); anything else refused unread. The original goes to {@link #ORIGINAL}.
     */
    static byte[] recordBytes(Exchange e, Object body, Charset ccsid) throws Exception {
        if (body instanceof BytesMessage bytes) {
            bytes.reset();
            byte[] record = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(record);
            e.setProperty(ORIGINAL, record);
            return record;
        }
        if (body instanceof TextMessage text) {
            String value = text.getText();
            e.setProperty(ORIGINAL, value);
            if (value == null) {
                throw new MalformedRecordException("empty TextMessage");
            }
            try {
                java.nio.ByteBuffer encoded = ccsid.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).encode(java.nio.CharBuffer.wrap(value));
                byte[] record = new byte[encoded.remaining()];
                encoded.get(record);
                return record;
            } catch (CharacterCodingException ex) {
                throw new MalformedRecordException("text with characters that are not in " + ccsid.name());
            }
        }
        if (body instanceof byte[] || body instanceof String) {
            // already a body (a route that maps the message itself)
            e.setProperty(ORIGINAL, body);
            return body instanceof String s ? s.getBytes(ccsid) : (byte[]) body;
        }
        throw new UnsupportedMessage(body instanceof ObjectMessage ? "ObjectMessage" : body instanceof MapMessage ? "MapMessage"
                : body instanceof StreamMessage ? "StreamMessage" : "a message without a body");
    }

    private static CaseLifecycle cases(Exchange e) {
        return e.getContext().getRegistry().lookupByNameAndType("caseLifecycle", CaseLifecycle.class);
    }

    @Override
    public void configure() {
        Charset ccsid = Charset.forName(getCamelContext().resolvePropertyPlaceholders("{{kyc.mq.ccsid}}"));
        CopybookCodec requests = new CopybookCodec(CoreBankingRecordMapper.KYCREQ, ccsid);
        CopybookCodec replies = new CopybookCodec(CoreBankingRecordMapper.KYCRSP, ccsid);

        onException(MalformedRecordException.class).handled(true)
                .log(LoggingLevel.WARN, "malformed KYCREQ record to {{kyc.mq.dlq}}: ${exception.message}")
                .setHeader("KycReasonCode", constant(ReasonCode.MALFORMED_RECORD.name()))
                .setHeader("KycReason", simple("${exception.message}"))
                // the record as it came: its bytes, or its text
                .process(e -> e.getMessage().setBody(e.getProperty(ORIGINAL) == null ? new byte[0] : e.getProperty(ORIGINAL)))
                .to(ExchangePattern.InOnly, "jms:queue:{{kyc.mq.dlq}}?disableReplyTo=true")
                .removeHeaders("Kyc*")
                .process(e -> e.getMessage().setBody(replies.encode(CoreBankingRecordMapper.refused(
                        e.getProperty(REQUEST, CopybookRecord.class), ReasonCode.MALFORMED_RECORD))));

        // an object, map or stream message: never read (an ObjectMessage's body would be deserialised), so
        // the DLQ gets its properties and the reason, not its body
        onException(UnsupportedMessage.class).handled(true)
                .log(LoggingLevel.WARN, "KYCREQ refused to {{kyc.mq.dlq}}: ${exception.message}")
                .setHeader("KycReasonCode", constant(ReasonCode.UNSUPPORTED_MEDIA_TYPE.name()))
                .setHeader("KycReason", simple("${exception.message}"))
                .setBody(constant(new byte[0]))
                .to(ExchangePattern.InOnly, "jms:queue:{{kyc.mq.dlq}}?disableReplyTo=true")
                .removeHeaders("Kyc*")
                .process(e -> e.getMessage().setBody(replies.encode(CoreBankingRecordMapper.refused(
                        null, ReasonCode.UNSUPPORTED_MEDIA_TYPE))));

        onException(InvalidRequestException.class).handled(true)
                .log(LoggingLevel.INFO, "KYCREQ refused: ${exception.message}")
                .process(e -> e.getMessage().setBody(replies.encode(CoreBankingRecordMapper.refused(
                        e.getProperty(REQUEST, CopybookRecord.class),
                        e.getProperty(Exchange.EXCEPTION_CAUGHT, InvalidRequestException.class).reason()))));

        // transacted = a local JMS transaction (the connection factory is not XA), so the consumer may
        // be cached: Camel's default for transacted consumers (CACHE_NONE) opens a connection, session and
        // consumer for every message, which made the gateway slower than the broker by a wide margin
        // mapJmsMessage=false: Camel hands over the JMS message untouched, and only a bytes or text message
        // is read (mapping an ObjectMessage would call getObject(), which deserialises its body)
        from("jms:queue:{{kyc.mq.request-queue}}?transacted=true&concurrentConsumers={{kyc.mq.concurrent-consumers}}"
                + "&cacheLevelName={{kyc.mq.cache-level}}&mapJmsMessage=false")
                .routeId("mq-gateway")
                .policy(HubIdentityPolicy.in(getContext())) // the hub's own work: run as the hub
                // decode the KYCREQ record (a BytesMessage; a TextMessage is encoded back first)
                .process(e -> {
                    byte[] bytes = recordBytes(e, e.getMessage().getBody(), ccsid);
                    CopybookRecord record = requests.decode(bytes);
                    e.setProperty(REQUEST, record);
                    e.setProperty(TYPE, CoreBankingRecordMapper.requestType(record));
                })
                .choice().when(exchangeProperty(TYPE).isEqualTo(CoreBankingRecordMapper.STATUS))
                    // STAT: the customer's KYC status, from its latest case (or RETURN-CODE 04)
                    .process(e -> {
                        CopybookRecord record = e.getProperty(REQUEST, CopybookRecord.class);
                        e.getMessage().setBody(replies.encode(cases(e)
                                .latestCaseOfCustomer(CoreBankingRecordMapper.statusCustomerRef(record))
                                .map(summary -> CoreBankingRecordMapper.accepted(record, summary))
                                .orElseGet(() -> CoreBankingRecordMapper.noCase(record))));
                    })
                    .log("KYCRSP sent (status)")
                    .stop()
                .end()
                .process(e -> e.getMessage().setBody(CoreBankingRecordMapper.toOpenCase(e.getProperty(REQUEST, CopybookRecord.class))))
                // a request seen before whose case is settled: answer from its summary
                // (the same key with another request is refused: IDEMPOTENCY_KEY_REUSED, nothing opened)
                .process(e -> cases(e).repeatedRequest(e.getMessage().getBody(OpenCaseCommand.class))
                        .filter(CaseSummary::settled).ifPresent(summary -> e.setProperty(SUMMARY, summary)))
                .choice().when(exchangeProperty(SUMMARY).isNull())
                    // open the case (engine + registry check), or finish the one this request opened before
                    .to(CaseIntakeRoutes.OPEN_CASE)
                    .process(e -> e.setProperty(SUMMARY, CaseSummary.of(e.getMessage().getBody(CaseView.class))))
                .end()
                // answer with a KYCRSP record
                .process(e -> e.getMessage().setBody(replies.encode(CoreBankingRecordMapper.accepted(
                        e.getProperty(REQUEST, CopybookRecord.class), e.getProperty(SUMMARY, CaseSummary.class)))))
                .log("KYCRSP sent");
    }
}

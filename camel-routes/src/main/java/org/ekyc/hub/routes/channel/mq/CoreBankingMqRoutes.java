package org.ekyc.hub.routes.channel.mq;

import java.nio.charset.Charset;
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
 *   <li>a malformed record goes to {@code KYC.DLQ} unchanged, with the reason in the
 *       {@code KycReasonCode}/{@code KycReason} properties, and the requester gets a refusal (RC 08);</li>
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

    private static CaseLifecycle cases(Exchange e) {
        return e.getContext().getRegistry().lookupByNameAndType("caseLifecycle", CaseLifecycle.class);
    }

    @Override
    public void configure() {
        Charset ccsid = Charset.forName(getCamelContext().resolvePropertyPlaceholders("{{kyc.mq.ccsid}}"));
        CopybookCodec requests = new CopybookCodec(CoreBankingRecordMapper.KYCREQ, ccsid);
        CopybookCodec replies = new CopybookCodec(CoreBankingRecordMapper.KYCRSP, ccsid);

        onException(MalformedRecordException.class).handled(true).useOriginalMessage()
                .log(LoggingLevel.WARN, "malformed KYCREQ record to {{kyc.mq.dlq}}: ${exception.message}")
                .setHeader("KycReasonCode", constant(ReasonCode.MALFORMED_RECORD.name()))
                .setHeader("KycReason", simple("${exception.message}"))
                .to(ExchangePattern.InOnly, "jms:queue:{{kyc.mq.dlq}}?disableReplyTo=true")
                .removeHeaders("Kyc*")
                .process(e -> e.getMessage().setBody(replies.encode(CoreBankingRecordMapper.refused(
                        e.getProperty(REQUEST, CopybookRecord.class), ReasonCode.MALFORMED_RECORD))));

        onException(InvalidRequestException.class).handled(true)
                .log(LoggingLevel.INFO, "KYCREQ refused: ${exception.message}")
                .process(e -> e.getMessage().setBody(replies.encode(CoreBankingRecordMapper.refused(
                        e.getProperty(REQUEST, CopybookRecord.class),
                        e.getProperty(Exchange.EXCEPTION_CAUGHT, InvalidRequestException.class).reason()))));

        // transacted = a local JMS transaction (the connection factory is not XA), so the consumer may
        // be cached: Camel's default for transacted consumers (CACHE_NONE) opens a connection, session and
        // consumer for every message, which made the gateway slower than the broker by a wide margin
        from("jms:queue:{{kyc.mq.request-queue}}?transacted=true&concurrentConsumers={{kyc.mq.concurrent-consumers}}"
                + "&cacheLevelName={{kyc.mq.cache-level}}")
                .routeId("mq-gateway")
                .policy(HubIdentityPolicy.in(getContext())) // the hub's own work: run as the hub
                // decode the KYCREQ record (a BytesMessage; a TextMessage is encoded back first)
                .process(e -> {
                    Object body = e.getMessage().getBody();
                    byte[] bytes = body instanceof String text ? text.getBytes(ccsid) : e.getMessage().getBody(byte[].class);
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

package org.ekyc.hub.routes.corebanking;

import java.nio.charset.Charset;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.ekyc.hub.adapter.corebanking.CoreBankingRecordMapper;
import org.ekyc.hub.adapter.corebanking.KycReplyRecord;
import org.ekyc.hub.adapter.corebanking.KycRequestRecord;
import org.ekyc.hub.adapter.fixedformat.FixedRecordCodec;
import org.ekyc.hub.adapter.fixedformat.MalformedRecordException;
import org.ekyc.hub.routes.intake.CaseIntakeRoutes;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * MQ gateway for core banking: fixed-format KYCREQ records (EBCDIC, {@code kyc.mq.ccsid}) on
 * {@code KYC.REQUEST}, KYCRSP replies to the message's JMSReplyTo with the request's correlation id
 * (or its message id when it has none). Consumed in a local JMS transaction:
 * <ul>
 *   <li>a malformed record goes to {@code KYC.DLQ} unchanged, with the reason in the
 *       {@code KycReasonCode}/{@code KycReason} properties, and the requester gets a refusal (RC 08);</li>
 *   <li>a well-formed record with refused content gets a refusal with its reason code;</li>
 *   <li>a technical failure rolls back: the broker redelivers, and after
 *       {@code KYC_MQ_MAX_DELIVERY} attempts moves the message to {@code KYC.DLQ} (backout).</li>
 * </ul>
 */
public class CoreBankingMqRoutes extends RouteBuilder {

    static final String REQUEST = "kycRequestRecord";

    @Override
    public void configure() {
        Charset ccsid = Charset.forName(getCamelContext().resolvePropertyPlaceholders("{{kyc.mq.ccsid}}"));
        FixedRecordCodec<KycRequestRecord> requests =
                new FixedRecordCodec<>(getCamelContext(), KycRequestRecord.class, KycRequestRecord.LENGTH, ccsid);
        FixedRecordCodec<KycReplyRecord> replies =
                new FixedRecordCodec<>(getCamelContext(), KycReplyRecord.class, KycReplyRecord.LENGTH, ccsid);

        onException(MalformedRecordException.class).handled(true).useOriginalMessage()
                .log(LoggingLevel.WARN, "malformed KYCREQ record to {{kyc.mq.dlq}}: ${exception.message}")
                .setHeader("KycReasonCode", constant(ReasonCode.MALFORMED_RECORD.name()))
                .setHeader("KycReason", simple("${exception.message}"))
                .to(ExchangePattern.InOnly, "jms:queue:{{kyc.mq.dlq}}?disableReplyTo=true")
                .removeHeaders("Kyc*")
                .process(e -> e.getMessage().setBody(replies.encode(CoreBankingRecordMapper.refused(
                        null, null, CoreBankingRecordMapper.RC_REFUSED, ReasonCode.MALFORMED_RECORD))));

        onException(InvalidRequestException.class).handled(true)
                .log(LoggingLevel.INFO, "KYCREQ refused: ${exception.message}")
                .process(e -> {
                    KycRequestRecord r = e.getProperty(REQUEST, KycRequestRecord.class);
                    InvalidRequestException ex = e.getProperty(Exchange.EXCEPTION_CAUGHT, InvalidRequestException.class);
                    e.getMessage().setBody(replies.encode(CoreBankingRecordMapper.refused(
                            r.getRequestType(), r.getCustomerRef(), CoreBankingRecordMapper.RC_REFUSED, ex.reason())));
                });

        from("jms:queue:{{kyc.mq.request-queue}}?transacted=true&concurrentConsumers={{kyc.mq.concurrent-consumers}}")
                .routeId("mq-gateway")
                // decode the fixed-length record in the configured code page
                .process(e -> {
                    Object body = e.getMessage().getBody();
                    KycRequestRecord record = body instanceof String text
                            ? requests.decodeText(text, 0)
                            : requests.decode(e.getMessage().getBody(byte[].class));
                    e.setProperty(REQUEST, record);
                    e.getMessage().setBody(CoreBankingRecordMapper.toOpenCase(record));
                })
                // open the case (engine + registry check)
                .to(CaseIntakeRoutes.OPEN_CASE)
                // answer with a KYCRSP record
                .process(e -> e.getMessage().setBody(replies.encode(CoreBankingRecordMapper.accepted(
                        e.getProperty(REQUEST, KycRequestRecord.class), e.getMessage().getBody(CaseView.class)))))
                .log("KYCRSP sent for customer ref ${exchangeProperty.kycRequestRecord.customerRef}");
    }
}

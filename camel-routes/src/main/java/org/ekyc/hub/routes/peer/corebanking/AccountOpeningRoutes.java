package org.ekyc.hub.routes.peer.corebanking;

import java.nio.charset.Charset;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.ekyc.hub.adapter.copybook.CopybookCodec;
import org.ekyc.hub.adapter.corebanking.AccountOpeningRecordMapper;
import org.ekyc.hub.adapter.fixedformat.MalformedRecordException;
import org.ekyc.hub.routes.security.HubIdentityPolicy;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningOrder;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningResult;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningStep;

/**
 * Account opening at core banking: approved ACCOUNT cases are sent as ACCTOPEN records
 * (copybooks/ACCTOPEN.cpy, code page {@code kyc.mq.ccsid}) to {@code kyc.account-opening.request-queue},
 * persistent, with JMSReplyTo {@code kyc.account-opening.reply-queue}; core banking answers an ACCTRSP
 * record whose JMSCorrelationID is the request's JMSMessageID (MQMD style, as the MQ gateway answers
 * core banking). What comes of each order is recorded on the case:
 * <ul>
 *   <li>return code 00: the account number (sealed) and the opening date;</li>
 *   <li>any other return code: a refusal, the return code kept, reason ACCOUNT_OPENING_REFUSED;</li>
 *   <li>no reply within {@code kyc.account-opening.request-timeout-ms}, or the broker unreachable: a
 *       technical failure, the order stays PENDING and is sent again after the engine's back-off;</li>
 *   <li>a reply that cannot be read (wrong length, bad digits, another case, no account number with
 *       RC 00): logged, copied unchanged to {@code kyc.mq.dlq} with the reason in the
 *       {@code KycReasonCode}/{@code KycReason} properties for an operator, and the order retried like a
 *       technical failure.</li>
 * </ul>
 * One account per case: the case id is the order's key, and core banking answers an order repeated for
 * the same case (after a lost or late reply) with the account it already opened; the engine records the
 * first answer only. A late reply to an order that timed out is dropped by the reply consumer (unknown
 * correlation) — the retry gets the same account.
 */
public class AccountOpeningRoutes extends RouteBuilder {

    static final String CASE_ID = "kycCaseId";
    static final String ORDER_ENDPOINT = "jms:queue:{{kyc.account-opening.request-queue}}"
            + "?replyTo={{kyc.account-opening.reply-queue}}&replyToType=Exclusive"
            + "&useMessageIDAsCorrelationID=true&requestTimeout={{kyc.account-opening.request-timeout-ms}}"
            + "&deliveryPersistent=true&jmsMessageType=Bytes"
            // the reply is awaited on the sending thread, so the rest of the route (recording the answer
            // in the engine) keeps the hub's identity the dispatch runs with (Camel would otherwise go on
            // on the reply manager's thread, where no one is authenticated)
            + "&synchronous=true";

    @Override
    public void configure() {
        Charset ccsid = Charset.forName(getCamelContext().resolvePropertyPlaceholders("{{kyc.mq.ccsid}}"));
        CopybookCodec orders = new CopybookCodec(AccountOpeningRecordMapper.ACCTOPEN, ccsid);
        CopybookCodec replies = new CopybookCodec(AccountOpeningRecordMapper.ACCTRSP, ccsid);
        int batch = Integer.parseInt(getCamelContext().resolvePropertyPlaceholders("{{kyc.account-opening.batch}}"));

        // Orders that are due (new approvals, and failed ones whose back-off is over), a few at a time;
        // taking them leases them, so a crash between sending and recording loses nothing.
        from("timer:account-opening?delay={{kyc.account-opening.interval-ms}}&period={{kyc.account-opening.interval-ms}}")
                .routeId("account-opening-dispatch")
                .policy(HubIdentityPolicy.in(getContext())) // the hub's own work: run as the hub
                .process(e -> e.getMessage().setBody(e.getContext().getRegistry()
                        .lookupByNameAndType("accountOpeningStep", AccountOpeningStep.class).pendingAccountOpenings(batch)))
                .filter(simple("${body.size} > 0"))
                    .log("sending ${body.size} account-opening order(s) to core banking")
                    .split(body())
                        .doTry()
                            .to("direct:account-opening")
                        .doCatch(Exception.class)
                            // e.g. the case changed meanwhile: the lease runs out and the order comes back
                            .log(LoggingLevel.WARN, "account-opening result not recorded: ${exception.message}")
                        .end()
                    .end()
                .end();

        from("direct:account-opening").routeId("account-opening")
                // body: AccountOpeningOrder; nothing of it but the case id reaches a log
                .setProperty(CASE_ID, simple("${body.caseId}"))
                .removeHeaders("*")
                .doTry()
                    // encode the ACCTOPEN record
                    .process(e -> e.getMessage().setBody(orders.encode(AccountOpeningRecordMapper.toRecord(
                            e.getMessage().getBody(AccountOpeningOrder.class), ccsid))))
                    // send it, persistent, and wait for the ACCTRSP correlated to its message id
                    .to(ExchangePattern.InOut, ORDER_ENDPOINT)
                    // read and check the reply: it must be for this case
                    .process(e -> e.getMessage().setBody(AccountOpeningRecordMapper.fromReply(
                            replies.decode(e.getMessage().getBody(byte[].class)), e.getProperty(CASE_ID, String.class))))
                .doCatch(MalformedRecordException.class)
                    // an unreadable reply proves nothing: keep it for an operator, ask again later
                    .log(LoggingLevel.WARN, "unreadable ACCTRSP for case ${exchangeProperty.kycCaseId} to {{kyc.mq.dlq}}: "
                            + "${exception.message}")
                    .removeHeaders("*")
                    .setHeader("KycReasonCode", constant(ReasonCode.MALFORMED_RECORD.name()))
                    .setHeader("KycReason", simple("${exception.message}"))
                    .setHeader("KycCaseId", exchangeProperty(CASE_ID))
                    .setHeader("KycRecord", constant("ACCTRSP"))
                    .to(ExchangePattern.InOnly, "jms:queue:{{kyc.mq.dlq}}?disableReplyTo=true")
                    .process(e -> e.getMessage().setBody(AccountOpeningResult.failed("unreadable reply: "
                            + e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class).getMessage())))
                .doCatch(Exception.class)
                    // no reply in time, or the broker unreachable: the order stays pending
                    .log(LoggingLevel.WARN, "no usable answer from core banking for case ${exchangeProperty.kycCaseId}: "
                            + "${exception.class.simpleName}")
                    .process(e -> e.getMessage().setBody(AccountOpeningResult.failed(
                            e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class).getClass().getSimpleName())))
                .end()
                .removeHeaders("*")
                // record the outcome on the case (the account number never reaches a log)
                .log("account opening for case ${exchangeProperty.kycCaseId}: ${body.outcome}")
                .bean("accountOpeningStep", "recordAccountOpening(${exchangeProperty.kycCaseId}, ${body})");
    }
}

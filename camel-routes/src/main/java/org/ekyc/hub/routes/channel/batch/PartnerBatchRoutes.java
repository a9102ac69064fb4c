package org.ekyc.hub.routes.channel.batch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.AggregationStrategies;
import org.apache.camel.builder.RouteBuilder;
import org.ekyc.hub.adapter.batch.BatchDetail;
import org.ekyc.hub.adapter.batch.BatchRejectedException;
import org.ekyc.hub.adapter.batch.BatchResult;
import org.ekyc.hub.adapter.batch.PartnerBatch;
import org.ekyc.hub.adapter.batch.PartnerBatchLayout;
import org.ekyc.hub.adapter.fixedformat.MalformedRecordException;
import org.ekyc.hub.routes.flow.CaseIntakeRoutes;
import org.ekyc.hub.routes.security.HubIdentityPolicy;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.LocalizedMessages;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * Partner batch exchange. Files {@code *.dat} dropped in {@code <kyc.batch.dir>/inbox} (fixed-width,
 * LRECL 128, header/details/trailer) yield {@code <name>.result} in {@code outbox}, written under a
 * temporary name and renamed when complete; the input moves to {@code done}. A structurally bad
 * file (no header or trailer, a line off-layout, wrong trailer count) moves to {@code error} next
 * to a {@code <name>.reason} file, and nothing of it is processed. A detail record with refused
 * content gets a result record with return code 08 and its reason code.
 */
public class PartnerBatchRoutes extends RouteBuilder {

    static final String OUTCOME = "kycBatchOutcome";

    @Override
    public void configure() {
        PartnerBatchLayout layout = new PartnerBatchLayout(getCamelContext());

        onException(MalformedRecordException.class).handled(true)
                .setProperty(OUTCOME, constant("error"))
                .log(LoggingLevel.WARN, "batch file ${header.CamelFileName} rejected: ${exception.message}")
                .process(PartnerBatchRoutes::reasonFile)
                .to("file:{{kyc.batch.dir}}/error?fileName=${header.CamelFileName}.reason&charset=UTF-8");

        from("file:{{kyc.batch.dir}}/inbox?include=.*\\.dat&charset={{kyc.batch.charset}}"
                + "&readLock=changed&readLockMinAge=500&readLockCheckInterval=250&delay={{kyc.batch.poll-delay-ms}}"
                + "&move=../${exchangeProperty.kycBatchOutcome}/${file:name}&moveFailed=../error/${file:name}")
                .routeId("batch-exchange")
                .policy(HubIdentityPolicy.in(getContext())) // the hub's own work: run as the hub
                .setProperty(OUTCOME, constant("done"))
                .log("batch file ${header.CamelFileName} received")
                // parse and check the whole file before processing any record
                .process(e -> {
                    List<String> lines = Arrays.asList(e.getMessage().getBody(String.class).split("\r?\n", -1));
                    PartnerBatch batch = layout.parse(lines);
                    e.setProperty("kycBatch", batch);
                    e.getMessage().setBody(batch.details());
                })
                // one case per detail record, results kept in file order
                .split(body(), AggregationStrategies.flexible(BatchResult.class).accumulateInCollection(ArrayList.class))
                    .to("direct:batch-detail")
                .end()
                // write the result file atomically (temporary name, then rename)
                .process(e -> {
                    PartnerBatch batch = e.getProperty("kycBatch", PartnerBatch.class);
                    @SuppressWarnings("unchecked")
                    List<BatchResult> rows = e.getMessage().getBody(List.class);
                    e.getMessage().setBody(layout.resultFile(batch.header(), rows, LocalDate.now()));
                })
                .to("file:{{kyc.batch.dir}}/outbox?fileName=${file:name.noext}.result&charset={{kyc.batch.charset}}"
                        + "&tempFileName=${file:name.noext}.result.part")
                .log("batch file ${header.CamelFileName} done: result written to outbox");

        from("direct:batch-detail").routeId("batch-detail")
                .setProperty("kycDetail", body())
                .doTry()
                    .process(e -> e.getMessage().setBody(PartnerBatchLayout.toOpenCase(
                            e.getProperty("kycBatch", PartnerBatch.class).header(), e.getMessage().getBody(BatchDetail.class))))
                    .to(CaseIntakeRoutes.OPEN_CASE)
                    .process(e -> e.getMessage().setBody(PartnerBatchLayout.accepted(
                            e.getProperty("kycDetail", BatchDetail.class), e.getMessage().getBody(CaseView.class))))
                .doCatch(InvalidRequestException.class)
                    .process(e -> e.getMessage().setBody(PartnerBatchLayout.refused(
                            e.getProperty("kycDetail", BatchDetail.class),
                            e.getProperty(Exchange.EXCEPTION_CAUGHT, InvalidRequestException.class).reason())))
                .end();
    }

    /** The reason file: machine-readable key=value lines, then the message for operators. */
    private static void reasonFile(Exchange e) {
        MalformedRecordException ex = e.getProperty(Exchange.EXCEPTION_CAUGHT, MalformedRecordException.class);
        ReasonCode code = ex instanceof BatchRejectedException rejected ? rejected.reason() : ReasonCode.MALFORMED_RECORD;
        String text = "file=" + e.getMessage().getHeader(Exchange.FILE_NAME, String.class) + "\n"
                + "reasonCode=" + code.name() + "\n"
                + "line=" + ex.line() + "\n"
                + "detail=" + ex.getMessage() + "\n"
                + "rejectedAt=" + Instant.now() + "\n"
                + "message=" + LocalizedMessages.message(code, java.util.Locale.ENGLISH, ex.getMessage()) + "\n";
        e.getMessage().setBody(text);
    }
}

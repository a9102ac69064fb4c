package org.ekyc.hub.routes.channel.batch;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.ekyc.hub.verification.api.ReasonCode;
import org.jboss.logging.Logger;

/**
 * Partner batch exchange. Files {@code *.dat} dropped in {@code <kyc.batch.dir>/inbox} (fixed-width,
 * LRECL 128, header/details/trailer) yield {@code <name>.result} in {@code outbox}, written under a
 * temporary name and renamed when complete; the input moves to {@code done}. A structurally bad
 * file (no header or trailer, a line off-layout, wrong trailer count, bytes that are no character of the
 * code page, an empty file, a name with control characters) moves to {@code error} next to a
 * {@code <name>.reason} file, and nothing of it is processed; so does a file whose processing failed
 * (reason INTERNAL_ERROR). Lines are read from the file's bytes: lengths are bytes of the code page. A
 * directory, FIFO or link named {@code *.dat} is never opened: it is moved to {@code error} with a reason
 * ({@link BatchInbox}). A detail record with refused content gets a result record with return code 08 and
 * its reason code.
 */
public class PartnerBatchRoutes extends RouteBuilder {

    static final String OUTCOME = "kycBatchOutcome";
    static final String FILE_LABEL = "kycBatchFile";
    static final String FILTER_REF = "kycBatchInboxFilter";
    private static final Logger LOG = Logger.getLogger(PartnerBatchRoutes.class);

    @Override
    public void configure() {
        PartnerBatchLayout layout = new PartnerBatchLayout(getCamelContext());
        Charset charset = Charset.forName(getCamelContext().resolvePropertyPlaceholders("{{kyc.batch.charset}}"));
        Path dir = Path.of(getCamelContext().resolvePropertyPlaceholders("{{kyc.batch.dir}}"));
        getContext().getRegistry().bind(FILTER_REF, BatchInbox.FILTER);

        onException(MalformedRecordException.class).handled(true)
                .setProperty(OUTCOME, constant("error"))
                .log(LoggingLevel.WARN, "batch file ${exchangeProperty.kycBatchFile} rejected: ${exception.message}")
                .process(PartnerBatchRoutes::reasonFile)
                .to("file:{{kyc.batch.dir}}/error?fileName=${header.CamelFileName}.reason&charset=UTF-8");

        // only regular *.dat files (BatchInbox.FILTER: never a FIFO, a directory or a link); an empty file is
        // read too (readLockMinLength=0), to be refused with a reason instead of waiting for ever
        from("file:{{kyc.batch.dir}}/inbox?filter=#" + FILTER_REF
                + "&readLock=changed&readLockMinAge=500&readLockCheckInterval=250&readLockMinLength=0"
                + "&delay={{kyc.batch.poll-delay-ms}}"
                + "&move=../${exchangeProperty.kycBatchOutcome}/${file:name}&moveFailed=../error/${file:name}")
                .routeId("batch-exchange")
                // anything else (the engine down, a bug): the file still goes to error/ with a reason, never silently
                .onException(Exception.class).handled(true)
                    .setProperty(OUTCOME, constant("error"))
                    .process(PartnerBatchRoutes::reasonFile)
                    .to("file:{{kyc.batch.dir}}/error?fileName=${header.CamelFileName}.reason&charset=UTF-8")
                .end()
                .policy(HubIdentityPolicy.in(getContext())) // the hub's own work: run as the hub
                .setProperty(OUTCOME, constant("done"))
                // the name as logs may show it: control characters escaped
                .process(e -> e.setProperty(FILE_LABEL, BatchInbox.escape(e.getMessage().getHeader(Exchange.FILE_NAME, String.class))))
                .log("batch file ${exchangeProperty.kycBatchFile} received")
                // parse and check the whole file, from its bytes in its code page, before processing any record
                .process(e -> {
                    if (BatchInbox.hasControl(e.getMessage().getHeader(Exchange.FILE_NAME, String.class))) {
                        throw new BatchRejectedException(ReasonCode.MALFORMED_RECORD, "file name with control characters", 0, null);
                    }
                    PartnerBatch batch = layout.parse(e.getMessage().getBody(byte[].class), charset);
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
                .log("batch file ${exchangeProperty.kycBatchFile} done: result written to outbox");

        // what the consumer does not take (a directory, a FIFO, a link named *.dat) is moved to error/, unopened
        from("timer:batch-inbox-sweep?period={{kyc.batch.poll-delay-ms}}").routeId("batch-inbox-sweep")
                .process(e -> {
                    for (String name : BatchInbox.sweep(dir.resolve("inbox"), dir.resolve("error"))) {
                        LOG.warnf("batch inbox entry %s is not a regular file: moved to error/ with a reason", BatchInbox.escape(name));
                    }
                });

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

    /** The reason file of a refused file (BatchInbox#reason): its layout fault, or INTERNAL_ERROR for a failure. */
    private static void reasonFile(Exchange e) {
        Exception caught = e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String name = e.getMessage().getHeader(Exchange.FILE_NAME, String.class);
        if (caught instanceof MalformedRecordException ex) {
            ReasonCode code = ex instanceof BatchRejectedException rejected ? rejected.reason() : ReasonCode.MALFORMED_RECORD;
            e.getMessage().setBody(BatchInbox.reason(name, code, ex.line(), ex.getMessage()));
            return;
        }
        LOG.errorf(caught, "batch file %s failed", BatchInbox.escape(name));
        e.getMessage().setBody(BatchInbox.reason(name, ReasonCode.INTERNAL_ERROR, 0, "technical failure; see the hub's log"));
    }
}

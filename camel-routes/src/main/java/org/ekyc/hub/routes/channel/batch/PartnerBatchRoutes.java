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
import org.ekyc.hub.adapter.batch.BatchRejectedException;
import org.ekyc.hub.adapter.batch.DetailOutcome;
import org.ekyc.hub.adapter.batch.DetailRecord;
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
 * temporary name and renamed when complete; the input moves to {@code done}. A file whose frame is bad
 * (no header or trailer, a header or trailer off-layout or with bytes that are no character of the code page,
 * a record of another type among the details, wrong trailer count, an empty file, a name with control
 * characters) moves to {@code error} next to a
 * {@code <name>.reason} file, and nothing of it is processed; so does a file whose processing failed
 * (reason INTERNAL_ERROR). Lines are read from the file's bytes: lengths are bytes of the code page. A
 * directory, FIFO or link named {@code *.dat} is never opened: it is moved to {@code error} with a reason
 * ({@link BatchInbox}). A detail record that cannot be read (bytes of no character, a control byte, another
 * length) or whose content is refused gets a result record with return code 08 and its reason code, and one
 * line in {@code <name>.rej} beside the result (line, sequence, field, code: never a value); the file's other
 * records go on. The reject file is written, empty when nothing was refused, before the result file.
 */
public class PartnerBatchRoutes extends RouteBuilder {

    static final String OUTCOME = "kycBatchOutcome";
    static final String FILE_LABEL = "kycBatchFile";
    static final String FILTER_REF = "kycBatchInboxFilter";
    private static final String OUTCOMES = "kycBatchOutcomes";
    private static final String REFUSED = "kycBatchRefused";
    /** A refused file's reason, written under a temporary name and renamed when complete: never read half-written. */
    private static final String REASON_FILE = "file:{{kyc.batch.dir}}/error?fileName=${header.CamelFileName}.reason"
            + "&charset=UTF-8&tempFileName=${header.CamelFileName}.reason.part";
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
                .to(REASON_FILE);

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
                    .to(REASON_FILE)
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
                    e.getMessage().setBody(batch.records());
                })
                // one case per detail record, outcomes kept in file order
                .split(body(), AggregationStrategies.flexible(DetailOutcome.class).accumulateInCollection(ArrayList.class))
                    .to("direct:batch-detail")
                .end()
                // the reject file first (one line per refused record; empty when none, so no earlier one stays),
                // then the result file, each written atomically (temporary name, then rename)
                .process(e -> {
                    @SuppressWarnings("unchecked")
                    List<DetailOutcome> outcomes = e.getMessage().getBody(List.class);
                    e.setProperty(OUTCOMES, outcomes);
                    e.setProperty(REFUSED, outcomes.stream().filter(DetailOutcome::refused).count());
                    e.getMessage().setBody(PartnerBatchLayout.rejectFile(outcomes));
                })
                .to("file:{{kyc.batch.dir}}/outbox?fileName=${file:name.noext}.rej&charset=US-ASCII"
                        + "&tempFileName=${file:name.noext}.rej.part")
                .process(e -> {
                    PartnerBatch batch = e.getProperty("kycBatch", PartnerBatch.class);
                    @SuppressWarnings("unchecked")
                    List<DetailOutcome> outcomes = e.getProperty(OUTCOMES, List.class);
                    e.getMessage().setBody(layout.resultFile(batch.header(), DetailOutcome.results(outcomes), LocalDate.now()));
                })
                .to("file:{{kyc.batch.dir}}/outbox?fileName=${file:name.noext}.result&charset={{kyc.batch.charset}}"
                        + "&tempFileName=${file:name.noext}.result.part")
                .log("batch file ${exchangeProperty.kycBatchFile} done: result written to outbox,"
                        + " ${exchangeProperty.kycBatchRefused} record(s) refused (reject file beside it)");

        // what the consumer does not take (a directory, a FIFO, a link named *.dat) is moved to error/, unopened
        from("timer:batch-inbox-sweep?period={{kyc.batch.poll-delay-ms}}").routeId("batch-inbox-sweep")
                .process(e -> {
                    for (String name : BatchInbox.sweep(dir.resolve("inbox"), dir.resolve("error"))) {
                        LOG.warnf("batch inbox entry %s is not a regular file: moved to error/ with a reason", BatchInbox.escape(name));
                    }
                });

        from("direct:batch-detail").routeId("batch-detail")
                // body: a DetailRecord; a record that could not be read is refused as it is, the others go to open-case
                .setProperty("kycDetail", body())
                .choice()
                    .when(e -> e.getMessage().getBody(DetailRecord.class).unreadable() != null)
                        .process(e -> e.getMessage().setBody(PartnerBatchLayout.unreadable(e.getMessage().getBody(DetailRecord.class))))
                    .otherwise()
                        .doTry()
                            .process(e -> e.getMessage().setBody(PartnerBatchLayout.toOpenCase(
                                    e.getProperty("kycBatch", PartnerBatch.class).header(),
                                    e.getMessage().getBody(DetailRecord.class).detail())))
                            .to(CaseIntakeRoutes.OPEN_CASE)
                            .process(e -> e.getMessage().setBody(PartnerBatchLayout.accepted(
                                    e.getProperty("kycDetail", DetailRecord.class), e.getMessage().getBody(CaseView.class))))
                        .doCatch(InvalidRequestException.class)
                            .process(e -> {
                                InvalidRequestException refused = e.getProperty(Exchange.EXCEPTION_CAUGHT, InvalidRequestException.class);
                                e.getMessage().setBody(PartnerBatchLayout.refused(e.getProperty("kycDetail", DetailRecord.class),
                                        refused.reason(), refused.field()));
                            })
                        .end()
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

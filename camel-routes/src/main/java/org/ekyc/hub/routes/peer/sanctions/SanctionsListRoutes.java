package org.ekyc.hub.routes.peer.sanctions;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.ekyc.hub.routes.flow.ScreeningQuery;
import org.ekyc.hub.routes.security.HubIdentityPolicy;
import org.ekyc.hub.verification.api.CaseApplicant;
import org.ekyc.hub.verification.api.screening.ListUpdateException;
import org.ekyc.hub.verification.api.screening.ScreeningService;
import org.ekyc.hub.verification.api.screening.ScreeningStep;

/**
 * Sanctions list updates by file drop: put a new set of list files (OFAC CSVs, UN XML, PEP file, in
 * their official formats) in {@code <kyc.sanctions.updates-dir>/<name>/}, then create
 * {@code <name>.ready}. The engine loads the set as a new version and swaps it in atomically, or
 * refuses it whole; either way a {@code <name>.loaded} or {@code <name>.rejected} file says what
 * happened (file, line or element, reason), and a refused set leaves the version in service
 * untouched. After a new version, every existing case's applicant is screened again (a decided case
 * keeps its decision: a match is recorded as a finding for compliance, {@code ScreeningStep#recordRescreening});
 * cases that could not be screened at all are screened by {@link UnscreenedSweepRoutes}. Every accepted
 * version is kept by the engine in the case database; {@code sanctions-version-follow} puts the newest one
 * in service on this node when another node (or a start) accepted it.
 */
public class SanctionsListRoutes extends RouteBuilder {

    static final int PAGE = 200;
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(SanctionsListRoutes.class);

    @Override
    public void configure() {
        from("file:{{kyc.sanctions.updates-dir}}?include=.*\\.ready&delete=true&readLock=changed&readLockMinAge=500&readLockMinLength=0"
                + "&delay={{kyc.sanctions.poll-delay-ms}}")
                .routeId("sanctions-list-update")
                .policy(HubIdentityPolicy.in(getContext())) // the hub's own work: run as the hub
                .setHeader("kycUpdate", simple("${file:onlyname.noext}"))
                .process(SanctionsListRoutes::load)
                .choice().when(header("kycListVersion").isNotNull())
                    .log("sanctions list update ${header.kycUpdate} in service as version ${header.kycListVersion}")
                    .to("file:{{kyc.sanctions.updates-dir}}?fileName=${header.kycUpdate}.loaded&charset=UTF-8")
                    .to("direct:rescreen-all")
                .otherwise()
                    .log(LoggingLevel.WARN, "sanctions list update ${header.kycUpdate} refused: ${body}")
                    .to("file:{{kyc.sanctions.updates-dir}}?fileName=${header.kycUpdate}.rejected&charset=UTF-8")
                .end();

        // scheduled fetch from configured addresses: a changed set is dropped into the directory above
        String addresses = getContext().resolvePropertyPlaceholders("{{kyc.sanctions.fetch.urls}}");
        if (!ListFetcher.addresses(addresses).isEmpty()) {
            from("timer:sanctions-fetch?delay={{kyc.sanctions.fetch.first-delay-ms}}&period={{kyc.sanctions.fetch.period-ms}}")
                    .routeId("sanctions-list-fetch")
                    .policy(HubIdentityPolicy.in(getContext())) // the hub's own work: run as the hub
                    .process(SanctionsListRoutes::fetch);
        }

        // every node serves the newest accepted version: one accepted by another node is loaded here too
        from("timer:sanctions-version-follow?delay={{kyc.sanctions.follow-interval-ms}}&period={{kyc.sanctions.follow-interval-ms}}")
                .routeId("sanctions-version-follow")
                .policy(HubIdentityPolicy.in(getContext())) // the hub's own work: run as the hub
                .process(e -> e.getMessage().setBody(e.getContext().getRegistry()
                        .lookupByNameAndType("screeningService", ScreeningService.class).followNewestVersion()));

        from("direct:rescreen-all").routeId("rescreen-all")
                .process(SanctionsListRoutes::rescreenAll)
                .log("re-screened ${body} case(s) against list version ${header.kycListVersion}");
    }

    private static void load(Exchange e) {
        ScreeningService screening = e.getContext().getRegistry().lookupByNameAndType("screeningService", ScreeningService.class);
        String name = e.getMessage().getHeader("kycUpdate", String.class);
        Path dir = Path.of(e.getContext().resolvePropertyPlaceholders("{{kyc.sanctions.updates-dir}}"), name);
        try {
            String version = screening.reload(dir);
            e.getMessage().setHeader("kycListVersion", version);
            e.getMessage().setBody("version=" + version + "\nloadedAt=" + Instant.now() + "\nfrom=" + dir + "\n");
        } catch (ListUpdateException refused) {
            e.getMessage().setBody("file=" + refused.file() + "\nlocation=" + refused.location() + "\nreason="
                    + refused.getMessage() + "\nrefusedAt=" + Instant.now() + "\nversionInService="
                    + screening.listVersion() + "\n");
        }
    }

    private static void fetch(Exchange e) throws Exception {
        var ctx = e.getContext();
        ListFetcher fetcher = new ListFetcher(
                java.time.Duration.ofMillis(Long.parseLong(ctx.resolvePropertyPlaceholders("{{kyc.sanctions.fetch.timeout-ms}}"))),
                Long.parseLong(ctx.resolvePropertyPlaceholders("{{kyc.sanctions.fetch.max-bytes}}")), java.time.Clock.systemUTC());
        List<java.net.URI> addresses = ListFetcher.addresses(ctx.resolvePropertyPlaceholders("{{kyc.sanctions.fetch.urls}}"));
        try {
            java.util.Optional<String> set = fetcher.fetch(addresses,
                    Path.of(ctx.resolvePropertyPlaceholders("{{kyc.sanctions.updates-dir}}")));
            if (set.isPresent()) {
                LOG.infof("sanctions lists fetched (%d files), changed: handed over as %s", addresses.size(), set.get());
            } else {
                LOG.debug("sanctions lists fetched, unchanged since the last fetch");
            }
        } catch (ListFetcher.FetchException refused) {
            // the version in service stays; the next period tries again
            LOG.warnf("sanctions list fetch failed, version in service kept: %s", refused.getMessage());
        }
    }

    /** Screens every case's applicant against the new version, a page at a time. */
    private static void rescreenAll(Exchange e) {
        ScreeningStep cases = e.getContext().getRegistry().lookupByNameAndType("screeningStep", ScreeningStep.class);
        ScreeningService screening = e.getContext().getRegistry().lookupByNameAndType("screeningService", ScreeningService.class);
        int done = 0;
        for (int first = 0; ; first += PAGE) {
            List<CaseApplicant> page = cases.applicants(first, PAGE);
            for (CaseApplicant a : page) {
                cases.recordRescreening(a.caseId(), screening.screen(ScreeningQuery.request(a.applicant())));
                done++;
            }
            if (page.isEmpty()) {
                // not "fewer than PAGE": unreadable cases are left out of a page (and logged by the engine)
                break;
            }
        }
        e.getMessage().setBody(done);
    }
}

package org.ekyc.hub.verification.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.screening.ListUpdateException;
import org.ekyc.hub.verification.api.screening.ScreeningOutcome;
import org.ekyc.hub.verification.api.screening.ScreeningRequest;
import org.ekyc.hub.verification.api.screening.ScreeningUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bean outside the container: the life cycle the container drives, called by hand; a "restart" is a
 * new bean over the same store, a "cluster" two beans over one store.
 */
class ScreeningServiceBeanTest {

    private static final Path PEP = Path.of("src/test/resources/screening/pep");
    private static final String PEP_ROW = "PEP-0009,Nam Ji-woo,남지우,1966-02-02,KOR,Director of a synthetic agency,KOR\n";

    @TempDir
    Path dir;

    private final InMemoryListVersions store = new InMemoryListVersions();
    private Instant now = Instant.parse("2026-12-03T09:00:00Z");
    private String configuredBefore;

    @BeforeEach
    void rememberConfiguration() {
        configuredBefore = System.getProperty(ScreeningServiceBean.DIR_PROPERTY);
        System.clearProperty(ScreeningServiceBean.DIR_PROPERTY);
    }

    @AfterEach
    void restoreConfiguration() {
        if (configuredBefore == null) {
            System.clearProperty(ScreeningServiceBean.DIR_PROPERTY);
        } else {
            System.setProperty(ScreeningServiceBean.DIR_PROPERTY, configuredBefore);
        }
    }

    /** A new bean over the shared store, started by the "container", one minute after the last. */
    private ScreeningServiceBean start() {
        now = now.plusSeconds(60);
        ScreeningServiceBean bean = new ScreeningServiceBean(store, Clock.fixed(now, ZoneOffset.UTC));
        bean.loadConfiguredLists();
        return bean;
    }

    private Path newerSet() throws Exception {
        Path update = Files.createDirectories(dir.resolve("update-2"));
        Files.writeString(update.resolve("pep.csv"), Files.readString(PEP.resolve("pep.csv")) + PEP_ROW);
        return update;
    }

    @Test
    void withoutListsScreeningIsUnavailableNotClear() {
        ScreeningServiceBean bean = start();
        assertThat(bean.listVersion()).isEqualTo("none");
        assertThatThrownBy(() -> bean.screen(ScreeningRequest.ofName("Synthetic Person")))
                .isInstanceOfSatisfying(ScreeningUnavailableException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo(ReasonCode.SCREENING_UNAVAILABLE));
    }

    @Test
    void loadsFromTheConfiguredDirectoryAtStartAndKeepsTheSet() {
        System.setProperty(ScreeningServiceBean.DIR_PROPERTY, PEP.toAbsolutePath().toString());
        ScreeningServiceBean bean = start();
        assertThat(bean.listVersion()).startsWith("2026-12-03T09:01:00Z#").hasSize("2026-12-03T09:01:00Z#".length() + 8);
        assertThat(bean.screen(ScreeningRequest.ofName("황서진")).outcome()).isEqualTo(ScreeningOutcome.HIT);
        assertThat(store.history(10)).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo(bean.listVersion());
            assertThat(v.source()).startsWith("configured ");
        });
    }

    @Test
    void aRestartServesTheNewestAcceptedVersionNotTheConfiguredDirectory() throws Exception {
        System.setProperty(ScreeningServiceBean.DIR_PROPERTY, PEP.toAbsolutePath().toString());
        ScreeningServiceBean first = start();
        String configured = first.listVersion();
        String updated = first.reload(newerSet());
        assertThat(updated).isNotEqualTo(configured);
        assertThat(first.screen(ScreeningRequest.ofName("남지우")).outcome()).isEqualTo(ScreeningOutcome.HIT);

        ScreeningServiceBean restarted = start();
        assertThat(restarted.listVersion()).isEqualTo(updated);
        assertThat(restarted.screen(ScreeningRequest.ofName("남지우")).outcome()).isEqualTo(ScreeningOutcome.HIT);
        assertThat(store.history(10)).hasSize(2);
    }

    @Test
    void aChangedConfiguredDirectoryIsANewVersionAtStart() throws Exception {
        Path configured = Files.createDirectories(dir.resolve("configured"));
        Files.copy(PEP.resolve("pep.csv"), configured.resolve("pep.csv"));
        System.setProperty(ScreeningServiceBean.DIR_PROPERTY, configured.toString());
        String before = start().listVersion();
        Files.writeString(configured.resolve("pep.csv"), PEP_ROW, java.nio.file.StandardOpenOption.APPEND);
        ScreeningServiceBean restarted = start();
        assertThat(restarted.listVersion()).isNotEqualTo(before);
        assertThat(restarted.screen(ScreeningRequest.ofName("남지우")).outcome()).isEqualTo(ScreeningOutcome.HIT);
    }

    @Test
    void everyNodeFollowsTheVersionAnotherNodeAccepted() throws Exception {
        System.setProperty(ScreeningServiceBean.DIR_PROPERTY, PEP.toAbsolutePath().toString());
        ScreeningServiceBean a = start();
        ScreeningServiceBean b = start();
        assertThat(b.listVersion()).isEqualTo(a.listVersion());
        String updated = a.reload(newerSet());
        assertThat(b.listVersion()).isNotEqualTo(updated);
        assertThat(b.followNewestVersion()).isEqualTo(updated);
        assertThat(b.screen(ScreeningRequest.ofName("남지우")).outcome()).isEqualTo(ScreeningOutcome.HIT);
        assertThat(b.followNewestVersion()).as("nothing newer: nothing reloaded").isEqualTo(updated);
    }

    @Test
    void aStoreThatFailsLeavesTheVersionInServiceUntouched() throws Exception {
        ScreeningServiceBean bean = start();
        String version = bean.reload(PEP);
        ScreeningServiceBean broken = new ScreeningServiceBean(new InMemoryListVersions() {
            @Override
            public StoredVersion accept(String v, ListSet set, Instant at, String source, String counts) {
                throw new IllegalStateException("database down");
            }
        }, Clock.fixed(now, ZoneOffset.UTC));
        String brokenVersion = broken.listVersion();
        assertThatThrownBy(() -> broken.reload(newerSet())).isInstanceOf(IllegalStateException.class);
        assertThat(broken.listVersion()).isEqualTo(brokenVersion).isEqualTo("none");
        assertThat(bean.listVersion()).isEqualTo(version);
    }

    @Test
    void refusedUpdateNamesFileAndLocationAndKeepsTheVersion() throws Exception {
        ScreeningServiceBean bean = start();
        String version = bean.reload(PEP);
        Files.writeString(dir.resolve("pep.csv"), "id,full_name\n");
        assertThatThrownBy(() -> bean.reload(dir)).isInstanceOfSatisfying(ListUpdateException.class, e -> {
            assertThat(e.file()).isEqualTo("pep.csv");
            assertThat(e.location()).isEqualTo("line 1");
        });
        assertThat(bean.listVersion()).isEqualTo(version);
        assertThat(store.history(10)).as("a refused set is not kept").hasSize(1);
    }
}

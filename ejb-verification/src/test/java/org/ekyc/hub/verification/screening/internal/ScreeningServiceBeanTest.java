package org.ekyc.hub.verification.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.screening.ListUpdateException;
import org.ekyc.hub.verification.api.screening.ScreeningOutcome;
import org.ekyc.hub.verification.api.screening.ScreeningRequest;
import org.ekyc.hub.verification.api.screening.ScreeningUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bean outside the container: the life cycle the container drives, called by hand. */
class ScreeningServiceBeanTest {

    private static final Path PEP = Path.of("src/test/resources/screening/pep");

    @TempDir
    Path dir;

    @Test
    void withoutListsScreeningIsUnavailableNotClear() {
        ScreeningServiceBean bean = new ScreeningServiceBean();
        assertThat(bean.listVersion()).isEqualTo("none");
        assertThatThrownBy(() -> bean.screen(ScreeningRequest.ofName("Synthetic Person")))
                .isInstanceOfSatisfying(ScreeningUnavailableException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo(ReasonCode.SCREENING_UNAVAILABLE));
    }

    @Test
    void loadsFromTheConfiguredDirectoryAtStart() {
        String before = System.getProperty(ScreeningServiceBean.DIR_PROPERTY);
        System.setProperty(ScreeningServiceBean.DIR_PROPERTY, PEP.toAbsolutePath().toString());
        try {
            ScreeningServiceBean bean = new ScreeningServiceBean();
            bean.loadConfiguredLists();
            assertThat(bean.listVersion()).endsWith("#1");
            assertThat(bean.screen(ScreeningRequest.ofName("황서진")).outcome()).isEqualTo(ScreeningOutcome.HIT);
        } finally {
            if (before == null) {
                System.clearProperty(ScreeningServiceBean.DIR_PROPERTY);
            } else {
                System.setProperty(ScreeningServiceBean.DIR_PROPERTY, before);
            }
        }
    }

    @Test
    void refusedUpdateNamesFileAndLocationAndKeepsTheVersion() throws Exception {
        ScreeningServiceBean bean = new ScreeningServiceBean();
        String version = bean.reload(PEP);
        Files.writeString(dir.resolve("pep.csv"), "id,full_name\n");
        assertThatThrownBy(() -> bean.reload(dir)).isInstanceOfSatisfying(ListUpdateException.class, e -> {
            assertThat(e.file()).isEqualTo("pep.csv");
            assertThat(e.location()).isEqualTo("line 1");
        });
        assertThat(bean.listVersion()).isEqualTo(version);
    }
}

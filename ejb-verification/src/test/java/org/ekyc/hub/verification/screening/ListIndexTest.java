package org.ekyc.hub.verification.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.ekyc.hub.verification.screening.list.OfacCsvMapper;
import org.ekyc.hub.verification.screening.list.PepCsvMapper;
import org.ekyc.hub.verification.screening.list.UnConsolidatedXmlMapper;
import org.ekyc.hub.verification.screening.name.NameNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListIndexTest {

    @TempDir
    Path dir;

    private final ListIndex index = new ListIndex(List.of(OfacCsvMapper.sdn(), new UnConsolidatedXmlMapper(),
            new PepCsvMapper()), new NameNormalizer(), Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC));

    @Test
    void startsEmptyAndLoadsAVersion() throws Exception {
        assertThat(index.current().version()).isEqualTo("none");
        ListSnapshot loaded = index.load(PepCsvMapperTestData.DIR);
        assertThat(loaded.version()).isEqualTo("2026-11-23T03:00:00Z#1");
        assertThat(index.current()).isSameAs(loaded);
        assertThat(loaded.countsByList()).containsEntry("PEP", 3);
    }

    @Test
    void aMalformedFileLeavesThePreviousVersionInService() throws Exception {
        ListSnapshot good = index.load(PepCsvMapperTestData.DIR);
        Files.copy(PepCsvMapperTestData.DIR.resolve("pep.csv"), dir.resolve("pep.csv"));
        Files.writeString(dir.resolve("UN_consolidated.xml"), "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>");
        assertThatThrownBy(() -> index.load(dir)).isInstanceOf(MalformedListException.class)
                .hasMessageContaining("UN_consolidated.xml");
        assertThat(index.current()).isSameAs(good);
    }

    @Test
    void aDirectoryWithoutListsIsRefused() {
        assertThatThrownBy(() -> index.load(dir)).isInstanceOf(MalformedListException.class)
                .hasMessageContaining("no known list");
        assertThat(index.current().version()).isEqualTo("none");
    }

    /** Where the synthetic PEP sample lives. */
    static final class PepCsvMapperTestData {
        static final Path DIR = Path.of("src/test/resources/screening/pep");
    }
}

package org.ekyc.hub.verification.screening.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ekyc.hub.verification.screening.ListEntry;
import org.ekyc.hub.verification.screening.MalformedListException;
import org.ekyc.hub.verification.screening.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PEP file format of docs/screening.md; all people are synthetic. */
class PepCsvMapperTest {

    static final Path SAMPLE = Path.of("src/test/resources/screening/pep");

    @TempDir
    Path dir;

    @Test
    void readsTheDocumentedFormat() throws Exception {
        List<ListEntry> entries = new PepCsvMapper().read(SAMPLE);
        assertThat(entries).hasSize(3);
        ListEntry hwang = entries.get(0);
        assertThat(hwang.id()).isEqualTo("PEP:PEP-0001");
        assertThat(hwang.aliases()).containsExactly("황서진", "Hwang Seojin");
        assertThat(hwang.birthDates()).containsExactly(new PartialDate(1961, 4, 12));
        assertThat(hwang.nationalities()).containsExactly("KOR");
        assertThat(hwang.programs()).containsExactly("Vice-Minister of Synthetic Affairs (KOR)");
        assertThat(entries.get(2).birthDates()).containsExactly(new PartialDate(1970, 9, 0));
    }

    @Test
    void wrongHeaderIsRefused() throws Exception {
        Files.writeString(dir.resolve("pep.csv"), "id,name\nP1,Synthetic Person\n");
        assertThatThrownBy(() -> new PepCsvMapper().read(dir))
                .isInstanceOfSatisfying(MalformedListException.class, e -> assertThat(e.location()).isEqualTo("line 1"));
    }

    @Test
    void badDateOrCountryIsRefusedWithTheLine() throws Exception {
        Files.writeString(dir.resolve("pep.csv"), String.join(",", PepCsvMapper.HEADER) + "\n"
                + "P1,Synthetic One,,1960,KOR,Mayor,KOR\n"
                + "P2,Synthetic Two,,1960-13-01,KOR,Mayor,KOR\n");
        assertThatThrownBy(() -> new PepCsvMapper().read(dir))
                .isInstanceOfSatisfying(MalformedListException.class, e -> {
                    assertThat(e.location()).isEqualTo("line 3");
                    assertThat(e.reason()).contains("birth_date");
                });
        Files.writeString(dir.resolve("pep.csv"), String.join(",", PepCsvMapper.HEADER) + "\n"
                + "P1,Synthetic One,,1960,Korea,Mayor,KOR\n");
        assertThatThrownBy(() -> new PepCsvMapper().read(dir)).hasMessageContaining("alpha-3");
    }
}

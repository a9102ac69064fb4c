package org.ekyc.hub.verification.screening.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ekyc.hub.verification.screening.EntryType;
import org.ekyc.hub.verification.screening.ListEntry;
import org.ekyc.hub.verification.screening.MalformedListException;
import org.ekyc.hub.verification.screening.PartialDate;
import org.ekyc.hub.verification.screening.SanctionsTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfacCsvMapperTest {

    @TempDir
    Path dir;

    @Test
    void readsTheRealSdnListWithAliasesDatesAndNationality() throws Exception {
        List<ListEntry> entries = OfacCsvMapper.sdn().read(SanctionsTestData.directory());
        assertThat(entries).hasSize(8976);
        ListEntry ri = entries.stream().filter(e -> e.uid().equals("12216")).findFirst().orElseThrow();
        assertThat(ri.primaryName()).isEqualTo("RI, Je-Son");
        assertThat(ri.type()).isEqualTo(EntryType.INDIVIDUAL);
        assertThat(ri.aliases()).contains("RI, Che-Son");
        assertThat(ri.birthDates()).containsExactly(PartialDate.ofYear(1938));
        assertThat(ri.nationalities()).containsExactly("PRK");
        assertThat(ri.programs()).containsExactly("NPWMD");
        assertThat(ri.raw()).contains("12216").contains("alt: ");
    }

    @Test
    void readsTheRealConsolidatedList() throws Exception {
        assertThat(OfacCsvMapper.consolidated().read(SanctionsTestData.directory())).hasSize(442);
    }

    @Test
    void parsesDayMonthYearAndRangesFromRemarks() {
        assertThat(OfacRemarks.birthDates("DOB 09 Mar 1944; POB Nangim")).containsExactly(new PartialDate(1944, 3, 9));
        assertThat(OfacRemarks.birthDates("DOB circa 1955 to 1957; alt. DOB Feb 1960."))
                .containsExactly(PartialDate.ofYear(1955), PartialDate.ofYear(1956), PartialDate.ofYear(1957),
                        new PartialDate(1960, 2, 0));
        assertThat(OfacRemarks.nationalities("nationality Korea, North; alt. citizen Iran.")).containsExactly("PRK", "IRN");
    }

    @Test
    void wrongColumnCountRejectsTheWholeListWithTheLine() throws Exception {
        write("sdn.csv", "1,\"DOE, Synthetic\",\"individual\",\"TEST\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
                + "2,\"ROE, Synthetic\",\"individual\",\"TEST\",-0- ,-0- \r\n");
        write("alt.csv", "");
        write("add.csv", "");
        assertThatThrownBy(() -> OfacCsvMapper.sdn().read(dir))
                .isInstanceOfSatisfying(MalformedListException.class, e -> {
                    assertThat(e.file()).isEqualTo("sdn.csv");
                    assertThat(e.location()).isEqualTo("line 2");
                    assertThat(e.reason()).contains("expected 12 columns, found 6");
                });
    }

    @Test
    void aliasOfAnUnknownEntryRejectsTheList() throws Exception {
        write("sdn.csv", "1,\"DOE, Synthetic\",\"individual\",\"TEST\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
        write("alt.csv", "1,10,\"aka\",\"DOE, Syn\",-0- \r\n99,11,\"aka\",\"ROE, Syn\",-0- \r\n");
        write("add.csv", "");
        assertThatThrownBy(() -> OfacCsvMapper.sdn().read(dir))
                .isInstanceOfSatisfying(MalformedListException.class, e -> {
                    assertThat(e.file()).isEqualTo("alt.csv");
                    assertThat(e.location()).isEqualTo("line 2");
                    assertThat(e.reason()).contains("no primary record");
                });
    }

    @Test
    void unterminatedQuoteRejectsTheList() throws Exception {
        write("sdn.csv", "1,\"DOE, Synthetic,\"individual\",\"TEST\",-0- \r\n");
        write("alt.csv", "");
        write("add.csv", "");
        assertThatThrownBy(() -> OfacCsvMapper.sdn().read(dir)).isInstanceOf(MalformedListException.class)
                .hasMessageContaining("sdn.csv");
    }

    @Test
    void invalidUtf8RejectsTheList() throws Exception {
        Files.write(dir.resolve("sdn.csv"), new byte[] {'1', ',', (byte) 0xC3, (byte) 0x28});
        assertThatThrownBy(() -> OfacCsvMapper.sdn().read(dir)).isInstanceOf(MalformedListException.class)
                .hasMessageContaining("UTF-8");
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text + "\u001a", StandardCharsets.UTF_8);
    }
}

package org.ekyc.hub.verification.screening.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

class UnConsolidatedXmlMapperTest {

    @TempDir
    Path dir;

    @Test
    void readsTheRealUnListWithAliasesOriginalScriptAndDates() throws Exception {
        List<ListEntry> entries = new UnConsolidatedXmlMapper().read(SanctionsTestData.directory());
        assertThat(entries).hasSize(1003);
        assertThat(entries.stream().filter(e -> e.type() == EntryType.INDIVIDUAL)).hasSize(730);
        ListEntry ri = entries.stream().filter(e -> e.uid().equals("6908045")).findFirst().orElseThrow();
        assertThat(ri.primaryName()).isEqualTo("RI JE-SON");
        assertThat(ri.aliases()).contains("Ri Che-son");
        assertThat(ri.birthDates()).containsExactly(PartialDate.ofYear(1938));
        assertThat(ri.nationalities()).containsExactly("PRK");
        assertThat(ri.programs()).containsExactly("DPRK");
        ListEntry umarov = entries.stream().filter(e -> e.aliases().contains("Умаров Доку Хаматович"))
                .findFirst().orElseThrow();
        assertThat(umarov.raw()).contains("<NAME_ORIGINAL_SCRIPT>Умаров Доку Хаматович</NAME_ORIGINAL_SCRIPT>");
    }

    @Test
    void doctypeIsRefusedSoExternalEntitiesCannotBeRead() throws Exception {
        Files.writeString(dir.resolve("UN_consolidated.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID>
                <FIRST_NAME>&xxe;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>
                """);
        assertThatThrownBy(() -> new UnConsolidatedXmlMapper().read(dir))
                .isInstanceOfSatisfying(MalformedListException.class, e -> {
                    assertThat(e.getMessage()).doesNotContain("root:");
                    assertThat(e.location()).startsWith("line ");
                });
    }

    @Test
    void notWellFormedXmlIsRefusedWithTheLine() throws Exception {
        Files.writeString(dir.resolve("UN_consolidated.xml"),
                "<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL><DATAID>1</DATAID>\n<FIRST_NAME>A</SECOND_NAME>\n");
        assertThatThrownBy(() -> new UnConsolidatedXmlMapper().read(dir))
                .isInstanceOfSatisfying(MalformedListException.class, e -> {
                    assertThat(e.location()).isEqualTo("line 4");
                    assertThat(e.reason()).contains("not well-formed");
                });
    }

    @Test
    void entryWithoutDataIdIsRefusedWithItsElement() throws Exception {
        Files.writeString(dir.resolve("UN_consolidated.xml"), """
                <CONSOLIDATED_LIST><INDIVIDUALS>
                <INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>SYNTHETIC</FIRST_NAME><SECOND_NAME>ONE</SECOND_NAME></INDIVIDUAL>
                <INDIVIDUAL><FIRST_NAME>SYNTHETIC</FIRST_NAME></INDIVIDUAL>
                </INDIVIDUALS></CONSOLIDATED_LIST>
                """);
        assertThatThrownBy(() -> new UnConsolidatedXmlMapper().read(dir))
                .isInstanceOfSatisfying(MalformedListException.class,
                        e -> assertThat(e.location()).isEqualTo("INDIVIDUAL[2] at line 3/DATAID"));
    }

    @Test
    void wrongRootElementIsRefused() throws Exception {
        Files.writeString(dir.resolve("UN_consolidated.xml"), "<export><INDIVIDUAL/></export>");
        assertThatThrownBy(() -> new UnConsolidatedXmlMapper().read(dir))
                .isInstanceOf(MalformedListException.class).hasMessageContaining("CONSOLIDATED_LIST");
    }
}

package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvExportTest {
    @Test
    void claimsAreOneRowEachWithTheirSourcesAndValues() {
        String csv = new String(CsvExport.claims(Reports.small()), StandardCharsets.UTF_8);
        assertThat(csv.lines()).containsExactly("id,statement,attributed_to,modality,independent_sources,documents,docs,values",
                "c1,\"The dam broke on Monday, flooding homes.\",,asserted,2,2,\"a; b\",\"30; 35\"");
    }

    @Test
    void aDisagreementIsOneRowPerVariant() {
        String csv = new String(CsvExport.discrepancies(Reports.small()), StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(3).element(2).asString().startsWith("d1,number,c1,false,").endsWith(",35,b,\"35 homes\"");
    }

    @Test
    void textASpreadsheetWouldRunAsAFormulaStaysText() {
        String a = Reports.A.replace("\"We will rebuild,\"", "\"=HYPERLINK(1),\"");
        String csv = new String(CsvExport.quotes(Reports.small(a, Reports.B)), StandardCharsets.UTF_8);
        assertThat(csv).contains(",\"'=HYPERLINK(1),\"").doesNotContain(",=HYPERLINK").doesNotContain("\"=HYPERLINK");
        assertThat(CsvExport.defuse("+1")).isEqualTo("'+1");
        assertThat(CsvExport.defuse("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.defuse("plain")).isEqualTo("plain");
    }
}

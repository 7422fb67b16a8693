package org.crosscheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadReaderTest {
    @Test
    void aFileNameIsCutToItsLastElementAndMadePrintable() {
        assertThat(UploadReader.safeName("../../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadReader.safeName("..\\..\\windows\\win.ini")).isEqualTo("win.ini");
        assertThat(UploadReader.safeName("report\u0000\u0007.html")).isEqualTo("report.html");
        assertThat(UploadReader.safeName("...hidden")).isEqualTo("hidden");
        assertThat(UploadReader.safeName("/")).isEqualTo("upload");
        assertThat(UploadReader.safeName(null)).isEqualTo("upload");
        assertThat(UploadReader.safeName("a".repeat(300) + ".txt")).hasSize(120).endsWith(".txt");
    }
}

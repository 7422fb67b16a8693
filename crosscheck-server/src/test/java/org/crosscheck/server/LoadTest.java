package org.crosscheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.crosscheck.bench.ServeLoad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fifty clients read while a document is uploaded and analysed: every answer is right and the
 * document is not lost. Correctness only; the figures (requests/s, latency) are printed by
 * {@code crosscheck bench serve}, not asserted here.
 */
class LoadTest {
    static List<String> pages(DemoServer demo) {
        return List.of("/", "/claims", demo.firstClaimPage(), "/quotes", "/discrepancies", "/timeline",
                "/sources/03-northern-herald", "/entities", "/search?q=injured", "/api/search?q=bridge&kind=claim", "/api/claims",
                "/api/documents", "/api/overview");
    }

    @TempDir
    Path tmp;

    @Test
    void fiftyReadersDuringAnUploadGetNoErrorAndTheUploadIsNotLost() throws Exception {
        try (DemoServer demo = DemoServer.start(tmp)) {
            byte[] doc = ("Ferry service resumes\n\nThe ferry between the old town and the terminal ran again on Thursday, two days "
                    + "after the Saltmarsh Bridge collapsed, the harbour master said.\n").getBytes(StandardCharsets.UTF_8);
            ServeLoad.Result r = ServeLoad.run(URI.create(demo.url("")), demo.server.token(), pages(demo), 50, Duration.ofSeconds(3), "07-ferry.txt", doc, "07-ferry");
            assertThat(r.errorSamples()).isEmpty();
            assertThat(r.errors()).isZero();
            assertThat(r.requests()).isGreaterThanOrEqualTo(50);
            assertThat(r.uploadState()).isEqualTo("done");
            assertThat(r.uploaded()).isTrue();
            assertThat(demo.json("/api/overview").path("documents").asInt()).isEqualTo(7);
        }
    }
}

package org.crosscheck.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test kit: runs the command line in-process and keeps what it printed. */
record Cli(int code, String out, String err) {
    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** The shared corpora folder beside the clone; tests that need it are skipped, with this reason, where it is absent. */
    static Path shared() {
        Path p = Path.of(System.getProperty("crosscheck.shared", "../../shared")).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(p.resolve("corpora")), "needs the shared corpora at " + p);
        return p;
    }

    static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("examples"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("run the tests inside the repository");
        return p;
    }
}

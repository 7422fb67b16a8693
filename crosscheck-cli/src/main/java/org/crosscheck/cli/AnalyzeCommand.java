package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.crosscheck.analysis.pipeline.ProgressListener;
import org.crosscheck.app.WorkspaceAnalyzer;
import org.crosscheck.ingest.IngestLimits;
import org.crosscheck.ingest.IngestResult;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.ingest.Rejected;
import org.crosscheck.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crosscheck analyze PATH... --out DIR}: ingest new sources into the workspace and write the reports. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Reads the sources (text, HTML, PDF, Word, ODT, e-mail, WARC files or folders of them) into the",
                "workspace DIR and writes DIR/report.json, DIR/report.md and DIR/report.html.",
                "Sources already in the workspace (same SHA-256) are not read again; all are analysed together.",
                "Exit codes: 0 ok, 1 failure, 2 usage error, 3 reports written but some inputs were skipped."})
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders to read")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the workspace folder (created on first use)")
    Path out;

    @Option(names = "--name", description = "corpus name shown in the reports (default: the first input's name)")
    String name;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            description = "date that relative expressions (\"on Wednesday\") resolve against when a source has no date")
    LocalDate referenceDate;

    @Option(names = "--meta", paramLabel = "FILE",
            description = {"facts the texts do not say, set by hand: CSV with a header file,outlet,published,title,url (or JSON",
                    "of such objects); each is recorded in the workspace with who and when, wins over what the text shows,",
                    "and stays for later runs; the originals are untouched"})
    Path meta;

    @Option(names = "--max-bytes", defaultValue = "52428800", description = "largest file read, in bytes (default: ${DEFAULT-VALUE})")
    long maxBytes;

    @Option(names = "--timeout", defaultValue = "60", description = "seconds one file's extraction may take (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--claim-judge", paramLabel = "FILE", description = "weights of another claim judge (as bench train-claims writes "
            + "them), to measure one trained without a corpus on that corpus; the shipped judge by default")
    Path claimJudge;

    @Option(names = "--follow-links", description = "follow symbolic links inside the folders given even where they lead out of them "
            + "(by default such links are named and skipped)")
    boolean followLinks;

    @Option(names = "--stories", description = {"the inputs are a mixed pile: group them into stories (events) and analyse each",
            "story as its own workspace under DIR/stories/ID, listed in DIR/stories.json and DIR/index.html; run again",
            "with more files, each new one joins the story it tells or starts one"})
    boolean stories;

    @Option(names = {"-q", "--quiet"}, description = "print only errors")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "print every step")
    boolean verbose;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        java.util.List<org.crosscheck.app.MetaFile.Entry> metaEntries = java.util.List.of();
        if (meta != null) {
            try {
                metaEntries = org.crosscheck.app.MetaFile.read(meta);
            } catch (org.crosscheck.app.MetaFile.MetaFileException e) {
                err.println("crosscheck: " + e.getMessage());
                return 2;
            }
        }
        IngestLimits limits = IngestLimits.DEFAULTS.withMaxBytes(maxBytes).withTimeout(Duration.ofSeconds(timeoutSeconds));
        boolean pileThere = java.nio.file.Files.exists(out.resolve("stories.json"));
        boolean workspaceThere = java.nio.file.Files.exists(out.resolve(Workspace.DATABASE));
        if (stories && workspaceThere || !stories && pileThere) {
            err.println("crosscheck: " + out + (stories ? " is a workspace of one event; give --stories another --out folder"
                    : " holds stories (stories.json); add --stories to add to them, or give another --out folder"));
            return 2;
        }
        if (stories) {
            if (meta != null) {
                err.println("crosscheck: --meta applies to one workspace; set facts on a story with analyze --meta on its folder, DIR/stories/ID");
                return 2;
            }
            return stories(err, stdout, limits);
        }
        try (Workspace ws = Workspace.open(out); Ingestor ingestor = new Ingestor(limits)) {
            if (!WorkspaceAnalyzer.reportsInStep(ws)) {
                err.println("crosscheck: the reports in " + out + " are behind its sources (an earlier run was stopped before it finished "
                        + "them, or an older crosscheck wrote them); this run writes them again");
            }
            List<IngestResult> read = read(err, ingestor);
            // a workspace keeps the name its first run gave it; that run names it after its first input
            String corpus = name != null ? name : WorkspaceAnalyzer.rememberedName(ws) != null ? null
                    : String.valueOf(inputs.get(0).toAbsolutePath().normalize().getFileName());
            WorkspaceAnalyzer.Outcome outcome;
            try (StageBars bars = new StageBars(!quiet && System.console() != null || verbose, err)) {
                outcome = Main.analyzer(claimJudge).run(ws, read, new WorkspaceAnalyzer.Settings(corpus, referenceDate)
                        .withMeta(metaEntries, "--meta " + (meta == null ? "" : meta.getFileName()) + " (" + System.getProperty("user.name", "user") + ")"), bars);
            } catch (WorkspaceAnalyzer.UnknownSourceException e) {
                err.println("crosscheck: " + e.getMessage() + "; nothing was changed");
                return 2;
            } catch (WorkspaceAnalyzer.NothingToAnalyzeException e) {
                err.println("crosscheck: " + e.getMessage());
                return 1;
            }
            // nothing is cut or changed silently: each source read only in part, or mended, is named
            for (var d : outcome.added()) {
                if (d.truncated()) err.println("note: " + d.path() + ": " + d.truncationNote() + " (flagged 'truncated' in the reports)");
                if (d.flags().contains(org.crosscheck.model.DocumentFlag.NUL_REMOVED)) {
                    err.println("note: " + d.path() + ": NUL bytes removed from the text (flagged 'nul-removed')");
                }
                if (d.flags().contains(org.crosscheck.model.DocumentFlag.MIXED_ENCODING)) {
                    err.println("note: " + d.path() + ": mixes character encodings, decoded line by line (flagged 'mixed-encoding')");
                }
            }
            if (!quiet) err.printf("%d new, %d already in the workspace, %d skipped%s; analysed %d documents%s%n",
                    outcome.added().size(), outcome.known(), outcome.rejected().size(),
                    outcome.superseded().isEmpty() ? "" : ", " + outcome.superseded().size() + " replaced by a newer version",
                    outcome.report().documents().size(),
                    outcome.resumed() == 0 ? "" : " (" + outcome.resumed() + " of them resumed from what an earlier run kept)");
            if (!quiet) {
                stdout.println(out.resolve("report.html"));
                stdout.println(out.resolve("report.md"));
                stdout.println(out.resolve("report.json"));
            }
            stdout.flush();
            return outcome.rejected().isEmpty() ? 0 : Main.SKIPPED;
        }
    }

    /** The pile grouped into stories, each analysed into its own workspace under {@code out/stories}. */
    private int stories(PrintWriter err, PrintWriter stdout, IngestLimits limits) {
        try (Ingestor ingestor = new Ingestor(limits)) {
            List<IngestResult> read = read(err, ingestor);
            org.crosscheck.app.StoryPile.Outcome o;
            try (StageBars bars = new StageBars(!quiet && System.console() != null || verbose, err)) {
                o = new org.crosscheck.app.StoryPile(Main.analyzer(claimJudge)).run(out, read,
                        new WorkspaceAnalyzer.Settings(name, referenceDate), bars);
            }
            if (!quiet) {
                err.printf("%d stories (%d with new documents), %d documents already placed, %d skipped%n", o.stories().size(),
                        o.changed().size(), o.known(), o.rejected().size());
                stdout.println(out.resolve("index.html"));
                stdout.println(out.resolve("stories.json"));
            }
            stdout.flush();
            return o.rejected().isEmpty() ? 0 : Main.SKIPPED;
        } catch (java.io.IOException e) {
            err.println("crosscheck: cannot write the stories in " + out + ": " + e.getMessage());
            return 1;
        }
    }

    /** Every file under the inputs, read; each skipped one named on stderr with why. */
    private List<IngestResult> read(PrintWriter err, Ingestor ingestor) {
        List<IngestResult> read = new ArrayList<>();
        List<Path> files = ingestor.files(inputs, inputs, followLinks, out, r -> {
            skipped(err, r);
            read.add(r);
        });
        try (ProgressBar bar = bar("read", files.size())) {
            for (Path f : files) {
                if (verbose) err.println("reading " + f);
                for (IngestResult r : ingestor.read(f)) {
                    if (r instanceof Rejected x) skipped(err, x);
                    read.add(r);
                }
                if (bar != null) bar.step();
            }
        }
        return read;
    }

    private static void skipped(PrintWriter err, Rejected r) {
        err.println("skipped " + r.path() + ": " + r.reason());
        err.flush();
    }

    private ProgressBar bar(String task, long total) {
        if (quiet || System.console() == null) return null;
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build();
    }

    /** One progress line per stage on stderr. */
    private static final class StageBars implements ProgressListener, AutoCloseable {
        private final boolean show;
        private final PrintWriter err;
        private String current = "";

        StageBars(boolean show, PrintWriter err) {
            this.show = show;
            this.err = err;
        }

        @Override
        public synchronized void advanced(String stage, long done, long total) {
            if (!show) return;
            if (!stage.equals(current)) {
                if (!current.isEmpty()) err.println();
                current = stage;
            }
            err.printf("\r%-60s %d/%d", stage, done, total);
            err.flush();
        }

        @Override
        public synchronized void close() {
            if (show && !current.isEmpty()) err.println();
        }
    }
}

package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.crosscheck.analysis.StandardPipeline;
import org.crosscheck.analysis.pipeline.CorpusAnalysis;
import org.crosscheck.analysis.pipeline.CorpusContext;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.analysis.pipeline.Pipeline;
import org.crosscheck.analysis.pipeline.ProgressListener;
import org.crosscheck.analysis.report.ReportAssembler;
import org.crosscheck.ingest.Extracted;
import org.crosscheck.ingest.IngestLimits;
import org.crosscheck.ingest.IngestResult;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.ingest.Rejected;
import org.crosscheck.model.Report;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.nlp.opennlp.OpenNlpAnalyzer;
import org.crosscheck.report.HtmlReport;
import org.crosscheck.report.MarkdownBrief;
import org.crosscheck.report.ReportJson;
import org.crosscheck.workspace.NewDocument;
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

    @Option(names = "--max-bytes", defaultValue = "52428800", description = "largest file read, in bytes (default: ${DEFAULT-VALUE})")
    long maxBytes;

    @Option(names = "--timeout", defaultValue = "60", description = "seconds one file's extraction may take (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

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
        IngestLimits limits = IngestLimits.DEFAULTS.withMaxBytes(maxBytes).withTimeout(Duration.ofSeconds(timeoutSeconds));
        Map<String, String> rejected = new LinkedHashMap<>();
        try (Workspace ws = Workspace.open(out); Ingestor ingestor = new Ingestor(limits)) {
            List<Path> files = ingestor.files(inputs, out, r -> reject(err, rejected, r));
            List<NewDocument> fresh = new ArrayList<>();
            int known = 0;
            Instant now = Instant.now();
            try (ProgressBar bar = bar("read", files.size())) {
                for (Path f : files) {
                    if (verbose) err.println("reading " + f);
                    for (IngestResult r : ingestor.read(f)) {
                        if (r instanceof Rejected x) {
                            reject(err, rejected, x);
                        } else if (r instanceof Extracted x) {
                            if (ws.contains(x.sha256()) || fresh.stream().anyMatch(n -> n.sha256().equals(x.sha256()))) {
                                known++;
                            } else {
                                fresh.add(new NewDocument(x.suggestedId(), x.path(), x.original(), x.sha256(), x.mediaType(), now,
                                        x.text(), x.meta()));
                            }
                        }
                    }
                    if (bar != null) bar.step();
                }
            }
            ws.add(fresh, rejected, Main.version());
            List<SourceDocument> docs = ws.documents();
            if (!quiet) err.printf("%d new, %d already in the workspace, %d skipped; analysing %d documents%n",
                    fresh.size(), known, rejected.size(), docs.size());
            if (docs.isEmpty()) {
                err.println("crosscheck: no document could be read; nothing to analyse");
                return 1;
            }
            Pipeline pipeline = StandardPipeline.create(new OpenNlpAnalyzer());
            String corpus = name != null ? name : inputs.get(0).toAbsolutePath().normalize().getFileName().toString();
            CorpusAnalysis start = CorpusAnalysis.of(new CorpusContext(corpus, referenceDate),
                    docs.stream().map(DocumentAnalysis::of).toList());
            CorpusAnalysis done;
            try (StageBars bars = new StageBars(!quiet && System.console() != null || verbose, err)) {
                done = pipeline.run(start, bars);
            }
            Report report = ReportAssembler.assemble(done, Instant.now(), Main.version());
            ws.writeFile("report.json", ReportJson.write(report));
            ws.writeFile("report.md", MarkdownBrief.write(report));
            ws.writeFile("report.html", HtmlReport.write(report));
            if (!quiet) {
                stdout.println(out.resolve("report.html"));
                stdout.println(out.resolve("report.md"));
                stdout.println(out.resolve("report.json"));
            }
            stdout.flush();
            return rejected.isEmpty() ? 0 : Main.SKIPPED;
        }
    }

    private void reject(PrintWriter err, Map<String, String> rejected, Rejected r) {
        rejected.put(r.path(), r.reason());
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

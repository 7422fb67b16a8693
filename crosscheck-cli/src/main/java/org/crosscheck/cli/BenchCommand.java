package org.crosscheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crosscheck.bench.ExtractionBenchmark;
import org.crosscheck.bench.Extractors;
import org.crosscheck.ingest.IngestLimits;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.workspace.AtomicFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crosscheck bench ...}: benchmark harnesses that print figures. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that measure quality and speed.",
        subcommands = {BenchCommand.Extract.class, BenchCommand.Attribution.class, BenchCommand.Scale.class, BenchCommand.Serve.class,
                BenchCommand.TrainClaims.class, BenchCommand.Claims.class, BenchCommand.LongText.class, BenchCommand.Sources.class,
                BenchCommand.Stories.class, BenchCommand.TrainStories.class, BenchCommand.TrainSpeakers.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = {"Runs crosscheck's article extractor and Readability4J over an article-extraction benchmark",
                    "(html/<id>.html.gz + ground-truth.json) on one thread and prints F1, precision, recall, accuracy,",
                    "pages per second and peak heap for each, with the benchmark's own metric."})
    static final class Extract implements Callable<Integer> {
        @Parameters(paramLabel = "BENCH_DIR", description = "the benchmark folder, e.g. ../shared/bench/article-extraction")
        Path dir;

        @Option(names = "--predictions", paramLabel = "FILE", description = "write crosscheck's bodies as {id: {\"articleBody\": ...}}")
        Path predictions;

        @Option(names = "--warmup", defaultValue = "30", description = "pages run before timing (default: ${DEFAULT-VALUE})")
        int warmup;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            ExtractionBenchmark bench = new ExtractionBenchmark(dir);
            out.printf("# %d pages, 1 thread, %s%n", bench.size(), org.crosscheck.bench.HeapPeak.machine());
            out.printf("%-14s %6s %9s %6s %8s %8s %10s%n", "extractor", "f1", "precision", "recall", "accuracy", "pages/s", "peak-heap");
            try (Ingestor ingestor = new Ingestor(IngestLimits.DEFAULTS)) {
                for (var run : List.of(
                        new Object[] {"crosscheck", Extractors.crosscheck(ingestor)},
                        new Object[] {"readability4j", Extractors.readability4j()})) {
                    ExtractionBenchmark.Result r = bench.run((String) run[0], (org.crosscheck.bench.ArticleExtractor) run[1], warmup);
                    out.printf(Locale.ROOT, "%-14s %6.3f %9.3f %6.3f %8.3f %8.1f %8d MB%n", r.name(), r.score().f1(),
                            r.score().precision(), r.score().recall(), r.score().accuracy(), r.pagesPerSecond(),
                            r.peakHeapBytes() >> 20);
                    out.flush();
                    if (predictions != null && r.name().equals("crosscheck")) {
                        ObjectMapper json = new ObjectMapper();
                        ObjectNode root = json.createObjectNode();
                        r.predictions().forEach((id, body) -> root.putObject(id).put("articleBody", body));
                        AtomicFiles.write(predictions, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "attribution", mixinStandardHelpOptions = true,
            description = {"Runs crosscheck's per-document analysis over a PolNeAR split (text/ + attributions/) and prints",
                    "content precision, recall, F1 and source accuracy for direct quotes and for all attributions,",
                    "and words per second after start-up."})
    static final class Attribution implements Callable<Integer> {
        @Parameters(paramLabel = "SPLIT_DIR", description = "a PolNeAR split, e.g. ../shared/corpora/polnear/dev")
        Path dir;

        @Option(names = "--limit", defaultValue = "100000", description = "score at most this many articles")
        int limit;

        @Option(names = "--errors", paramLabel = "FILE",
                description = "write the direct quotes whose speaker was wrong (doc, content, annotated source, system speaker, mention, the sieve that chose it) as TSV")
        Path errors;

        @Option(names = "--missed", paramLabel = "FILE",
                description = "write the annotated contents no statement matched (doc, cue, source, content) as TSV")
        Path missed;

        @Option(names = "--sieves",
                description = "also print, for each rule that finds speakers, the matched contents it attributed, how many of those have the right source, and its share")
        boolean sieves;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            long t0 = System.nanoTime();
            var pipeline = Main.attributionPipeline();
            double startup = (System.nanoTime() - t0) / 1e9;
            org.crosscheck.bench.AttributionBenchmark.QuoteExtractor extractor = (id, text) -> {
                var doc = new org.crosscheck.model.SourceDocument(id, id, "0".repeat(64), "text/plain", java.time.Instant.EPOCH, text,
                        org.crosscheck.model.SourceDocument.SourceMetadata.NONE);
                var corpus = org.crosscheck.analysis.pipeline.CorpusAnalysis.of(new org.crosscheck.analysis.pipeline.CorpusContext(id, null),
                        List.of(org.crosscheck.analysis.pipeline.DocumentAnalysis.of(doc)));
                return pipeline.run(corpus, org.crosscheck.analysis.pipeline.ProgressListener.NONE)
                        .get(org.crosscheck.analysis.quotes.SpeakerLinker.QUOTES);
            };
            var r = org.crosscheck.bench.AttributionBenchmark.run(dir, extractor, limit);
            out.printf(Locale.ROOT, "# %d articles, %d words, %s; start-up %.1f s%n", r.documents(), r.words(),
                    org.crosscheck.bench.HeapPeak.machine(), startup);
            out.printf("%-14s %9s %6s %6s %8s %6s %6s%n", "set", "precision", "recall", "f1", "source", "gold", "system");
            for (var e : List.of(java.util.Map.entry("direct quotes", r.direct()), java.util.Map.entry("all", r.all()))) {
                var f = e.getValue();
                out.printf(Locale.ROOT, "%-14s %9.3f %6.3f %6.3f %8.3f %6d %6d%n", e.getKey(), f.precision(), f.recall(), f.f1(),
                        f.sourceAccuracy(), f.gold(), f.system());
            }
            out.printf(Locale.ROOT, "throughput %.0f words/s (whole pipeline, one document at a time), peak heap %d MB%n",
                    r.wordsPerSecond(), org.crosscheck.bench.HeapPeak.bytes() >> 20);
            if (sieves) {
                for (var e : List.of(java.util.Map.entry("direct quotes", r.direct()), java.util.Map.entry("all", r.all()))) {
                    out.printf("%-14s %-18s %10s %6s %9s %6s%n", e.getKey(), "sieve", "attributed", "right", "precision", "share");
                    for (var f : e.getValue().sieves()) {
                        out.printf(Locale.ROOT, "%-14s %-18s %10d %6d %9.3f %6.3f%n", "", f.sieve(), f.attributed(), f.right(),
                                f.precision(), f.share());
                    }
                }
            }
            if (errors != null) {
                String tsv = "doc\tcontent\tsource\tsystem_speaker\tsystem_mention\n" + String.join("\n", r.direct().sourceErrors()) + "\n";
                AtomicFiles.write(errors, tsv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            if (missed != null) {
                String tsv = "doc\tcue\tsource\tcontent\n" + String.join("\n", r.all().missed()) + "\n";
                AtomicFiles.write(missed, tsv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return 0;
        }
    }

    @Command(name = "scale", mixinStandardHelpOptions = true,
            description = {"Runs the whole analysis over growing numbers of synthetic articles assembled from a folder of",
                    "news texts (every tenth a reprint) and prints, for each size, documents and words per second (of wall-clock",
                    "and of processor time), and the seconds, processor seconds and peak heap of each stage; each stage's start",
                    "is told on stderr."})
    static final class Scale implements Callable<Integer> {
        @Parameters(paramLabel = "TEXT_DIR", description = "news texts to draw paragraphs from, e.g. ../shared/corpora/polnear/train")
        Path dir;

        @Option(names = {"--sizes", "--docs"}, split = ",", defaultValue = "1000,3000,10000", description = "corpus sizes (default: ${DEFAULT-VALUE})")
        List<Integer> sizes;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            var bench = new org.crosscheck.bench.ScaleBenchmark(dir);
            out.printf("# %s%n", org.crosscheck.bench.HeapPeak.machine());
            for (int n : sizes) {
                // a fresh pipeline each time: the encoder's memory of earlier runs would flatter the larger ones
                PrintWriter err = spec.commandLine().getErr();
                var r = bench.run(Main.pipeline(), n, stage -> {
                    err.printf("scale: %d documents: %s%n", n, stage);
                    err.flush();
                });
                out.printf(Locale.ROOT, "docs %d words %d total %.1f s (%.1f docs/s, %.0f words/s) cpu %.1f s (%.0f words per cpu-s) "
                                + "peak-heap %d MB live-after-gc %d MB%n",
                        r.documents(), r.words(), r.seconds(), r.documentsPerSecond(), r.wordsPerSecond(), r.cpuSeconds(),
                        r.wordsPerCpuSecond(), r.peakHeapBytes() >> 20, r.liveHeapBytes() >> 20);
                r.stageSeconds().forEach((stage, sec) -> out.printf(Locale.ROOT,
                        "  %-50s %8.2f s  cpu %8.2f s  peak-heap %6d MB  live-after-gc %6d MB%n", stage, sec,
                        r.stageCpuSeconds().getOrDefault(stage, 0.0), r.stagePeakHeapBytes().getOrDefault(stage, 0L) >> 20,
                        r.stageLiveHeapBytes().getOrDefault(stage, 0L) >> 20));
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = {"Analyses a corpus into a temporary workspace, serves it on loopback, and has READERS clients read",
                    "its pages and API while one document is uploaded and analysed; prints requests per second, latency",
                    "percentiles and errors, and whether the upload is listed afterwards."})
    static final class Serve implements Callable<Integer> {
        @Parameters(paramLabel = "CORPUS_DIR", description = "the corpus to serve, e.g. examples/harbor-bridge")
        Path corpus;

        @Option(names = "--readers", defaultValue = "50", description = "concurrent readers (default: ${DEFAULT-VALUE})")
        int readers;

        @Option(names = "--seconds", defaultValue = "20", description = "least duration of the run (default: ${DEFAULT-VALUE})")
        int seconds;

        @Option(names = "--without-search", description = "leave the searches out of the readers' mix (to measure what they cost)")
        boolean withoutSearch;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Path tmp = java.nio.file.Files.createTempDirectory("crosscheck-bench-serve");
            try {
                int code = Main.run(new PrintWriter(java.io.OutputStream.nullOutputStream()), spec.commandLine().getErr(),
                        "analyze", "-q", corpus.toString(), "--out", tmp.toString());
                if (code != 0 && code != Main.SKIPPED) return code;
                try (var ws = org.crosscheck.workspace.Workspace.open(tmp); var ingestor = new Ingestor(IngestLimits.DEFAULTS);
                        var server = org.crosscheck.server.CrosscheckServer.start(ws, Main.analyzer(), ingestor,
                                org.crosscheck.server.ServerSettings.DEFAULTS.withPort(0))) {
                    var report = org.crosscheck.report.ReportReader.read(java.nio.file.Files.readAllBytes(tmp.resolve("report.json")));
                    // searches are in the mix: they are not cached pages but queries of the workspace's full-text index
                    List<String> pages = new java.util.ArrayList<>(List.of("/", "/claims", "/quotes", "/discrepancies", "/timeline",
                            "/entities", "/search?q=said", "/api/search?q=the+bridge&kind=quote", "/api/claims", "/api/documents",
                            "/api/overview"));
                    if (withoutSearch) pages.removeIf(p -> p.contains("search"));
                    if (!report.claims().isEmpty()) pages.add("/claims/" + report.claims().get(0).id());
                    if (!report.documents().isEmpty()) pages.add("/sources/" + report.documents().get(0).source().id());
                    byte[] doc = ("Benchmark upload\n\nA new source arrives while the others are read, the benchmark said on Thursday. "
                            + "It is analysed together with every source already in the workspace.\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    out.printf("# %s; %d documents served, %d pages read in turn%n", org.crosscheck.bench.HeapPeak.machine(),
                            report.documents().size(), pages.size());
                    out.flush();
                    var r = org.crosscheck.bench.ServeLoad.run(java.net.URI.create("http://127.0.0.1:" + server.port()), server.token(), pages, readers,
                            java.time.Duration.ofSeconds(seconds), "bench-upload.txt", doc, "bench-upload");
                    out.println(r.line());
                    r.errorSamples().forEach(e -> out.println("  error: " + e));
                    return r.errors() == 0 && r.uploaded() ? 0 : 1;
                }
            } finally {
                try (var files = java.nio.file.Files.walk(tmp)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @Command(name = "train-claims", mixinStandardHelpOptions = true,
            description = {"Trains the claim judge (a logistic regression over the features of two statements) on the STS",
                    "Benchmark and ECB+ training parts of a claim-linking folder and on the candidate pairs of the given golds,",
                    "chooses its regularisation on the public dev parts and its threshold on the golds, prints its figures on",
                    "MRPC test, STS Benchmark test and ECB+ test topics, and writes its weights; with --loco, also the weights",
                    "of a judge trained without each gold in turn, to measure each gold leave-one-corpus-out."})
    static final class TrainClaims implements Callable<Integer> {
        @Parameters(paramLabel = "CLAIM_LINKING_DIR", description = "the claim-linking folder, e.g. ../shared/bench/claim-linking")
        Path dir;

        @Option(names = "--gold", paramLabel = "FILE=CORPUS", description = "a gold of our own and its corpus folder to train on; repeatable")
        List<String> golds = new java.util.ArrayList<>();

        @Option(names = "--out", paramLabel = "FILE", description = "where to write the weights (the shipped ones are "
                + "crosscheck-analysis/src/main/resources/org/crosscheck/analysis/claims/claim-judge.txt)")
        Path out;

        @Option(names = "--loco", paramLabel = "DIR", description = "also write judge-without-<gold>.txt here for each gold")
        Path loco;

        @Option(names = "--dump", paramLabel = "DIR", description = "also write every set's labels and features as TSV files here")
        Path dump;

        @Option(names = "--vectors", paramLabel = "FILE", description = "keep the benchmark sentences' vectors in this file between runs")
        Path vectors;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            var pairs = new org.crosscheck.analysis.claims.StatementPairs(Main.languageAnalyzer(), Main.relations(), Main.encoder());
            var training = new org.crosscheck.bench.ClaimJudgeTraining(dir, pairs, Main.encoder(), err);
            if (vectors != null) training.useVectors(vectors);
            var sets = training.read();
            if (dump != null) org.crosscheck.bench.ClaimJudgeTraining.dump(sets, dump);
            java.util.Map<String, List<org.crosscheck.bench.GoldPairs.Labelled>> goldPairs = new java.util.LinkedHashMap<>();
            // the pairs and their features do not depend on the judge: a neutral one reads them before any is trained
            var clusterer = new org.crosscheck.analysis.claims.ClaimClusterer(Main.encoder(), Main.relations(),
                    org.crosscheck.analysis.claims.ClaimJudge.neutral());
            var pipeline = org.crosscheck.analysis.StandardPipeline.withClaims(Main.languageAnalyzer(), clusterer, Main.nounSenses());
            try (Ingestor ingestor = new Ingestor(IngestLimits.DEFAULTS)) {
                for (String g : golds) {
                    String[] fc = g.split("=", 2);
                    if (fc.length != 2) throw new CommandLine.ParameterException(spec.commandLine(), "--gold takes FILE=CORPUS, not " + g);
                    var labelled = org.crosscheck.bench.GoldPairs.read(Path.of(fc[0]), Path.of(fc[1]), ingestor, pipeline, clusterer);
                    String name = Path.of(fc[0]).getFileName().toString();
                    err.printf("%s: %,d candidate pairs, %,d the same claim%n", name, labelled.size(), labelled.stream().filter(l -> l.same()).count());
                    goldPairs.put(name, labelled);
                    if (dump != null) org.crosscheck.bench.ClaimJudgeTraining.dump(name.replace(".json", ""), labelled, dump);
                }
            }
            var judge = training.train(sets, List.copyOf(goldPairs.values()));
            var figures = org.crosscheck.bench.ClaimJudgeTraining.lines(training.measure(judge, sets));
            figures.forEach((k, v) -> out.printf(Locale.ROOT, "%s %.4f%n", k, v));
            out.printf(Locale.ROOT, "threshold %.2f%n", judge.threshold());
            if (this.out != null) write(this.out, judge, figures, goldPairs.keySet(), err);
            if (loco != null) {
                java.nio.file.Files.createDirectories(loco);
                for (String left : goldPairs.keySet()) {
                    var others = new java.util.LinkedHashMap<>(goldPairs);
                    others.remove(left);
                    var j = training.train(sets, List.copyOf(others.values()));
                    write(loco.resolve("judge-without-" + left.replace(".json", "") + ".txt"), j,
                            org.crosscheck.bench.ClaimJudgeTraining.lines(training.measure(j, sets)), others.keySet(), err);
                }
            }
            return 0;
        }

        private static void write(Path file, org.crosscheck.analysis.claims.ClaimJudge judge, java.util.Map<String, Double> figures,
                java.util.Set<String> golds, PrintWriter err) throws java.io.IOException {
            StringBuilder comment = new StringBuilder("The claim judge: logistic regression over the features of two statements.\n"
                    + "Made by: crosscheck bench train-claims ../shared/bench/claim-linking --gold gold/<name>=<corpus> ... --out <this file>\n"
                    + "Trained on STS Benchmark train (score >= 4 same, <= 3 different), ECB+ train topics and these golds' candidate\n"
                    + "pairs; never on MRPC (measured only) nor on ../shared/gold/xinjiang-report-2022.json.\n");
            for (String g : golds) comment.append("gold: ").append(g).append("\n");
            comment.append("Figures on the test parts when it was made:\n");
            figures.forEach((k, v) -> comment.append(String.format(Locale.ROOT, "  %s %.4f%n", k, v)));
            AtomicFiles.write(file, judge.write(comment.toString().strip()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            err.println("crosscheck: wrote " + file);
        }
    }

    @Command(name = "claims", mixinStandardHelpOptions = true,
            description = {"Measures the claim judge (the shipped one, or --claim-judge) beside the published figures: MRPC test",
                    "accuracy and F1, STS Benchmark test Spearman (all and news), ECB+ test topics at sentence level (link precision,",
                    "recall, F1); then, for each gold, analyses its corpus and prints the claim link precision, strict precision",
                    "(every cross-document link the report makes), recall and F1, and the discrepancy recall and precision."})
    static final class Claims implements Callable<Integer> {
        @Parameters(paramLabel = "CLAIM_LINKING_DIR", description = "the claim-linking folder, e.g. ../shared/bench/claim-linking")
        Path dir;

        @Option(names = "--gold", paramLabel = "FILE=CORPUS", description = "a gold and its corpus folder to measure on; repeatable")
        List<String> golds = new java.util.ArrayList<>();

        @Option(names = "--claim-judge", paramLabel = "FILE", description = "weights of another judge (as bench train-claims writes them)")
        Path claimJudge;

        @Option(names = "--vectors", paramLabel = "FILE", description = "keep the benchmark sentences' vectors in this file between runs")
        Path vectors;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        /** Published and measured peers, from the benchmark's README. */
        private static final String[][] PEERS = {
            {"mrpc_test_accuracy", "TF-IDF .711, bge-small cosine .757, feature LR .764, Madnani et al. 2012 .774, BERT-base .848"},
            {"mrpc_test_f1", "TF-IDF .807, bge-small cosine .829, feature LR .837, Madnani et al. 2012 .841, BERT-base .889"},
            {"sts_test_spearman", "TF-IDF .644, MiniLM .820, bge-small .857, large cross-encoders ~.92"},
            {"sts_test_news_spearman", "MiniLM .720, bge-small .813"},
            {"ecb_test_link_f1", "(sentence level; published figures are mention-level CoNLL F1: lemma baseline .76-.78, best ~.86)"}};

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            var judge = claimJudge == null ? org.crosscheck.analysis.claims.ClaimJudge.shipped()
                    : org.crosscheck.analysis.claims.ClaimJudge.read(java.nio.file.Files.readString(claimJudge));
            var pairs = new org.crosscheck.analysis.claims.StatementPairs(Main.languageAnalyzer(), Main.relations(), Main.encoder());
            var training = new org.crosscheck.bench.ClaimJudgeTraining(dir, pairs, Main.encoder(), err);
            if (vectors != null) training.useVectors(vectors);
            var figures = org.crosscheck.bench.ClaimJudgeTraining.lines(training.measure(judge, training.read()));
            out.printf("# %s; judge threshold %.2f%n", org.crosscheck.bench.HeapPeak.machine(), judge.threshold());
            java.util.Map<String, String> peers = new java.util.HashMap<>();
            for (String[] p : PEERS) peers.put(p[0], p[1]);
            figures.forEach((k, v) -> out.printf(Locale.ROOT, "%-32s %.3f   %s%n", k, v, peers.getOrDefault(k, "")));
            out.flush();
            for (String g : golds) {
                String[] fc = g.split("=", 2);
                if (fc.length != 2) throw new CommandLine.ParameterException(spec.commandLine(), "--gold takes FILE=CORPUS, not " + g);
                Path gold = Path.of(fc[0]);
                Path corpus = Path.of(fc[1]);
                Path tmp = java.nio.file.Files.createTempDirectory("crosscheck-bench-claims");
                try {
                    List<String> args = new java.util.ArrayList<>(List.of("analyze", "-q", corpus.toString(), "--out", tmp.toString()));
                    String ref = org.crosscheck.evaluate.GoldEvaluation.referenceDate(gold);
                    if (ref != null) args.addAll(List.of("--reference-date", ref));
                    if (claimJudge != null) args.addAll(List.of("--claim-judge", claimJudge.toString()));
                    int code = Main.run(new PrintWriter(java.io.OutputStream.nullOutputStream()), err, args.toArray(String[]::new));
                    if (code != 0 && code != Main.SKIPPED) return code;
                    var scored = org.crosscheck.evaluate.GoldEvaluation.score(gold, tmp.resolve("report.json"), corpus);
                    out.println("# " + gold.getFileName());
                    for (String k : List.of("claim_link_precision", "claim_link_strict_precision", "claim_link_recall", "claim_link_f1",
                            "discrepancy_recall", "discrepancy_precision", "discrepancies_reported")) {
                        Double v = scored.figures().get(k);
                        if (v != null) out.printf(Locale.ROOT, "%-32s %.3f%n", k, v);
                    }
                    out.flush();
                } finally {
                    try (var files = java.nio.file.Files.walk(tmp)) {
                        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "long-text", mixinStandardHelpOptions = true,
            description = {"Builds texts of the given sizes from a folder of news texts, each once as ordinary paragraphs and once",
                    "as a single line, and reads and analyses each alone in a fresh workspace; prints the characters analysed,",
                    "whether the text was flagged as cut, the seconds reading and analysing took, and the peak heap."})
    static final class LongText implements Callable<Integer> {
        @Parameters(paramLabel = "TEXT_DIR", description = "a folder of .txt news texts, e.g. ../shared/corpora/polnear/train/text")
        Path dir;

        @Option(names = "--sizes", defaultValue = "1,10,50", split = ",", description = "sizes in MB (default: ${DEFAULT-VALUE})")
        List<Double> sizes;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            List<Path> texts;
            try (var files = java.nio.file.Files.list(dir)) {
                texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            }
            if (texts.isEmpty()) throw new CommandLine.ParameterException(spec.commandLine(), "no .txt files in " + dir);
            var analyzer = Main.analyzer();
            out.printf("# %s; texts built from %d files of %s%n", org.crosscheck.bench.HeapPeak.machine(), texts.size(), dir);
            out.printf("%8s %-10s %12s %12s %9s %9s %10s %10s%n", "size", "shape", "characters", "analysed", "flagged", "read-s", "analyse-s",
                    "cpu-s");
            // the process's CPU time beside the wall time: on a shared machine the wall time says as much about the neighbours
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            for (double mb : sizes) {
                for (boolean oneLine : new boolean[] {false, true}) {
                    byte[] bytes = build(texts, (long) (mb * 1024 * 1024), oneLine);
                    Path tmp = java.nio.file.Files.createTempDirectory("crosscheck-bench-long");
                    try (var ws = org.crosscheck.workspace.Workspace.open(tmp.resolve("ws"));
                            Ingestor ingestor = new Ingestor(IngestLimits.DEFAULTS.withMaxBytes(Math.max(bytes.length, IngestLimits.DEFAULTS.maxBytes())))) {
                        System.gc();
                        org.crosscheck.bench.HeapPeak.reset();
                        long t0 = System.nanoTime();
                        long cpu0 = os.getProcessCpuTime();
                        var read = ingestor.read("long.txt", bytes);
                        long t1 = System.nanoTime();
                        java.util.Map<String, long[]> stages = new java.util.concurrent.ConcurrentHashMap<>();
                        var outcome = analyzer.run(ws, List.of(read), new org.crosscheck.app.WorkspaceAnalyzer.Settings("long", null),
                                (stage, done, total) -> {
                                    long now = System.nanoTime();
                                    stages.computeIfAbsent(stage, k -> new long[] {now, now})[1] = now;
                                });
                        long t2 = System.nanoTime();
                        long cpu = os.getProcessCpuTime() - cpu0;
                        var doc = outcome.report().documents().get(0).source();
                        out.printf(Locale.ROOT, "%5.2f MB %-10s %,12d %,12d %9s %9.1f %10.1f %10.1f   peak heap %d MB%n", mb,
                                oneLine ? "one-line" : "paragraphs", doc.fullLength(), doc.text().length(), doc.truncated() ? "truncated" : "no",
                                (t1 - t0) / 1e9, (t2 - t1) / 1e9, cpu / 1e9, org.crosscheck.bench.HeapPeak.bytes() >> 20);
                        // where the time went: the stages that took a second or more
                        stages.entrySet().stream().filter(e -> e.getValue()[1] - e.getValue()[0] >= 1_000_000_000L)
                                .sorted(java.util.Comparator.comparingLong(e -> e.getValue()[0] - e.getValue()[1]))
                                .forEach(e -> out.printf(Locale.ROOT, "           %-60s %8.1f s%n", e.getKey(), (e.getValue()[1] - e.getValue()[0]) / 1e9));
                        out.flush();
                    } finally {
                        try (var files = java.nio.file.Files.walk(tmp)) {
                            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                        }
                    }
                }
            }
            return 0;
        }

        /** News texts one after another up to {@code size} bytes, as paragraphs or all on one line. */
        private static byte[] build(List<Path> texts, long size, boolean oneLine) throws java.io.IOException {
            StringBuilder b = new StringBuilder();
            for (int i = 0; b.length() < size; i++) {
                String t = java.nio.file.Files.readString(texts.get(i % texts.size()));
                b.append(oneLine ? t.replaceAll("\\s*\\n\\s*", " ") : t).append(oneLine ? " " : "\n\n");
            }
            b.setLength((int) size);
            return b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Command(name = "sources", mixinStandardHelpOptions = true,
            description = {"Analyses each corpus and compares every source's headline, outlet, origin and publication date",
                    "with a gold file's documents (a documents-only gold is enough): a row per source, then the totals,",
                    "among them how many wire datelines were given as origin and not as outlet."})
    static final class Sources implements Callable<Integer> {
        @Parameters(paramLabel = "GOLD=CORPUS", arity = "1..*",
                description = "a gold file and the corpus folder it annotates, e.g. gold/newswcl50-dev-event_0-documents.json=../shared/corpora/newswcl50-dev/event_0")
        List<String> pairs;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            int n = 0;
            int titles = 0;
            int outlets = 0;
            int origins = 0;
            int published = 0;
            int wires = 0;
            int wiresAsOrigin = 0;
            out.printf("%-22s %-5s %-6s %-6s %-9s %s%n", "document", "title", "outlet", "origin", "published", "title as read | outlet | origin | published");
            for (String pair : pairs) {
                int eq = pair.indexOf('=');
                if (eq < 0) throw new CommandLine.ParameterException(spec.commandLine(), "expected GOLD=CORPUS, got " + pair);
                Path gold = Path.of(pair.substring(0, eq));
                Path corpus = Path.of(pair.substring(eq + 1));
                Path tmp = java.nio.file.Files.createTempDirectory("crosscheck-sources");
                String ref = org.crosscheck.evaluate.GoldEvaluation.referenceDate(gold);
                String[] args = ref == null ? new String[] {"analyze", "-q", corpus.toString(), "--out", tmp.toString()}
                        : new String[] {"analyze", "-q", corpus.toString(), "--out", tmp.toString(), "--reference-date", ref};
                int code = Main.run(new PrintWriter(java.io.OutputStream.nullOutputStream()), spec.commandLine().getErr(), args);
                if (code != 0 && code != Main.SKIPPED) return code;
                for (var row : org.crosscheck.evaluate.SourceFactsScore.score(gold, tmp.resolve("report.json"), corpus)) {
                    n++;
                    if (row.titleRight()) titles++;
                    if (row.outletRight()) outlets++;
                    if (row.originRight()) origins++;
                    if (row.publishedRight()) published++;
                    if (row.goldOrigin() != null) {
                        wires++;
                        if (row.wireAsOrigin()) wiresAsOrigin++;
                    }
                    String title = row.title().length() > 60 ? row.title().substring(0, 57) + "..." : row.title();
                    out.printf("%-22s %-5s %-6s %-6s %-9s %s | %s | %s | %s%n", row.id(), mark(row.titleRight()), mark(row.outletRight()),
                            mark(row.originRight()), mark(row.publishedRight()), title, row.outlet(), row.origin(), row.published());
                }
                out.flush();
            }
            out.printf("titles %d/%d%noutlets %d/%d%norigins %d/%d%npublished %d/%d%nwire datelines given as origin, not outlet %d/%d%n",
                    titles, n, outlets, n, origins, n, published, n, wiresAsOrigin, wires);
            return 0;
        }

        private static String mark(boolean right) {
            return right ? "ok" : "WRONG";
        }
    }

    @Command(name = "stories", mixinStandardHelpOptions = true,
            description = {"Groups a mixed pile into stories and scores the grouping with B-cubed precision, recall and F1:",
                    "each STORY_DIR holds the articles of one event; each file under a --singletons folder is a story of its own.",
                    "Prints a line per threshold, the shipped one marked."})
    static final class Stories implements Callable<Integer> {
        @Parameters(paramLabel = "STORY_DIR", arity = "0..*", description = "a folder of one event's articles, e.g. ../shared/corpora/newswcl50-dev/event_0")
        List<Path> stories = new java.util.ArrayList<>();

        @Option(names = "--ecb", description = "instead, ECB+'s folder: scores each split (train, dev, test) on its own, "
                + "every topic's two similar events told apart, e.g. ../shared/bench/claim-linking/ecb-plus")
        Path ecb;

        @Option(names = "--singletons", description = "a folder whose files are each a story of their own, e.g. ../shared/corpora/polnear/dev/text")
        List<Path> singletons = new java.util.ArrayList<>();

        @Option(names = "--thresholds", split = ",", defaultValue = "0.1,0.15,0.2,0.25,0.3,0.35,0.4",
                description = "thresholds to score (default: ${DEFAULT-VALUE})")
        List<Double> thresholds;

        @Option(names = "--show", description = "also print the stories found at the shipped threshold, an article per line")
        boolean show;

        @Option(names = "--background", paramLabel = "FILE|none", description = "term counts to start from, as bench train-stories "
                + "writes them, or none (rarities from the pile alone); the shipped counts by default")
        String background;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            if (ecb != null) {
                for (var split : org.crosscheck.bench.ClaimLinkingData.EcbSplit.values()) {
                    out.printf("# ECB+ %s topics%n", split.name().toLowerCase(Locale.ROOT));
                    scores(out, org.crosscheck.bench.StoryBenchmark.ecb(ecb, split));
                }
                return 0;
            }
            var pile = org.crosscheck.bench.StoryBenchmark.pile(stories, singletons);
            if (show) {
                var found = org.crosscheck.analysis.stories.StoryGrouper.group(
                        pile.stream().map(org.crosscheck.bench.StoryBenchmark.Labelled::article).toList(),
                        org.crosscheck.analysis.stories.StoryGrouper.THRESHOLD, background());
                for (var st : found) {
                    if (st.articles().size() < 2) continue;
                    out.printf("story %s%n", st.id());
                    st.articles().forEach(a -> out.printf("  %s%n", a));
                }
            }
            out.printf("# %s%n", org.crosscheck.bench.HeapPeak.machine());
            scores(out, pile);
            return 0;
        }

        private org.crosscheck.analysis.stories.StoryGrouper.Background background() throws java.io.IOException {
            if (background == null) return org.crosscheck.analysis.stories.StoryGrouper.Background.shipped();
            if (background.equals("none")) return org.crosscheck.analysis.stories.StoryGrouper.Background.NONE;
            return org.crosscheck.analysis.stories.StoryGrouper.Background.read(java.nio.file.Files.readString(Path.of(background)));
        }

        private void scores(PrintWriter out, List<org.crosscheck.bench.StoryBenchmark.Labelled> pile) throws java.io.IOException {
            long events = pile.stream().map(org.crosscheck.bench.StoryBenchmark.Labelled::story).distinct().count();
            out.printf("# pile: %d articles in %d stories%n", pile.size(), events);
            List<Double> all = new java.util.ArrayList<>(thresholds);
            if (!all.contains(org.crosscheck.analysis.stories.StoryGrouper.THRESHOLD)) all.add(org.crosscheck.analysis.stories.StoryGrouper.THRESHOLD);
            java.util.Collections.sort(all);
            for (double t : all) {
                long start = System.nanoTime();
                var r = org.crosscheck.bench.StoryBenchmark.score(pile, t, background());
                double sec = (System.nanoTime() - start) / 1e9;
                out.printf(Locale.ROOT, "threshold %.2f%s bcubed_precision %.4f bcubed_recall %.4f bcubed_f1 %.4f stories %d"
                        + " | articles of multi-article stories: precision %.4f recall %.4f (%.0f articles/s)%n", t,
                        t == org.crosscheck.analysis.stories.StoryGrouper.THRESHOLD ? "*" : " ", r.precision(), r.recall(), r.f1(), r.predicted(),
                        r.sharedPrecision(), r.sharedRecall(), pile.size() / sec);
                out.flush();
            }
        }
    }

    @Command(name = "train-stories", mixinStandardHelpOptions = true,
            description = {"Counts, on ECB+'s train and dev topics, how many articles hold each term the story grouper reads,",
                    "and writes the counts the grouper starts from (the shipped resource is made by this command)."})
    static final class TrainStories implements Callable<Integer> {
        @Parameters(paramLabel = "ECB_DIR", description = "ECB+'s folder, e.g. ../shared/bench/claim-linking/ecb-plus")
        Path ecb;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the counts, e.g. "
                + "crosscheck-analysis/src/main/resources/org/crosscheck/analysis/stories/story-background.txt")
        Path target;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            var b = org.crosscheck.bench.StoryBenchmark.background(ecb);
            String comment = String.join("\n", "How many articles hold each term the story grouper reads, by the term's 64-bit FNV-1a hash.",
                    "Made by: crosscheck bench train-stories <ECB+ folder> --out <this file>",
                    "Counted on ECB+ (Cybulska and Vossen 2014, CC BY 3.0) train and dev topics; its test topics are not counted.",
                    "Terms fewer than two articles hold are left out.");
            java.nio.file.Files.createDirectories(target.toAbsolutePath().getParent());
            org.crosscheck.workspace.AtomicFiles.write(target, b.write(comment).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            spec.commandLine().getOut().printf("%d terms over %d articles written to %s%n", b.documentFrequency().size(), b.documents(), target);
            return 0;
        }
    }

    @Command(name = "train-speakers", mixinStandardHelpOptions = true,
            description = {"Trains the speaker judge (a logistic regression over the features of a quote and the speaker the sieves",
                    "linked to it) on a PolNeAR split, labelling each attributed quote that matches an annotated source right or",
                    "wrong by bench attribution's own rule; prints, on the dev split, the share of matched quotes that keep a",
                    "speaker, source accuracy and the wrong share of kept speakers for floors 0.3 to 0.6, and writes the weights."})
    static final class TrainSpeakers implements Callable<Integer> {
        @Parameters(paramLabel = "TRAIN_DIR", description = "the PolNeAR split to train on, e.g. ../shared/corpora/polnear/train")
        Path train;

        @Option(names = "--dev", paramLabel = "DIR", description = "the split to report figures on (default: the dev folder beside TRAIN_DIR)")
        Path dev;

        @Option(names = "--floor", defaultValue = "0.5",
                description = "the probability under which a speaker is dropped (default: ${DEFAULT-VALUE}, more likely wrong than right)")
        double floor;

        @Option(names = "--limit", defaultValue = "100000", description = "read at most this many articles of each split")
        int limit;

        @Option(names = "--out", paramLabel = "FILE", description = "where to write the weights (the shipped ones are "
                + "crosscheck-analysis/src/main/resources/org/crosscheck/analysis/quotes/speaker-judge.txt)")
        Path out;

        @Option(names = "--dump", paramLabel = "FILE", description = "also write the training examples (label and features) as TSV")
        Path dump;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path devDir = dev != null ? dev : train.toAbsolutePath().normalize().resolveSibling("dev");
            // the candidates and their features do not depend on the judge: a neutral one keeps every speaker
            var pipeline = org.crosscheck.analysis.StandardPipeline.withClaims(Main.languageAnalyzer(),
                    new org.crosscheck.analysis.claims.ClaimClusterer(null, org.crosscheck.nlp.WordRelations.NONE), Main.nounSenses(),
                    org.crosscheck.analysis.quotes.SpeakerJudge.neutral());
            org.crosscheck.bench.SpeakerJudgeTraining.Analyser analyser = (id, text) -> {
                var doc = new org.crosscheck.model.SourceDocument(id, id, "0".repeat(64), "text/plain", java.time.Instant.EPOCH, text,
                        org.crosscheck.model.SourceDocument.SourceMetadata.NONE);
                var corpus = org.crosscheck.analysis.pipeline.CorpusAnalysis.of(new org.crosscheck.analysis.pipeline.CorpusContext(id, null),
                        List.of(org.crosscheck.analysis.pipeline.DocumentAnalysis.of(doc)));
                var done = pipeline.run(corpus, org.crosscheck.analysis.pipeline.ProgressListener.NONE);
                return new org.crosscheck.bench.SpeakerJudgeTraining.Analysed(done.get(org.crosscheck.analysis.quotes.SpeakerLinker.QUOTES),
                        done.get(org.crosscheck.analysis.quotes.SpeakerLinker.SPEAKER_EVIDENCE));
            };
            err.println("reading " + train);
            err.flush();
            var trainSplit = org.crosscheck.bench.SpeakerJudgeTraining.read(train, analyser, limit);
            err.println("reading " + devDir);
            err.flush();
            var devSplit = org.crosscheck.bench.SpeakerJudgeTraining.read(devDir, analyser, limit);
            var judge = org.crosscheck.bench.SpeakerJudgeTraining.train(trainSplit).withFloor(floor);
            if (dump != null) AtomicFiles.write(dump, org.crosscheck.bench.SpeakerJudgeTraining.dump(trainSplit).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            StringBuilder figures = new StringBuilder();
            figures.append(String.format(Locale.ROOT, "%-6s %-6s %7s %10s %6s %7s %10s %6s%n", "split", "floor", "direct", "attributed",
                    "source", "all", "attributed", "source"));
            for (var split : List.of(trainSplit, devSplit)) {
                for (double f : new double[] {0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6}) {
                    var r = org.crosscheck.bench.SpeakerJudgeTraining.figures(judge, f, split);
                    figures.append(String.format(Locale.ROOT, "%-6s %-6.2f %7d %10.3f %6.3f %7d %10.3f %6.3f   wrong of attributed: direct %.3f, all %.3f%n",
                            split.name(), f, r.direct().matched(), r.direct().attributed(), r.direct().sourceAccuracy(), r.all().matched(),
                            r.all().attributed(), r.all().sourceAccuracy(), r.direct().wrongOfAttributed(), r.all().wrongOfAttributed()));
                }
            }
            out.print(figures);
            out.printf(Locale.ROOT, "floor %.2f%n", judge.floor());
            out.flush();
            if (this.out != null) {
                String comment = "The speaker judge: logistic regression (LIBLINEAR, L2, C=1) over the features of a quote and its linked speaker.\n"
                        + "Made by: crosscheck bench train-speakers ../shared/corpora/polnear/train"
                        + (floor == 0.5 ? "" : String.format(Locale.ROOT, " --floor %.2f", floor)) + " --out <this file>\n"
                        + "Trained on PolNeAR train only (each attributed quote matching an annotated source, right or wrong by bench\n"
                        + "attribution's rule); never on PolNeAR dev, ../shared/gold/xinjiang-report-2022.json nor gold/*.json.\n"
                        + "Below the floor a quote keeps its words but loses its speaker. 'attributed' is the share of matched\n"
                        + "annotated contents with a source whose quote keeps a speaker; 'source' is bench attribution's source accuracy.\n"
                        + "Figures when it was made (floor 0.00: every speaker kept):\n" + figures;
                AtomicFiles.write(this.out, judge.write(comment.strip()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                err.println("crosscheck: wrote " + this.out);
            }
            return 0;
        }
    }
}

package org.crosscheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crosscheck.evaluate.GoldEvaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crosscheck evaluate --gold FILE --corpus DIR [--report FILE] [--explain]}: prints the figures of METRICS.md. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores a report.json against a gold annotation file and prints one figure per line (name value).",
                "Without --report, the corpus is analysed first into a temporary workspace."})
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "gold annotations (shared/gold/SCHEMA.md)")
    Path gold;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "the corpus the gold annotates")
    Path corpus;

    @Option(names = "--report", paramLabel = "FILE", description = "a report.json to score (default: analyse the corpus now)")
    Path report;

    @Option(names = "--explain", description = "also list on stderr what the report missed or got wrong (quotes, speakers, claim links, discrepancies, timeline events)")
    boolean explain;

    @Option(names = "--claim-judge", paramLabel = "FILE", description = "analyse with these claim-judge weights (a judge trained "
            + "without this corpus, for leave-one-corpus-out figures)")
    Path claimJudge;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(gold)) throw new CommandLine.ParameterException(spec.commandLine(), "no gold file at " + gold);
        Path r = report;
        Path tmp = null;
        if (r == null) {
            tmp = Files.createTempDirectory("crosscheck-eval");
            String ref = GoldEvaluation.referenceDate(gold);
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("analyze", "-q", corpus.toString(), "--out", tmp.toString()));
            if (ref != null) args.addAll(java.util.List.of("--reference-date", ref));
            if (claimJudge != null) args.addAll(java.util.List.of("--claim-judge", claimJudge.toString()));
            int code = Main.run(new java.io.PrintWriter(java.io.OutputStream.nullOutputStream()), spec.commandLine().getErr(), args.toArray(String[]::new));
            if (code != 0 && code != Main.SKIPPED) return code;
            r = tmp.resolve("report.json");
        }
        GoldEvaluation.Scored scored = GoldEvaluation.score(gold, r, corpus);
        Map<String, Double> figures = scored.figures();
        var outw = spec.commandLine().getOut();
        figures.forEach((k, v) -> outw.println(k + " " + (k.equals("discrepancies_reported") ? String.valueOf(v.longValue())
                : String.format(java.util.Locale.ROOT, "%.4f", v))));
        outw.flush();
        if (explain) {
            var err = spec.commandLine().getErr();
            for (String line : scored.misses()) err.println(line);
            err.flush();
        }
        return 0;
    }
}

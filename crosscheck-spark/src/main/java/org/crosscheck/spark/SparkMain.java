package org.crosscheck.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job's entry point: {@code spark-submit --class org.crosscheck.spark.SparkMain JAR INPUT OUT [--name NAME]
 * [--reference-date YYYY-MM-DD] [--partitions N] [--table]}: INPUT a folder of documents or, with {@code --table}, a
 * Parquet table of {@code path} (string) and {@code bytes} (binary). The master, memory and cores come from spark-submit. Exit codes as
 * the command line's: 0 ok, 1 failure, 2 usage error, 3 done but some inputs were skipped (each named on stderr).
 */
public final class SparkMain {
    private SparkMain() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        String input = null;
        String out = null;
        String name = null;
        LocalDate referenceDate = null;
        int partitions = 0;
        boolean table = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--name" -> name = args[++i];
                    case "--reference-date" -> referenceDate = LocalDate.parse(args[++i]);
                    case "--partitions" -> partitions = Integer.parseInt(args[++i]);
                    case "--table" -> table = true;
                    default -> {
                        if (args[i].startsWith("--")) return usage("unknown option " + args[i]);
                        if (input == null) input = args[i];
                        else if (out == null) out = args[i];
                        else return usage("one INPUT and one OUT, not " + args[i]);
                    }
                }
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            return usage("an option lacks its value");
        } catch (DateTimeParseException | NumberFormatException e) {
            return usage(e.getMessage());
        }
        if (input == null || out == null) return usage("INPUT and OUT are required");
        if (name == null) name = input.replaceAll("/+$", "").substring(input.replaceAll("/+$", "").lastIndexOf('/') + 1);
        SparkSession spark = SparkSession.builder().appName("crosscheck " + name).getOrCreate();
        try {
            int n = partitions > 0 ? partitions : Math.max(2, spark.sparkContext().defaultParallelism());
            SparkAnalysis.Outcome o = SparkAnalysis.run(spark, new SparkAnalysis.Settings(input, table, out, name, referenceDate, n));
            o.rejected().forEach((path, why) -> System.err.println("skipped " + path + ": " + why));
            System.err.printf("%d stories, %d documents, %d skipped; reports in %s/stories, tables in %s%n", o.stories().size(),
                    o.stories().stream().mapToInt(s -> s.paths().size()).sum(), o.rejected().size(), out, out);
            return o.rejected().isEmpty() ? 0 : 3;
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("crosscheck-spark: " + e.getMessage());
            if (Boolean.getBoolean("crosscheck.debug")) e.printStackTrace();
            return 1;
        } finally {
            spark.stop();
        }
    }

    private static int usage(String why) {
        System.err.println("crosscheck-spark: " + why);
        System.err.println("usage: spark-submit --class org.crosscheck.spark.SparkMain JAR INPUT OUT [--table] [--name NAME] [--reference-date YYYY-MM-DD] [--partitions N]");
        return 2;
    }
}

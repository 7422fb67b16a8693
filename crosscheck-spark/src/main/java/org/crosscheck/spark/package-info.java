/**
 * The analysis {@code crosscheck analyze --stories} runs, run by Apache Spark: documents read on the executors, grouped
 * into stories, each story analysed by the same {@code WorkspaceAnalyzer} the command line uses, and the results written
 * as one report.json per story plus Parquet tables. Spark is used here and nowhere else in the project.
 */
@NullMarked
package org.crosscheck.spark;

import org.jspecify.annotations.NullMarked;

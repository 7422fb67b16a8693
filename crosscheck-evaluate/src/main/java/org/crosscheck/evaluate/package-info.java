/** Scoring a report.json against gold annotations (shared/gold/SCHEMA.md, METRICS.md). */
@NullMarked
package org.crosscheck.evaluate;

import org.jspecify.annotations.NullMarked;

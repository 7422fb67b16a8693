/** Turns a finished corpus analysis into the report values. */
@NullMarked
package org.crosscheck.analysis.report;

import org.jspecify.annotations.NullMarked;

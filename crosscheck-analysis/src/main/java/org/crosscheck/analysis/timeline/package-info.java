/** Dates in the text resolved to the calendar, and the events they date. */
@NullMarked
package org.crosscheck.analysis.timeline;

import org.jspecify.annotations.NullMarked;

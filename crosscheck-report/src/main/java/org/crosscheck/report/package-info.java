/** Writers for a {@link org.crosscheck.model.Report}: the JSON contract, a Markdown brief, one HTML page. */
@NullMarked
package org.crosscheck.report;

import org.jspecify.annotations.NullMarked;

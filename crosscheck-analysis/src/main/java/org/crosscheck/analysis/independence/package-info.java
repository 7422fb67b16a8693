/** Which documents are copies of each other, so corroboration counts independent sources. */
@NullMarked
package org.crosscheck.analysis.independence;

import org.jspecify.annotations.NullMarked;

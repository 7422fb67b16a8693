/** A mixed pile of articles grouped into stories (events), incrementally. */
@NullMarked
package org.crosscheck.analysis.stories;

import org.jspecify.annotations.NullMarked;

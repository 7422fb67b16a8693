/** Claims grouped across sources, their values, and where sources disagree. */
@NullMarked
package org.crosscheck.analysis.claims;

import org.jspecify.annotations.NullMarked;

/** Who said what: quoted and reported speech and its speakers. */
@NullMarked
package org.crosscheck.analysis.quotes;

import org.jspecify.annotations.NullMarked;

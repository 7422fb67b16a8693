/** The analysis: the standard pipeline of stages, from cleaning to cross-source discrepancies. */
@NullMarked
package org.crosscheck.analysis;

import org.jspecify.annotations.NullMarked;

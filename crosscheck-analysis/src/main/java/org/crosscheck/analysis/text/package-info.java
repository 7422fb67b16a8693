/** Text helpers shared by the stages: lines with offsets, word normalisation, stop words. */
@NullMarked
package org.crosscheck.analysis.text;

import org.jspecify.annotations.NullMarked;

/** The sentence stage: a cleaned document's sentences and tokens, each name tagged alike throughout the document. */
@NullMarked
package org.crosscheck.analysis.sentences;

import org.jspecify.annotations.NullMarked;

/**
 * The language-processing port. The analysis sees only these values; toolkits (OpenNLP, CoreNLP)
 * live behind {@link org.crosscheck.nlp.LanguageAnalyzer} in adapter modules of their own.
 */
@NullMarked
package org.crosscheck.nlp;

import org.jspecify.annotations.NullMarked;

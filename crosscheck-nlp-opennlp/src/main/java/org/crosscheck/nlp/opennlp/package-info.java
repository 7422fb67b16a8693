/** {@link org.crosscheck.nlp.LanguageAnalyzer} over Apache OpenNLP. */
@NullMarked
package org.crosscheck.nlp.opennlp;

import org.jspecify.annotations.NullMarked;

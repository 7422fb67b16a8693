/** The Emory NLP4J adapter behind the {@link org.crosscheck.nlp.PartOfSpeechTagger} port. */
@NullMarked
package org.crosscheck.nlp.nlp4j;

import org.jspecify.annotations.NullMarked;

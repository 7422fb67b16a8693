/** The WordNet adapter behind the {@link org.crosscheck.nlp.NounSenses} port. */
@NullMarked
package org.crosscheck.wordnet;

import org.jspecify.annotations.NullMarked;

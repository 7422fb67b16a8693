/**
 * Stanford CoreNLP as a baseline only: its quote attribution, turned into crosscheck's quotes so the
 * same scorers measure both. GPL-3.0, kept out of the default build and of the crosscheck command.
 */
@NullMarked
package org.crosscheck.corenlp;

import org.jspecify.annotations.NullMarked;

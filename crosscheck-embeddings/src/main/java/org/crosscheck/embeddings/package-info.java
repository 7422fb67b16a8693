/**
 * The sentence-embedding adapter: {@link org.crosscheck.nlp.SentenceEncoder} over an ONNX model that comes
 * as a Maven artifact. Kept in its own module because ONNX Runtime and the model weigh about 120 MB.
 */
@NullMarked
package org.crosscheck.embeddings;

import org.jspecify.annotations.NullMarked;

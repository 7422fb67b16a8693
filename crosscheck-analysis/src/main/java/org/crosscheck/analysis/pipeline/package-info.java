/**
 * The pipeline: typed keys, immutable analysis values, stages that declare what they require and
 * provide, and a {@link org.crosscheck.analysis.pipeline.Pipeline} checked when it is assembled.
 */
@NullMarked
package org.crosscheck.analysis.pipeline;

import org.jspecify.annotations.NullMarked;

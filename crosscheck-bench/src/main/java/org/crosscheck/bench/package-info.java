/** Benchmark harnesses: they measure and print, they never pass or fail. */
@NullMarked
package org.crosscheck.bench;

import org.jspecify.annotations.NullMarked;

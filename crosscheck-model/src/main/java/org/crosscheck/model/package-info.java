/**
 * The immutable values crosscheck produces and every module shares. Every finding points at exact
 * characters of a preserved original through a {@link org.crosscheck.model.Span}.
 * All types are records or enums and are safe to share between threads.
 */
@NullMarked
package org.crosscheck.model;

import org.jspecify.annotations.NullMarked;

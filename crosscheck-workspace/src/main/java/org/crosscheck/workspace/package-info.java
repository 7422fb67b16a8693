/**
 * The workspace: a portable folder with one SQLite database (schema versioned by Flyway
 * migrations), the preserved originals named by their SHA-256, and the reports. Every write is
 * atomic: a crash leaves the workspace as it was before.
 */
@NullMarked
package org.crosscheck.workspace;

import org.jspecify.annotations.NullMarked;

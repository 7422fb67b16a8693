/**
 * What the entry points (the command line, the web server) do to a workspace, written once: read
 * new sources in, analyse every source together, write the reports.
 */
@NullMarked
package org.crosscheck.app;

import org.jspecify.annotations.NullMarked;

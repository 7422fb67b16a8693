/** The crosscheck command line; {@link org.crosscheck.cli.Main} wires its pieces together. */
@NullMarked
package org.crosscheck.cli;

import org.jspecify.annotations.NullMarked;

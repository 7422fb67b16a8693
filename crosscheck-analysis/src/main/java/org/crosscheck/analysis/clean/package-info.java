/** Boilerplate removal: which parts of the extracted text are the article, its title, and what is junk. */
@NullMarked
package org.crosscheck.analysis.clean;

import org.jspecify.annotations.NullMarked;

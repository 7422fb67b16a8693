/** Named people, organisations, places and works, and their aliases across documents. */
@NullMarked
package org.crosscheck.analysis.entities;

import org.jspecify.annotations.NullMarked;

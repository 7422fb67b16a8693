/** What the learned judges share: the text form of their weights. */
@NullMarked
package org.crosscheck.analysis.learn;

import org.jspecify.annotations.NullMarked;

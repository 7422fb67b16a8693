/**
 * Reading originals into text: plain text in any common encoding, HTML, PDF, Word, ODT, e-mail and
 * WARC web archives, each within size and time limits, each failure a clear {@link
 * org.crosscheck.ingest.Rejected} naming the file and the reason.
 */
@NullMarked
package org.crosscheck.ingest;

import org.jspecify.annotations.NullMarked;

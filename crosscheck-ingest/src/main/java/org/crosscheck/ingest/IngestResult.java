package org.crosscheck.ingest;

/** What reading one input gave: a document, or a reason it was not read. */
public sealed interface IngestResult permits Extracted, Rejected {
    /** Where the input came from, as the user gave it (a WARC record adds {@code #uri}). */
    String path();
}

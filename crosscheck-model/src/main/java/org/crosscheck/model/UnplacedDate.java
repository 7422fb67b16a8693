package org.crosscheck.model;

/**
 * A time expression a source gives that the timeline could not put on the calendar, kept so a reader
 * sees what the timeline leaves out instead of losing it silently.
 *
 * @param mention  the words that would date something ("on Friday", "April 21")
 * @param sentence the sentence they date
 * @param reason   why no date could be given to them
 */
public record UnplacedDate(Span mention, Span sentence, Reason reason) {
    /** Why a time expression stayed off the calendar. */
    public enum Reason {
        /**
         * A relative expression ("on Friday", "last week", "April 21" without its year) in a source with
         * no publication date, in a run given no reference date and whose other sources give none either.
         */
        NO_REFERENCE_DATE("no-reference-date");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        /** The name report.json uses. */
        public String label() {
            return label;
        }
    }
}

package org.crosscheck.analysis.quotes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.analysis.quotes.FoundQuote.SpeakerForm;
import org.crosscheck.model.Span;
import org.jspecify.annotations.Nullable;

/** A transcript: "BERG: Well, look, ..." names its speaker in capitals before a colon, inside the marks or opening a paragraph. */
final class TranscriptLabelSieve implements Sieve {
    static final String NAME = "transcript-label";

    /** Up to three words in capitals and a colon, opening the text. */
    static final Pattern LABEL = Pattern.compile("^(\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+){0,2}):\\s");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public @Nullable Attribution attribute(QuoteContext c) {
        Matcher m = LABEL.matcher(c.quote().text());
        if (!m.find()) return null;
        Span label = c.src().span(c.quote().start() + m.start(1), c.quote().start() + m.end(1));
        return new Attribution(label, SpeakerForm.DESCRIPTION, List.of(), ":", 0.9);
    }
}

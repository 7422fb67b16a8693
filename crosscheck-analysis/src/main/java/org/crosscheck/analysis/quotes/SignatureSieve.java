package org.crosscheck.analysis.quotes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.analysis.entities.NameMention;
import org.crosscheck.analysis.quotes.FoundQuote.SpeakerForm;
import org.crosscheck.model.Span;
import org.jspecify.annotations.Nullable;

/** A quotation signed after a dash, as reader comments and lists of reactions are: "“...” ― Carla Ruiz". */
final class SignatureSieve implements Sieve {
    /** After a quotation's closing mark, a dash and a name that ends the line, on the same line or the next. */
    private static final Pattern SIGNED = Pattern.compile(
            "^[\"”’'.,!?\\h]{0,4}(?:\n\\s*)?[―—–-]\\h?(\\p{Lu}[\\p{L}.'’-]*(?:\\h\\p{Lu}[\\p{L}.'’-]*){0,4})[.,]?\\h*(?:\n|$)");

    @Override
    public String name() {
        return "signature";
    }

    @Override
    public @Nullable Attribution attribute(QuoteContext c) {
        String text = c.src().text();
        Span quote = c.quote();
        Matcher m = SIGNED.matcher(text.substring(quote.end(), Math.min(text.length(), quote.end() + 80)));
        if (!m.find()) return null;
        int start = quote.end() + m.start(1);
        int end = quote.end() + m.end(1);
        // "Edwin G. Monroy." keeps its initial's dot, not the sentence's
        while (end > start && text.charAt(end - 1) == '.' && !Character.isUpperCase(text.charAt(end - 2))) end--;
        for (NameMention n : c.names()) {
            if (n.span().start() == start) return new Attribution(n.span(), SpeakerForm.NAME, List.of(), "―", 0.85);
        }
        return new Attribution(c.src().span(start, end), SpeakerForm.DESCRIPTION, List.of(), "―", 0.8);
    }
}

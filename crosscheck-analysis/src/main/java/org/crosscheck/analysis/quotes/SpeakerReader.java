package org.crosscheck.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.analysis.entities.NameMention;
import org.crosscheck.analysis.quotes.FoundQuote.SpeakerForm;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.Span;
import org.crosscheck.nlp.NounSenses;
import org.jspecify.annotations.Nullable;

/**
 * Who a noun phrase next to a cue names as the speaker: a name, a pronoun with the names it may
 * stand for, the maker of a statement or work ("China's statement", "the report's authors"), or a
 * description whose head can speak. Shared by the quotations and the reported speech. Stateless and
 * thread-safe when its {@link NounSenses} is.
 */
final class SpeakerReader {
    private final NounSenses senses;

    SpeakerReader(NounSenses senses) {
        this.senses = Objects.requireNonNull(senses);
    }


    /** Those who make a work, who speak as the work when a phrase names it as theirs. */
    private static final Set<String> MAKERS = QuoteLexicon.words("work-makers.txt");
    /** A possessor before the head: "The report's" or "its". */
    private static final java.util.regex.Pattern POSSESSOR = java.util.regex.Pattern.compile("^(?:(its|their)|(.+?)['’]s)\\s", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Things said that belong to whoever said them, unlike reports and studies, which speak as works. */
    private static final Set<String> STATEMENT_NOUNS = QuoteLexicon.words("owned-statements.txt");
    /** A name owning the statement noun after it: "China's statement", "the ministry's written response". */
    private static final java.util.regex.Pattern OWNS = java.util.regex.Pattern.compile("['’]s\\s+([\\p{L}-]+)(?:\\s+([\\p{L}-]+))?");
    /** The maker of a statement after it: "a statement issued by", "the recommendations made by". */
    private static final java.util.regex.Pattern MADE_BY = java.util.regex.Pattern.compile(
            "\\s+(?:(?:" + String.join("|", QuoteLexicon.words("maker-verbs.txt")) + ")\\s+)?by\\s+");

    /**
     * The speaker a noun phrase names, or null when its head cannot speak ("the evidence", "the goal"):
     * a name that is the phrase's head ("Ana Duarte", "Ana Duarte at the ministry"), a pronoun, or a
     * description headed by a noun for people, organisations or documents ("the ministry", "rights
     * groups", "the report"). A name that only modifies the head ("the UN rights agency") does not
     * make the name the speaker; the description is resolved later.
     */
    @Nullable Attribution read(SourceDocument src, NounPhrase np, List<NameMention> names, @Nullable String cue, double confidence) {
        Span mention = src.span(np.start(), np.end());
        for (NameMention n : names) {
            // "the Department of Health and Human Services said": one name may hold an "and"
            if (n.span().start() < np.start() && n.span().end() == np.headEnd()) {
                return new Attribution(n.span(), SpeakerForm.NAME, List.of(), cue, confidence);
            }
        }
        Coordination list = coordination(src.text(), np);
        if (list == Coordination.NAMES) {
            // "Goodlatte, Gowdy and Nunes noted": a list of people speaks as the list, never as one of them
            Matcher m = NAME_LIST_BEFORE.matcher(src.text()).region(Math.max(0, np.start() - 160), np.start());
            int start = m.find() ? m.start() : np.start();
            Matcher after = NAME_LIST_AFTER.matcher(src.text()).region(np.end(), Math.min(src.text().length(), np.end() + 160));
            int end = after.lookingAt() ? after.end() : np.end();
            return new Attribution(src.span(start, end), SpeakerForm.DESCRIPTION, List.of(), cue, confidence - 0.1);
        }
        // "the report's authors say", "its authors suggest": the makers of a work speak as the work
        if (MAKERS.contains(np.head())) {
            String phrase = src.text().substring(np.start(), np.headEnd());
            java.util.regex.Matcher own = POSSESSOR.matcher(phrase);
            if (own.find()) {
                boolean pronoun = own.group(1) != null;
                Span owner = src.span(np.start(), np.start() + (pronoun ? own.end(1) : own.end(2)));
                return new Attribution(owner, pronoun ? SpeakerForm.PRONOUN : SpeakerForm.DESCRIPTION, SpeakerReader.antecedents(names, owner.start()),
                        cue, confidence - 0.2);
            }
        }
        if (np.pronoun()) {
            return new Attribution(mention, SpeakerForm.PRONOUN, SpeakerReader.antecedents(names, mention.start()), cue, confidence - 0.1);
        }
        for (NameMention n : names) {
            if (n.span().start() >= np.start() && n.span().end() == np.headEnd()) {
                return new Attribution(n.span(), SpeakerForm.NAME, List.of(), cue, confidence);
            }
        }
        // "China's statement said", "a statement issued by the ministry said": a statement speaks for whoever made it
        if (STATEMENT_NOUNS.contains(np.head())) {
            for (NameMention n : names) {
                if (n.span().start() >= np.start() && n.span().end() < np.headEnd()) {
                    return new Attribution(n.span(), SpeakerForm.NAME, List.of(), cue, confidence - 0.1);
                }
            }
            // "The statement calls on ...", after "China's statement said": the statement is the one whose maker was named before
            if (np.start() == np.headEnd() - np.head().length() - 4 && src.text().regionMatches(true, np.start(), "the ", 0, 4)) {
                for (int k = names.size() - 1; k >= 0; k--) {
                    NameMention n = names.get(k);
                    if (n.span().end() > np.start()) continue;
                    java.util.regex.Matcher own = OWNS.matcher(src.text()).region(n.span().end(), Math.min(src.text().length(), n.span().end() + 40));
                    if (own.lookingAt() && (np.head().equalsIgnoreCase(own.group(1)) || np.head().equalsIgnoreCase(own.group(2)))) {
                        return new Attribution(n.span(), SpeakerForm.NAME, List.of(), cue, confidence - 0.2);
                    }
                }
            }
            java.util.regex.Matcher by = MADE_BY.matcher(src.text()).region(np.end(), Math.min(src.text().length(), np.end() + 40));
            if (by.lookingAt()) {
                for (NameMention n : names) {
                    if (n.span().start() == by.end() || n.span().start() == by.end() + 4 && src.text().startsWith("the ", by.end())) {
                        return new Attribution(n.span(), SpeakerForm.NAME, List.of(), cue, confidence - 0.1);
                    }
                }
            }
        }
        boolean properHead = Character.isUpperCase(src.text().charAt(np.headEnd() - np.head().length()));
        // "according to the FBI's data", "according to exit polls": the phrase itself makes its noun a source
        boolean according = "according to".equals(cue);
        if (!properHead && !according && !np.share(src.text()) && !SpeakerNouns.canSpeak(np.head(), senses)) return null;
        Span core = src.span(np.start(), np.headEnd());
        return new Attribution(core, SpeakerForm.DESCRIPTION, SpeakerReader.antecedents(names, mention.start()), cue, confidence - 0.1);
    }

    private enum Coordination { NONE, NAMES, UNBOUNDED }

    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}";
    /** Names joined by commas and "and" that end right before a phrase: "Goodlatte, Gowdy and ". */
    private static final Pattern NAME_LIST_BEFORE = Pattern.compile("(?:" + NAME + "(?:,\\s+|,?\\s+(?:and|&)\\s+))+$");
    /** Names joined to a phrase after it: " and Nunes", ", Gowdy and Nunes". */
    private static final Pattern NAME_LIST_AFTER = Pattern.compile("(?:(?:,\\s+|,?\\s+(?:and|&)\\s+)" + NAME + ")*,?\\s+(?:and|&)\\s+" + NAME);
    /** "and" or "&" joining a phrase to the one before or after it. */
    private static final Pattern JOINED_BEFORE = Pattern.compile("(?:\\s(?:and|&)\\s+)$");
    private static final Pattern JOINED_AFTER = Pattern.compile(",?\\s+(?:and|&)\\s+\\S");

    /**
     * Whether the phrase is one of several joined by "and": a list of names ("Goodlatte, Gowdy and Nunes"), or
     * some other joining ("the mayor and her deputy"), whose extent the words do not show well enough to name, so
     * the phrase next to the verb is read as it stands.
     */
    private static Coordination coordination(String text, NounPhrase np) {
        boolean before = JOINED_BEFORE.matcher(text).region(Math.max(0, np.start() - 6), np.start()).find();
        boolean after = JOINED_AFTER.matcher(text).region(np.end(), Math.min(text.length(), np.end() + 8)).lookingAt()
                || NAME_LIST_AFTER.matcher(text).region(np.end(), Math.min(text.length(), np.end() + 160)).lookingAt();
        if (!before && !after) return Coordination.NONE;
        boolean capital = Character.isUpperCase(text.charAt(np.start()));
        boolean namesBefore = !before || NAME_LIST_BEFORE.matcher(text).region(Math.max(0, np.start() - 160), np.start()).find();
        boolean namesAfter = !after || NAME_LIST_AFTER.matcher(text).region(np.end(), Math.min(text.length(), np.end() + 160)).lookingAt();
        return capital && namesBefore && namesAfter ? Coordination.NAMES : Coordination.UNBOUNDED;
    }

    /** Names before {@code offset}, nearest first, for resolving a pronoun or a description. */
    static List<Span> antecedents(List<NameMention> names, int offset) {
        List<Span> out = new ArrayList<>();
        for (int i = names.size() - 1; i >= 0 && out.size() < 40; i--) {
            NameMention n = names.get(i);
            if (n.span().end() <= offset && n.type() != EntityType.GPE) out.add(n.span());
        }
        return out;
    }
}

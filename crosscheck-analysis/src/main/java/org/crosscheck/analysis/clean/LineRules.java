package org.crosscheck.analysis.clean;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.crosscheck.analysis.text.Words;
import org.crosscheck.model.JunkKind;

/**
 * Rules that recognise page junk from one line alone. Each rule is a pattern and a word limit:
 * junk is short, so a long line of prose that happens to contain "subscribe" stays in the article.
 * The patterns name the furniture of news pages in general (forms, share bars, credits), never the
 * wording of one site.
 */
final class LineRules {
    private record Rule(JunkKind kind, Pattern pattern, int maxWords) {}

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static final List<Rule> RULES = List.of(
            new Rule(JunkKind.SUBSCRIBE, p("\\bsubscri(be|ber|bers|ption|ptions)\\b|\\bnewsletters?\\b|\\bsign[ -]?up\\b"
                    + "|indicates required|^e-?mail( address)?\\W*$|\\bmailchimp\\b|^full name\\W*$|^(first|last) name\\W*$"
                    + "|already a (subscriber|member)|create (a |your )?(free )?account|unlimited (digital )?access"), 12),
            new Rule(JunkKind.COMMENT_FORM, p("enter your (comment|name|e-?mail)|leave a (comment|reply)|post a comment"
                    + "|^comments?\\W*$|facebook comments|notify me of|save my name|log ?in to (comment|reply)"
                    + "|^\\d+ comments?$|join the (conversation|discussion)|^reply$"), 14),
            new Rule(JunkKind.SHARE, p("^(share|tweet|e-?mail|print|copy link|share this( article| story| page)?"
                    + "|share on \\w+|share via \\w+)\\W*$|^((facebook|twitter|x|whatsapp|linkedin|reddit|e-?mail|telegram|pinterest)"
                    + "\\W*){2,}$"), 8),
            new Rule(JunkKind.RELATED_LINK, p("^(source link|read more|read the full|related( articles?| stories| coverage| content)?\\s*:?"
                    + "|see also|more from|more on this|recommended( for you)?|you may also like|most read|most popular"
                    + "|trending( now)?|top stories|further reading)\\b"), 12),
            new Rule(JunkKind.BYLINE, p("^by\\s+(?-iu:\\p{Lu}[\\p{L}.'-]+(\\s+\\p{Lu}[\\p{L}.'-]+){0,3}(\\s*(,|and)\\s*\\p{Lu}[\\p{L}.' -]+)?)\\W*$"
                    + "|\\breported from\\b|contributed (reporting )?to this (report|story)|^(written|edited|reporting) by\\b"
                    + "|\\b(staff writer|correspondent)\\W*$|^updated\\s*:?\\s*\\w+ \\d|^published\\s*:?\\s*\\w+ \\d"), 20),
            new Rule(JunkKind.CREDIT, p("^(image|photo|picture|video|graphic|illustration)s?\\s*(source|credit|courtesy|by)?s?\\s*:"
                    + "|^\\(?(getty images|afp|reuters|ap photo|epa|shutterstock)[\\W]*\\)?$"), 12),
            new Rule(JunkKind.OTHER, p("^\\W*\\[?[\\w.+-]+@[\\w-]+\\.[\\w.]+\\]?(\\(mailto:[^)]*\\))?\\W*$"
                    + "|^\\W*\\[[^\\]]*\\]\\(https?://[^)]*\\)\\W*$|^\\W*https?://\\S+\\W*$|^\\W*\\(?\\+?\\d[\\d\\s().-]{6,}\\d\\W*$"
                    + "|views (and opinions )?expressed (in|here)|all rights reserved|^\\W*(©|copyright\\b)"
                    + "|^\\W*(advertisement|sponsored( content)?|ad|skip advertisement)\\W*$"
                    + "|\\bcookies?\\b.*\\b(accept|preferences|settings|consent|policy)\\b|\\b(accept|manage)\\b.*\\bcookies?\\b"
                    + "|^media (enquiries|inquiries|contact)"
                    + "|^[^,]{1,40}(,[^ ,][^,]{0,40}){3,}$"), 60),
            new Rule(JunkKind.CAPTION, p("\\((photo|image|video|credit)[^()]*\\)\\s*$|\\([^()]*/[^()]*\\)\\s*$|AFP PHOTO|photo credit"
                    + "|\\((getty|afp|ap|reuters|xinhua|epa|the associated press|associated press)[^()]*\\)\\s*$"), 80));

    /** ALL-CAPS lines of three words or more, or shouting with '!' or '>', are promotions, not prose. */
    private static final Pattern SHOUT = Pattern.compile("^[^\\p{Ll}]*\\p{Lu}[^\\p{Ll}]*$");

    /** Teaser markers: an all-caps label and a bar or colon, such as "LISTEN |" or "WATCH:". */
    static final Pattern TEASER = Pattern.compile("^\\W*(LISTEN|WATCH|READ|RELATED|MORE|ALSO READ|VIDEO|PODCAST|PHOTOS|GALLERY)\\s*[|:]");

    private LineRules() {}

    /** The kind of junk {@code line} is on its own, if any. */
    static Optional<JunkKind> classify(String line) {
        String s = strip(line);
        if (s.isEmpty()) return Optional.of(JunkKind.OTHER);
        if (TEASER.matcher(s).find()) return Optional.of(JunkKind.TEASER);
        int words = Words.count(s);
        for (Rule r : RULES) {
            if (words <= r.maxWords && r.pattern.matcher(s).find()) return Optional.of(r.kind);
        }
        if (SHOUT.matcher(s).matches() && (words >= 3 || s.endsWith("!") || s.endsWith(">"))) {
            return Optional.of(JunkKind.OTHER);
        }
        return Optional.empty();
    }

    /** The line without markdown decoration (#, *, escaping backslashes) around it. */
    static String strip(String line) {
        return line.strip().replaceAll("^[#*>_\\s]+", "").replaceAll("[*_\\s]+$", "").replace("\\", "").strip();
    }

    /** True when the line ends like a sentence rather than a headline. */
    static boolean endsLikeSentence(String line) {
        String s = strip(line);
        return s.matches("(?s).*[.!?…][\"”’')\\]]*$");
    }
}

package org.crosscheck.analysis.quotes;

import java.util.Locale;
import java.util.Set;
import org.crosscheck.nlp.Upos;

/** Reporting verbs and the words that mark a quoted term rather than speech. */
final class Cues {
    /** Verbs of saying, writing and finding, in the forms news uses. */
    static final Set<String> SPEECH = Set.copyOf(java.util.List.of(
            "said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "stated", "states", "noted", "notes",
            "concluded", "concludes", "wrote", "writes", "argued", "argues", "insisted", "insists", "warned", "warns",
            "claimed", "claims", "urged", "urges", "described", "describes", "asked", "asks", "denied", "denies",
            "declared", "declares", "explained", "explains", "announced", "announces", "acknowledged", "acknowledges",
            "admitted", "admits", "recalled", "recalls", "recommended", "recommends", "reported", "reports", "found",
            "finds", "accused", "accuses", "alleged", "alleges", "emphasized", "emphasised", "stressed", "stresses",
            "suggested", "suggests", "tweeted", "posted", "replied", "responded", "confirmed", "confirms", "believes",
            "believed", "thinks", "thought", "called", "calls", "cited", "cites", "vowed", "vows", "pledged", "promised",
            "predicted", "estimated", "estimates", "charged", "contended", "maintained", "maintains", "observed",
            "pointed", "questioned", "remarked", "repeated", "reiterated", "testified", "agreed", "disputed",
            "criticized", "criticised", "praised", "welcomed", "condemned", "rejected", "rejects", "dismissed",
            "countered", "conceded", "acknowledging", "adding", "noting", "warning", "arguing", "insisting", "telling",
            "expressed", "characterised", "characterized", "branded", "labelled", "labeled", "assessed", "determined",
            "calling", "asking", "writing", "declaring", "claiming", "stating", "explaining", "tweeting", "describing",
            "announcing", "responding", "recalling", "joked", "quipped", "boasted", "complained", "lamented", "shouted",
            "yelled", "chanted", "whispered", "answered", "retorted", "mused", "conceded", "vowing", "promising",
            "continued", "continues", "demanded", "demands", "commented", "comments", "replies", "responds", "shouts",
            "yells", "chants", "answers", "boasts", "jokes", "complains", "reads", "read", "wonders", "wondered",
            "asserted", "asserts", "recounted", "recounts", "recounting", "objected", "cautioned", "cautions", "exclaimed", "pleaded", "begged", "sighed",
            // base forms, for plural subjects: "the authors suggest", "officials argue"
            "suggest", "argue", "claim", "warn", "insist", "note", "add", "admit", "deny", "explain", "allege", "maintain",
            "contend", "acknowledge", "confirm", "predict", "recall", "describe", "write", "report", "conclude", "stress"));

    /** Cues for indirect speech: clear speech or cognition verbs only, so a framed clause is a statement. */
    static final Set<String> INDIRECT = Set.copyOf(java.util.List.of(
            "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "noted", "notes", "concluded",
            "concludes", "wrote", "writes", "argued", "argues", "insisted", "insists", "warned", "warns", "claimed",
            "claims", "denied", "denies", "declared", "explained", "announced", "acknowledged", "admitted", "found",
            "finds", "believes", "believed", "confirmed", "confirms", "reported", "reports", "alleged", "alleges",
            "maintained", "maintains", "stressed", "emphasized", "emphasised", "suggested", "suggests", "predicted",
            "estimated", "estimates", "recalled", "thinks", "thought", "determined", "testified", "contended",
            // more speech, and cognition: what someone thinks, fears or expects is attributed to them as much as what they say
            "asserted", "asserts", "conceded", "concedes", "indicated", "indicates", "mentioned", "mentions", "pointed",
            "responded", "replied", "complained", "complains", "hinted", "signaled", "signalled", "ruled", "rules",
            "announces", "declares", "explains", "acknowledges", "admits", "agreed", "agrees", "predicts", "recalls",
            "observed", "remarked", "repeated", "reiterated", "cautioned", "speculated", "boasted", "bragged", "joked",
            "believe", "think", "know", "knows", "knew", "hope", "hopes", "hoped", "fear", "fears", "feared", "worry",
            "worries", "worried", "expect", "expects", "expected", "feel", "feels", "felt", "doubt", "doubts", "doubted",
            "suspect", "suspects", "suspected", "realized", "realised", "recognized", "recognised", "understands",
            "assume", "assumes", "assumed", "insist", "argue", "claim", "warn", "suggest", "predict", "agree", "say",
            "show", "shows", "showed", "reveal", "reveals", "revealed", "finds", "find", "conclude", "concluded"));

    /** Cognition verbs, which take a bare clause as readily as "said" does: "he thinks the plan will fail". */
    static final Set<String> BARE_CLAUSE = Set.copyOf(java.util.List.of("think", "thinks", "thought", "believe", "believes",
            "believed", "know", "knows", "knew", "hope", "hopes", "hoped", "fear", "fears", "feared", "worry", "worries",
            "worried", "expect", "expects", "expected", "feel", "feels", "felt", "suspect", "suspects", "suspected", "argued",
            "argues", "argue", "insisted", "insists", "claimed", "claims", "warned", "warns", "suggested", "suggests",
            "told", "tells", "added", "adds", "noted", "notes", "wrote", "writes", "agreed", "agrees", "predicted",
            "estimated", "acknowledged", "admitted", "conceded", "stressed", "explained", "announced", "reported",
            "found", "finds", "shows", "showed", "concluded", "assume", "assumes", "assumed"));

    /** Verbs of wanting and asking whose infinitive or "for" complement is what the speaker wants. */
    static final Set<String> INTENT = Set.copyOf(java.util.List.of("urged", "urges", "asked", "asks", "called", "calls",
            "demanded", "demands", "wants", "wanted", "plans", "planned", "proposed", "proposes", "promised", "promises",
            "vowed", "vows", "pledged", "pledges", "threatened", "threatens", "hopes", "hoped", "intends", "intended",
            "pushed", "pressed", "appealed", "encouraged", "advised", "warned", "told", "instructed", "ordered",
            // wanting, deciding and refusing to do something: "the senator declined to endorse him", "they seek to limit it"
            "seeks", "seek", "sought", "want", "aims", "aimed", "refuses", "refused", "declined", "declines", "decided",
            "decides", "agreed", "agrees", "plan", "intend", "hope", "expects", "expected", "prefers", "preferred",
            "promise", "threaten", "offered", "offers", "vowing", "pledging", "promising", "urging", "calling"));

    /**
     * Verbs of taking a position on something, whose object is what the position is about ("Ana cited the
     * figures", "the senator called the plan a mistake", "the poll shows Berg ahead"): news reports them as
     * attributions as much as what people say.
     */
    static final Set<String> STANCE = Set.copyOf(java.util.List.of("cited", "cites", "citing", "called", "calls", "attacked",
            "attacks", "criticized", "criticised", "criticizes", "criticises", "questioned", "questions", "mentioned", "mentions",
            "supports", "supported", "backed", "backs", "opposes", "opposed", "rejected", "rejects", "endorsed", "endorses",
            "praised", "praises", "condemned", "condemns", "blamed", "blames", "defended", "defends", "accused", "accuses",
            "denounced", "denounces", "welcomed", "welcomes", "dismissed", "dismisses", "disputed", "disputes", "described",
            "describes", "branded", "labeled", "labelled", "slammed", "blasted", "shows", "showed", "highlighted",
            "highlights", "touted", "touts", "promoted", "promotes", "proposed", "proposes", "demanded", "demands",
            // what is said, announced or owned up to, as an object: "announced his candidacy", "denied the charge"
            "announced", "announces", "revealed", "reveals", "recalled", "recalls", "tweeted", "tweets", "slams", "decried",
            "decries", "mocked", "mocks", "thanked", "thanks", "echoed", "echoes", "quoted", "quotes", "portrayed", "portrays",
            "discussed", "discusses", "listed", "lists", "requested", "requests", "challenged", "challenges", "confirmed",
            "confirms", "reiterated", "reiterates", "repeated", "repeats", "expressed", "expresses", "acknowledged",
            "acknowledges", "admitted", "admits", "denied", "denies", "claimed", "predicted", "predicts", "lambasted",
            "hailed", "hails", "applauded", "applauds", "ridiculed", "sees", "prefers", "preferred", "favors", "favours",
            "favored", "favoured"));

    /** Verbs that report an utterance itself, not a finding or a position: who says or tells it owns the words. */
    static final Set<String> UTTERANCE = Set.of("said", "says", "say", "told", "tells", "tell", "asked", "asks", "wrote", "writes");

    /** Verbs whose object is the one spoken to, not the speaker: "told reporters", "asked the court". */
    static final Set<String> TAKES_LISTENER = Set.copyOf(java.util.List.of("told", "tells", "tell", "telling", "asked", "asks", "urged", "urges",
            "warned", "warns", "informed", "assured", "reminded", "promised", "accused", "accuses", "called", "calls"));

    /** Words right before a quotation that make it a term, a title or a name rather than speech. */
    static final Set<String> TERM_MARKERS = Set.copyOf(java.util.List.of(
            "so-called", "called", "dubbed", "termed", "titled", "entitled", "named", "nicknamed", "branded",
            "labelled", "labeled", "term", "word", "words", "phrase", "slogan", "known"));

    private Cues() {}

    static boolean speech(String w) {
        return SPEECH.contains(w.toLowerCase(Locale.ROOT));
    }

    /**
     * A verb of saying at token {@code i}, also in its base form after an auxiliary ("a reader would ask",
     * "she did not explain"): alone, a base form is too often something else ("help people find").
     */
    static boolean speechAt(java.util.List<org.crosscheck.nlp.Token> t, int i) {
        String x = t.get(i).text().toLowerCase(Locale.ROOT);
        if (SPEECH.contains(x)) return true;
        if (!baseOf(x, SPEECH)) return false;
        int k = i - 1;
        while (k >= 0 && (t.get(k).is(Upos.ADV) || t.get(k).is(Upos.PART))) k--;
        return k >= 0 && t.get(k).is(Upos.AUX);
    }

    static boolean indirect(String w) {
        String x = w.toLowerCase(Locale.ROOT);
        return INDIRECT.contains(x) || x.endsWith("ing") && participleOf(x, INDIRECT);
    }

    /**
     * Whether {@code ing} is the participle of a verb whose other forms {@code verbs} holds: "saying" (says),
     * "noting" (notes), "admitting" (admits), so the lists need not spell every participle.
     */
    static boolean participleOf(String ing, Set<String> verbs) {
        String stem = ing.substring(0, ing.length() - 3);
        if (stem.length() < 2) return false;
        java.util.List<String> bases = new java.util.ArrayList<>(java.util.List.of(stem, stem + "e"));
        int n = stem.length();
        if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2)) bases.add(stem.substring(0, n - 1)); // admitting, regretting
        for (String b : bases) {
            if (verbs.contains(b) || verbs.contains(b + "s") || verbs.contains(b + "es") || verbs.contains(b + "ed")
                    || verbs.contains(b + "d")) {
                return true;
            }
        }
        return false;
    }

    static boolean stance(String w) {
        String x = w.toLowerCase(Locale.ROOT);
        return STANCE.contains(x) || x.endsWith("ing") && participleOf(x, STANCE) || baseOf(x, STANCE);
    }

    /** Whether {@code w} is the base form of a verb {@code verbs} holds in -s: "support" (supports), "criticize" (criticizes). */
    static boolean baseOf(String w, Set<String> verbs) {
        return w.length() > 2 && !w.endsWith("s") && (verbs.contains(w + "s") || verbs.contains(w + "es"));
    }

    /** "and"/"but" joining a second verb to the subject of the first: "criticised the council but praised the mayor". */
    static boolean joinsVerbs(String w) {
        return w.equalsIgnoreCase("and") || w.equalsIgnoreCase("but");
    }
}

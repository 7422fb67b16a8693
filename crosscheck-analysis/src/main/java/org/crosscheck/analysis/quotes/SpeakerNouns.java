package org.crosscheck.analysis.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * Nouns that can head the description of a speaker: people by role, groups, organisations and
 * documents. "The ministry said" has a speaker; "the evidence showed" does not, and a quote framed
 * by it is left without one rather than given to a thing.
 */
final class SpeakerNouns {
    private static final Set<String> NOUNS = Set.copyOf(java.util.List.of(
            // people by role
            "official", "spokesman", "spokeswoman", "spokesperson", "minister", "president", "ambassador", "envoy", "chief",
            "commissioner", "director", "secretary", "governor", "mayor", "senator", "lawmaker", "leader", "head", "chair",
            "chairman", "chairwoman", "prosecutor", "judge", "lawyer", "attorney", "advocate", "activist", "researcher",
            "expert", "analyst", "economist", "scientist", "doctor", "witness", "resident", "survivor", "victim", "diplomat",
            "source", "critic", "supporter", "opponent", "campaigner", "member", "representative", "investigator", "inspector",
            "officer", "police", "authority", "authorities", "operator", "owner", "worker", "employee", "manager", "founder",
            "professor", "author", "reporter", "journalist", "editor", "correspondent", "negotiator", "candidate", "voter",
            "neighbour", "neighbor", "parent", "mother", "father", "son", "daughter", "man", "woman", "people", "person",
            "family", "relative", "friend", "colleague", "aide", "adviser", "advisor", "staff", "troops", "soldier", "commander",
            "general", "king", "queen", "prince", "pope", "bishop", "cleric", "imam", "rabbi", "priest", "student", "teacher",
            "farmer", "protester", "protesters", "organiser", "organizer", "observer", "monitor", "engineer", "pilot",
            "narrator", "host", "anchor", "moderator", "pollster", "consultant", "commentator", "speaker", "writer", "donor",
            "legislator", "administrator", "educator", "caller", "viewer", "reader", "follower", "fan", "celebrity", "star",
            "singer", "actor", "actress", "rapper", "player", "coach", "athlete", "voter", "citizen", "official", "insider",
            "user", "blogger", "commenter", "nominee", "contender", "hopeful", "challenger", "incumbent", "frontrunner",
            "front-runner", "rival", "mate", "strategist", "operative", "surrogate", "backer",
            // organisations
            "government", "ministry", "office", "agency", "department", "council", "committee", "commission", "board",
            "court", "tribunal", "parliament", "congress", "senate", "assembly", "party", "group", "organization",
            "organisation", "union", "company", "firm", "bank", "firm", "embassy", "mission", "administration", "cabinet",
            "regime", "military", "army", "navy", "coalition", "alliance", "campaign", "charity", "foundation", "institute",
            "university", "network", "watchdog", "regulator", "body", "panel", "team", "delegation", "secretariat", "bureau",
            "service", "corporation", "federation", "association", "society", "council", "movement", "network", "newspaper",
            "broadcaster", "outlet", "station", "city", "state", "country", "nation", "county", "municipality", "town",
            // documents and statements
            "report", "statement", "assessment", "study", "survey", "letter", "document", "memo", "filing", "ruling", "verdict",
            "resolution", "declaration", "communique", "release", "review", "analysis", "findings", "investigation", "inquiry",
            "audit", "paper", "article", "post", "tweet", "message", "email", "complaint", "lawsuit", "suit", "indictment", "decision",
            "order", "law", "bill", "plan", "proposal", "petition", "summary", "transcript", "record", "website", "blog",
            // works that speak in news: "the ad says", "the piece argues"
            "ad", "advert", "advertisement", "commercial", "spot", "video", "film", "documentary", "book", "memoir", "poll",
            "piece", "editorial", "column", "story", "headline", "caption", "sign", "banner", "note"));
    /** Endings of nouns for people by what they do or are: spokesman, businesswoman, strategist, historian, volunteer. */
    private static final java.util.List<String> AGENT_ENDINGS = java.util.List.of("man", "woman", "person", "ist", "ian", "eer");

    private SpeakerNouns() {}

    /** True when the list has the noun, or else when {@code senses} says it names a person, a group or a document. */
    static boolean canSpeak(String head, org.crosscheck.nlp.NounSenses senses) {
        return canSpeak(head) || org.crosscheck.nlp.NounSenses.canSpeak(senses.kind(head));
    }

    static boolean canSpeak(String head) {
        String h = head.toLowerCase(Locale.ROOT);
        if (NOUNS.contains(h)) return true;
        if (h.endsWith("s") && NOUNS.contains(h.substring(0, h.length() - 1))) return true;
        if (h.endsWith("ies") && NOUNS.contains(h.substring(0, h.length() - 3) + "y")) return true;
        if (h.endsWith("men") && NOUNS.contains(h.substring(0, h.length() - 3) + "man")) return true;
        String singular = h.endsWith("men") ? h.substring(0, h.length() - 3) + "man" : h.endsWith("s") ? h.substring(0, h.length() - 1) : h;
        // the ending must follow a stem of its own ("businessman", not "man" or "ian")
        return AGENT_ENDINGS.stream().anyMatch(e -> singular.endsWith(e) && singular.length() >= e.length() + 4);
    }
}

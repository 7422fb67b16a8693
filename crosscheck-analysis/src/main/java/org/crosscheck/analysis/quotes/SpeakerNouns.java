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
            "audit", "paper", "article", "post", "tweet", "message", "email", "complaint", "lawsuit", "indictment", "decision",
            "order", "law", "bill", "plan", "proposal", "petition", "summary", "transcript", "record", "website", "blog"));

    private SpeakerNouns() {}

    static boolean canSpeak(String head) {
        String h = head.toLowerCase(Locale.ROOT);
        if (NOUNS.contains(h)) return true;
        if (h.endsWith("s") && NOUNS.contains(h.substring(0, h.length() - 1))) return true;
        if (h.endsWith("ies") && NOUNS.contains(h.substring(0, h.length() - 3) + "y")) return true;
        return h.endsWith("men") && NOUNS.contains(h.substring(0, h.length() - 3) + "man");
    }
}

package org.crosscheck.analysis.entities;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.Gender;

/**
 * Closed word lists the entity rules need: honorifics, titles, words that make a name an
 * organisation, and country names (taken from the JDK's own locale data, so nothing is hard-coded
 * per story).
 */
public final class Lexicon {
    static final Set<String> FEMALE_HONORIFICS = Set.of("ms", "mrs", "miss", "madam", "dame", "lady");
    static final Set<String> MALE_HONORIFICS = Set.of("mr", "sir", "lord");
    static final Set<String> NEUTRAL_HONORIFICS = Set.of("dr", "prof", "professor", "mx", "rev", "gen", "col", "capt", "sgt", "lt");

    /** Words that, before a name, make it a person and are its title. */
    static final Set<String> TITLES = Set.copyOf(java.util.List.of(
            "president", "vice", "prime", "minister", "secretary", "ambassador", "commissioner", "chief", "director",
            "spokesman", "spokeswoman", "spokesperson", "senator", "sen", "rep", "representative", "governor", "mayor",
            "judge", "justice", "chancellor", "king", "queen", "prince", "princess", "pope", "general", "envoy",
            "chairman", "chairwoman", "chair", "ceo", "founder", "premier", "foreign", "deputy", "leader", "official",
            "advocate", "researcher", "professor", "head", "councillor", "councilor", "lawmaker", "editor", "reporter",
            "officer", "inspector", "commander", "coach", "captain", "attorney", "counsel", "economist", "analyst", "adviser", "advisor",
            "aide", "manager", "lawyer", "strategist"));

    /** Words that make a name an organisation. */
    static final Set<String> ORG_WORDS = Set.copyOf(java.util.List.of(
            "office", "ministry", "council", "agency", "organization", "organisation", "nations", "union", "committee",
            "party", "court", "department", "government", "commission", "bank", "institute", "university", "news",
            "times", "post", "press", "association", "group", "watch", "congress", "foundation", "fund", "corporation",
            "company", "inc", "ltd", "llc", "network", "service", "forces", "army", "police", "assembly", "parliament",
            "senate", "embassy", "mission", "federation", "league", "center", "centre", "program", "programme",
            "authority", "board", "bureau", "tribunal", "coalition", "alliance", "amnesty", "reuters", "school",
            "college", "hospital", "club", "society", "trust", "partners", "agency's", "secretariat", "directorate",
            "administration", "cabinet", "navy", "airline", "airlines", "media", "broadcasting", "journal", "daily",
            "herald", "tribune", "guardian", "gazette", "channel", "radio", "television", "tv", "foundation's"));

    /** Words that make a name a place. */
    static final Set<String> PLACE_WORDS = Set.copyOf(java.util.List.of(
            "region", "province", "state", "city", "county", "district", "island", "islands", "river", "mountains",
            "valley", "republic", "kingdom", "territory", "prefecture", "village", "town", "square", "street"));

    /** Personal pronouns and the gender and number they carry. */
    public static Gender pronounGender(String w) {
        return switch (w.toLowerCase(Locale.ROOT)) {
            case "she", "her", "hers", "herself" -> Gender.FEMALE;
            case "he", "him", "his", "himself" -> Gender.MALE;
            default -> Gender.UNKNOWN;
        };
    }

    private static final Set<String> COUNTRIES = countries();

    private static Set<String> countries() {
        Set<String> out = new HashSet<>();
        for (String iso : Locale.getISOCountries()) {
            out.add(new Locale("", iso).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        out.add("us");
        out.add("u.s.");
        out.add("uk");
        out.add("britain");
        out.add("america");
        out.add("russia");
        out.add("iran");
        out.add("syria");
        out.add("south korea");
        out.add("north korea");
        out.add("taiwan");
        out.add("vietnam");
        out.add("the united states");
        out.add("united states");
        return Set.copyOf(out);
    }

    private Lexicon() {}

    /** Nouns after a person's name that make an organisation of that person's ("the Lind campaign"). */
    static final Set<String> PERSON_BODIES = org.crosscheck.nlp.WordLists.lowerCase(Lexicon.class, "bodies-named-for-a-person.txt");

    /** Heads an organisation's name may put first or last: "Department of Harbours", "Harbours Department". */
    static final Set<String> INVERTIBLE_HEADS = org.crosscheck.nlp.WordLists.lowerCase(Lexicon.class, "invertible-heads.txt");

    /** Lower-case words before a title that say when or how it is held ("former", "then-acting"). */
    static final Set<String> TITLE_MODIFIERS = org.crosscheck.nlp.WordLists.lowerCase(Lexicon.class, "title-modifiers.txt");

    /** Each short given name ("bob") to the full form it stands for ("robert"), from given-name-forms.txt. */
    private static final java.util.Map<String, String> FULL_GIVEN_NAMES = fullGivenNames();

    private static java.util.Map<String, String> fullGivenNames() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String line : org.crosscheck.nlp.WordLists.entries(Lexicon.class, "given-name-forms.txt")) {
            String[] forms = line.toLowerCase(Locale.ROOT).split("\\s+");
            for (String f : forms) {
                // a short form listed under two full names would join two people
                String before = out.put(f, forms[0]);
                if (before != null && !before.equals(forms[0])) {
                    throw new IllegalStateException("given-name-forms.txt lists " + f + " under " + before + " and " + forms[0]);
                }
            }
        }
        return java.util.Map.copyOf(out);
    }

    /** The full form of a given name written short ("bob" -> "robert"), or the name itself. Lower case in and out. */
    static String fullGivenName(String given) {
        return FULL_GIVEN_NAMES.getOrDefault(given, given);
    }

    public static boolean isCountry(String name) {
        return COUNTRIES.contains(name.toLowerCase(Locale.ROOT));
    }

    static boolean isHonorific(String w) {
        String x = w.toLowerCase(Locale.ROOT).replace(".", "");
        return FEMALE_HONORIFICS.contains(x) || MALE_HONORIFICS.contains(x) || NEUTRAL_HONORIFICS.contains(x);
    }

    static Gender honorificGender(String w) {
        String x = w.toLowerCase(Locale.ROOT).replace(".", "");
        if (FEMALE_HONORIFICS.contains(x)) return Gender.FEMALE;
        if (MALE_HONORIFICS.contains(x)) return Gender.MALE;
        return Gender.UNKNOWN;
    }

    /** An acronym such as UN, U.N., OHCHR or NATO. */
    static boolean isAcronym(String w) {
        String x = w.replace(".", "");
        return x.length() >= 2 && x.length() <= 8 && x.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                && Character.isLetter(x.charAt(0));
    }
}

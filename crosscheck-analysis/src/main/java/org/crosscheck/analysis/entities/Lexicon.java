package org.crosscheck.analysis.entities;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.Gender;
import org.crosscheck.nlp.WordLists;

/**
 * Closed word lists the entity rules need: honorifics, titles, words that make a name an
 * organisation, and country names (taken from the JDK's own locale data, so nothing is hard-coded
 * per story). The English words are read once from the resource files beside this class (one entry
 * a line, {@code #} comments), so a language pack replaces them without touching the rules.
 */
public final class Lexicon {
    static final Set<String> FEMALE_HONORIFICS = words("female-honorifics.txt");
    static final Set<String> MALE_HONORIFICS = words("male-honorifics.txt");
    static final Set<String> NEUTRAL_HONORIFICS = words("neutral-honorifics.txt");

    /** Words that, before a name, make it a person and are its title. */
    static final Set<String> TITLES = words("titles.txt");

    /** Words that make a name an organisation. */
    static final Set<String> ORG_WORDS = words("org-words.txt");

    /** Words that make a name a place. */
    static final Set<String> PLACE_WORDS = words("place-words.txt");

    private static final Set<String> FEMALE_PRONOUNS = words("female-pronouns.txt");
    private static final Set<String> MALE_PRONOUNS = words("male-pronouns.txt");

    /** Personal pronouns and the gender and number they carry. */
    public static Gender pronounGender(String w) {
        String x = w.toLowerCase(Locale.ROOT);
        if (FEMALE_PRONOUNS.contains(x)) return Gender.FEMALE;
        if (MALE_PRONOUNS.contains(x)) return Gender.MALE;
        return Gender.UNKNOWN;
    }

    private static final Set<String> COUNTRIES = countries();

    private static Set<String> countries() {
        Set<String> out = new HashSet<>();
        for (String iso : Locale.getISOCountries()) {
            out.add(new Locale("", iso).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        out.addAll(words("country-names.txt"));
        return Set.copyOf(out);
    }

    /** Small words a headline leaves in lower case. */
    static final Set<String> SMALL_WORDS = words("small-words.txt");
    /** Heads of a definite description of an office or its holder. */
    static final Set<String> DESCRIPTION_HEADS = words("description-heads.txt");
    /** Generic heads of an organisation named only by modifiers. */
    static final Set<String> GENERIC_ORG_HEADS = words("generic-org-heads.txt");
    /** Numerals after a person's name that do not tell two people apart. */
    static final Set<String> NAME_NUMERALS = words("name-numerals.txt");
    /** Words of a name its initials leave out. */
    static final Set<String> INITIALS_SKIPPED = words("initials-skipped.txt");
    /** Lower-case words that stand inside a name. */
    static final Set<String> NAME_CONNECTORS = words("name-connectors.txt");
    /** Capitalised words that are never a name on their own. */
    static final Set<String> NOT_NAMES = words("not-names.txt");
    /** Prepositions that put a name as a place. */
    static final Set<String> LOCATIVE_PREPOSITIONS = words("locative-prepositions.txt");
    /** Possessive determiners that may stand inside a role set off after a name. */
    static final Set<String> POSSESSIVE_DETERMINERS = words("possessive-determiners.txt");
    /** Heads of a description that names a person by role. */
    static final Set<String> PERSON_HEADS = words("person-heads.txt");
    /** Heads of a description that names an organisation. */
    static final Set<String> ORG_HEADS = words("org-heads.txt");
    /** Prepositions that end the head of a name. */
    static final Set<String> POST_HEAD_PREPOSITIONS = words("post-head-prepositions.txt");
    /** Articles a description may open with, as a regex alternation in file order. */
    static final String ARTICLES = alternation("articles.txt");
    /** The same articles as words. */
    static final Set<String> ARTICLE_WORDS = words("articles.txt");
    /** Heads of an office a possessive name holds, as a regex alternation in file order. */
    static final String POSSESSED_OFFICE_HEADS = alternation("possessed-office-heads.txt");
    /** Prepositions by which a title goes on to a place or body, as a regex alternation in file order. */
    static final String TITLE_GOES_ON_PREPOSITIONS = alternation("title-goes-on-prepositions.txt");

    private Lexicon() {}

    /** The entries of {@code file} beside this class, as written, distinct; unmodifiable. */
    private static Set<String> words(String file) {
        return Set.copyOf(WordLists.entries(Lexicon.class, file));
    }

    /** The entries of {@code file} as the alternatives of a regex group, in file order and as written. */
    private static String alternation(String file) {
        return String.join("|", WordLists.entries(Lexicon.class, file));
    }

    /** Nouns after a person's name that make an organisation of that person's ("the Lind campaign"). */
    static final Set<String> PERSON_BODIES = WordLists.lowerCase(Lexicon.class, "bodies-named-for-a-person.txt");

    /** Heads an organisation's name may put first or last: "Department of Harbours", "Harbours Department". */
    static final Set<String> INVERTIBLE_HEADS = WordLists.lowerCase(Lexicon.class, "invertible-heads.txt");

    /** Lower-case words before a title that say when or how it is held ("former", "then-acting"). */
    static final Set<String> TITLE_MODIFIERS = WordLists.lowerCase(Lexicon.class, "title-modifiers.txt");

    /** Each short given name ("bob") to the full form it stands for ("robert"), from given-name-forms.txt. */
    private static final java.util.Map<String, String> FULL_GIVEN_NAMES = fullGivenNames();

    private static java.util.Map<String, String> fullGivenNames() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String line : WordLists.entries(Lexicon.class, "given-name-forms.txt")) {
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

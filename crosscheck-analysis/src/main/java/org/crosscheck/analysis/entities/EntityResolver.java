package org.crosscheck.analysis.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.analysis.pipeline.CorpusAnalysis;
import org.crosscheck.analysis.pipeline.CorpusStage;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.analysis.pipeline.Key;
import org.crosscheck.analysis.sentences.SentenceStage;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.Gender;
import org.crosscheck.model.Span;
import org.crosscheck.nlp.NounSenses;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;
import org.crosscheck.nlp.Upos;
import org.jspecify.annotations.Nullable;

/**
 * Joins the names of every document into entities: the same normalised name, an acronym and its
 * expansion (defined in the text or matching the initials), a surname or an honorific form and the
 * full name it shortens. Gender comes from honorifics and from the pronouns that follow a person's
 * name; the role from titles and appositives. Stateless and thread-safe.
 */
public final class EntityResolver implements CorpusStage {
    public static final Key<Entities> ENTITIES = Key.named("entities");
    /**
     * The descriptions a document's quotations are spoken by ("the ministry", "the high commissioner"), in text order:
     * each becomes a mention of the entity it describes. The quotation stage provides them, so the quotations are read
     * before the entities and this package needs nothing of that one's.
     */
    public static final Key<List<Span>> SPEAKER_DESCRIPTIONS = Key.named("speaker-descriptions");

    private final NounSenses senses;

    /** A resolver that keeps only titles before a name as its forms. */
    public EntityResolver() {
        this(NounSenses.NONE);
    }

    /** A resolver that also keeps a phrase ending in a noun {@code senses} takes for a person before a name ("the port's pilot"). */
    public EntityResolver(NounSenses senses) {
        this.senses = senses;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(MentionFinder.NAMES, SentenceStage.SENTENCES, SPEAKER_DESCRIPTIONS);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(ENTITIES);
    }

    /**
     * Whether a name is one that initials stand for: an organisation's or a place's, not a person's ("H.R." is not
     * "Hana Ruiz"). A name of untold type counts when it is long or has an organisation's word or is a country.
     */
    private static boolean spelledByInitials(Group g) {
        EntityType t = g.type();
        if (t == EntityType.PERSON || g.female + g.male > 0 || !g.roles.isEmpty()) return false;
        if (t != null) return true;
        String name = firstSurface(g);
        String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length >= 3 || Lexicon.isCountry(name)) return true;
        for (String w : words) if (Lexicon.ORG_WORDS.contains(w) || Lexicon.PLACE_WORDS.contains(w)) return true;
        return false;
    }

    /**
     * Whether the name stands before a common noun it qualifies ("the Steele dossier", "the Flynn inquiry"): the
     * article is the noun's, so it says nothing of how the name itself is written.
     */
    private static boolean modifiesNoun(TreeMap<Integer, Token> tokenAt, Span name) {
        var next = tokenAt.ceilingEntry(name.end());
        return next != null && next.getValue().is(Upos.NOUN) && Character.isLowerCase(next.getValue().text().charAt(0));
    }

    /** A growing group of mentions that name one thing. */
    private static final class Group {
        final Map<String, Integer> surfaces = new LinkedHashMap<>();
        final List<Span> mentions = new ArrayList<>();
        final Map<EntityType, Integer> types = new EnumMap<>(EntityType.class);
        final Map<String, Integer> roles = new LinkedHashMap<>();
        final List<Span> roleSpans = new ArrayList<>();
        final java.util.Set<String> extraAliases = new java.util.LinkedHashSet<>();
        int female;
        int male;
        int locative;
        /** Mentions written right after "the": a person's name never is ("the White House", "the Middle East"). */
        int withArticle;
        @Nullable Group mergedInto;
        /** For an organisation named for a person ("Lind campaign"): the person's name key and the noun. */
        @Nullable String ownerKey;
        @Nullable String bodyNoun;

        Group root() {
            Group g = this;
            while (g.mergedInto != null) g = g.mergedInto;
            return g;
        }

        void absorb(Group other) {
            other.surfaces.forEach((k, v) -> surfaces.merge(k, v, Integer::sum));
            mentions.addAll(other.mentions);
            other.types.forEach((k, v) -> types.merge(k, v, Integer::sum));
            other.roles.forEach((k, v) -> roles.merge(k, v, Integer::sum));
            roleSpans.addAll(other.roleSpans);
            female += other.female;
            male += other.male;
            locative += other.locative;
            withArticle += other.withArticle;
            extraAliases.addAll(other.extraAliases);
            other.mergedInto = this;
        }

        @Nullable EntityType type() {
            return types.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }

        int tokens() {
            return surfaces.keySet().stream().mapToInt(s -> s.split("\\s+").length).max().orElse(0);
        }
    }

    @Override
    public CorpusAnalysis apply(CorpusAnalysis corpus) {
        Map<String, Group> byKey = new LinkedHashMap<>();
        Map<String, String> acronymDefs = new HashMap<>();
        Map<Span, Group> bySpan = new HashMap<>();
        // organisations named inside a longer or beside a shorter mention that starts where they start ("Lind campaign"
        // after "Lind", "Harbour Committee" in "Harbour Committee Chairman"): listed with their entity, but kept out of the
        // lookup by mention, which readers key by where a mention starts (ClaimClusterer) and would then keep either
        Set<Span> sharingStart = new java.util.HashSet<>();
        Set<String> bodyNames = new java.util.HashSet<>();
        Map<Span, Span> cutHeadlines = new HashMap<>();
        Map<String, TitleCaseLines> headlines = new HashMap<>();
        for (DocumentAnalysis d : corpus.documents()) {
            TitleCaseLines lines = headlines.computeIfAbsent(d.id(), k -> new TitleCaseLines(d.source().text()));
            for (NameMention m : d.get(MentionFinder.NAMES)) if (!lines.contains(m.span())) bodyNames.add(key(m.span().text()));
        }
        for (DocumentAnalysis d : corpus.documents()) {
            TreeMap<Integer, Token> tokenAt = new TreeMap<>();
            for (Sentence s : d.get(SentenceStage.SENTENCES)) for (Token tok : s.tokens()) tokenAt.put(tok.start(), tok);
            for (NameMention found : d.get(MentionFinder.NAMES)) {
                NameMention m = withinHeadline(d, found, bodyNames, headlines.get(d.id()));
                if (m != found) cutHeadlines.put(found.span(), m.span());
                Group g = byKey.computeIfAbsent(key(m.span().text()), k -> new Group());
                g.surfaces.merge(m.span().text(), 1, Integer::sum);
                g.mentions.add(m.span());
                if (m.type() != null) g.types.merge(m.type(), 1, Integer::sum);
                if (m.role() != null) {
                    g.roles.merge(m.role(), 1, Integer::sum);
                    g.roleSpans.add(m.roleSpan());
                }
                if (m.gender() == Gender.FEMALE) g.female += 2;
                if (m.gender() == Gender.MALE) g.male += 2;
                if (m.acronym() != null) acronymDefs.put(key(m.acronym()), key(m.span().text()));
                if (m.honorificForm() != null) g.extraAliases.add(m.honorificForm());
                // "Chinese President Xi Jinping": a title written right before the name is a way of naming the person
                Span rs = m.roleSpan();
                if (rs != null && rs.end() < m.span().start() && m.span().start() - rs.end() <= 1) {
                    g.extraAliases.add(d.source().text().substring(rs.start(), m.span().end()));
                    // "former Harbour Minister Ana Duarte": lower-case modifiers before a capitalised title name her as well
                    int from = modifiedFrom(tokenAt, rs.start());
                    if (from < rs.start()) g.extraAliases.add(d.source().text().substring(from, m.span().end()));
                    Span org = organisationInTitle(d, rs, byKey);
                    if (org != null) sharingStart.add(org);
                } else if (m.type() == EntityType.PERSON || m.type() == null) {
                    int from = describedFrom(tokenAt, m.span().start());
                    if (from < m.span().start()) g.extraAliases.add(d.source().text().substring(from, m.span().end()));
                }
                // "the Justice Department", "the FBI": an organisation the text names with its article is named so
                String text = d.source().text();
                int at = m.span().start();
                boolean article = at >= 4 && text.regionMatches(true, at - 4, "the ", 0, 4) && (at == 4 || !Character.isLetter(text.charAt(at - 5)))
                        && !modifiesNoun(tokenAt, m.span());
                if (article) g.withArticle++;
                if (m.type() != EntityType.PERSON && article) g.extraAliases.add("the " + m.span().text());
                if (m.locative()) g.locative++;
                bySpan.put(m.span(), g);
                Span body = m.type() == EntityType.PERSON || m.type() == null ? bodyNamedFor(d, m, byKey) : null;
                if (body != null) sharingStart.add(body);
            }
            votePronouns(d, bySpan);
        }
        // "the Department of Harbours" is "the Harbours Department": a head written before "of" or after its subject
        for (var e : List.copyOf(byKey.entrySet())) {
            String[] w = e.getKey().split(" ");
            if (w.length < 3 || !w[1].equals("of") || !Lexicon.INVERTIBLE_HEADS.contains(w[0])) continue;
            String rest = String.join(" ", java.util.Arrays.copyOfRange(w, 2, w.length));
            Group inverted = byKey.get(rest + " " + w[0]);
            if (inverted != null && inverted.root().type() != EntityType.PERSON && e.getValue().root().type() != EntityType.PERSON) {
                join(inverted, e.getValue());
            }
        }
        // an acronym defined in the text joins its expansion
        acronymDefs.forEach((acr, full) -> join(byKey.get(full), byKey.get(acr)));
        // an acronym joins the one organisation whose initials it spells
        Map<String, List<Group>> byInitials = new HashMap<>();
        Map<String, List<Group>> byFirstWord = new HashMap<>();
        for (var f : byKey.entrySet()) {
            String[] words = f.getKey().split(" ");
            if (words.length >= 2) byInitials.computeIfAbsent(initials(f.getKey()), x -> new ArrayList<>()).add(f.getValue());
            // "DOJ" for "Department of Justice": some acronyms keep the "of"
            if (words.length >= 3 && f.getKey().contains(" of ")) {
                byInitials.computeIfAbsent(initials(f.getKey().replace(" of ", " o ")), x -> new ArrayList<>()).add(f.getValue());
            }
            // "UN Office of the High Commissioner for Human Rights" is OHCHR: a leading qualifier is left out of acronyms
            if (words.length >= 3) {
                String rest = f.getKey().substring(f.getKey().indexOf(' ') + 1);
                byInitials.computeIfAbsent(initials(rest), x -> new ArrayList<>()).add(f.getValue());
            }
            if (words.length == 2) byFirstWord.computeIfAbsent(words[0], x -> new ArrayList<>()).add(f.getValue());
        }
        for (var e : List.copyOf(byKey.entrySet())) {
            String k = e.getKey();
            if (!k.matches("[a-z0-9]{2,8}") || !Lexicon.isAcronym(firstSurface(e.getValue()))) continue;
            List<Group> matches = byInitials.getOrDefault(k, List.of()).stream().map(Group::root)
                    .filter(g -> g != e.getValue().root()).distinct().toList();
            if (matches.size() == 1 && spelledByInitials(matches.get(0))) join(matches.get(0), e.getValue());
        }
        // "Human Rights Council" is the one "UN Human Rights Council": an organisation's name joins the one longer name
        // that only adds a leading acronym
        Map<String, List<Group>> byQualifiedRest = new HashMap<>();
        for (var e : byKey.entrySet()) {
            String[] words = e.getKey().split(" ");
            if (words.length >= 3 && Lexicon.isAcronym(firstWordOf(e.getValue()))) {
                byQualifiedRest.computeIfAbsent(e.getKey().substring(e.getKey().indexOf(' ') + 1), x -> new ArrayList<>()).add(e.getValue());
            }
        }
        for (var e : List.copyOf(byKey.entrySet())) {
            List<Group> longer = byQualifiedRest.getOrDefault(e.getKey(), List.of()).stream().map(Group::root).distinct()
                    .filter(g -> g != e.getValue().root()).toList();
            EntityType t = e.getValue().root().type();
            if (longer.size() == 1 && (t == EntityType.ORG || t == null) && longer.get(0).type() == EntityType.ORG) join(longer.get(0), e.getValue());
        }
        // a person's name with words before it ("Rights Ana Duarte", from a title run) is that person
        List<Map.Entry<String, Group>> persons = byKey.entrySet().stream()
                .filter(e -> e.getKey().contains(" ") && e.getValue().root().type() == EntityType.PERSON).toList();
        List<Map.Entry<String, Group>> maybePersons = byKey.entrySet().stream()
                .filter(e -> e.getKey().contains(" ") && (e.getValue().root().type() == EntityType.PERSON
                        || e.getValue().root().type() == null)).toList();
        Map<String, Group> personByKey = new HashMap<>();
        for (var p : persons) personByKey.put(p.getKey(), p.getValue());
        for (var longer : maybePersons) {
            String[] w = longer.getKey().split(" ");
            // every shorter tail of the longer name that is itself a person's full name
            for (int from = 1; from + 2 <= w.length; from++) {
                Group shorter = personByKey.get(String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length)));
                if (shorter != null) {
                    join(shorter, longer.getValue());
                    break;
                }
            }
        }
        // "Robert S. Mueller III" is "Robert Mueller", "Elijah E. Cummings of Maryland" is "Elijah Cummings": middle
        // initials, a numeral after the name and the place a person is of do not make another person ("Jr." does)
        for (var e : List.copyOf(byKey.entrySet())) {
            String plain = plainName(e.getKey());
            Group g = e.getValue().root();
            if (plain.equals(e.getKey()) || g.type() == EntityType.ORG || g.type() == EntityType.GPE) continue;
            Group other = byKey.get(plain);
            if (other != null && other.root().type() != EntityType.ORG && other.root().type() != EntityType.GPE) join(other, g);
        }
        // "Bob Lind" is "Robert Lind": a given name's short form names the person its full form names
        // (two names that differ in nothing a short form explains stay as the rules above left them)
        Map<String, Group> byPlain = new HashMap<>();
        Map<String, Group> shortened = new LinkedHashMap<>();
        for (var e : byKey.entrySet()) {
            Group g = e.getValue().root();
            String plain = plainName(e.getKey());
            String[] w = plain.split(" ");
            if (w.length < 2 || g.type() == EntityType.ORG || g.type() == EntityType.GPE) continue;
            w[0] = Lexicon.fullGivenName(w[0]);
            String full = String.join(" ", w);
            if (full.equals(plain)) byPlain.putIfAbsent(plain, g);
            else shortened.put(e.getKey() + "\t" + full, g);
        }
        Map<String, Group> firstShort = new HashMap<>();
        shortened.forEach((k, g) -> {
            String full = k.substring(k.indexOf('\t') + 1);
            join(byPlain.get(full), g);
            Group other = firstShort.putIfAbsent(full, g);
            if (other != null) join(other, g);
        });
        // a surname, or an honorific and a surname, joins the one person whose full name ends with it
        Map<String, List<Group>> bySurname = new HashMap<>();
        for (var e : byKey.entrySet()) {
            Group g = e.getValue().root();
            String[] words = plainName(e.getKey()).split(" ");
            if (words.length >= 2 && words.length <= 4 && g.type() != EntityType.ORG && g.type() != EntityType.GPE) {
                List<Group> list = bySurname.computeIfAbsent(words[words.length - 1], x -> new ArrayList<>());
                if (!list.contains(g)) list.add(g);
            }
        }
        for (var e : byKey.entrySet()) {
            if (e.getKey().contains(" ")) continue;
            Group g = e.getValue().root();
            if (g.type() == EntityType.ORG || g.type() == EntityType.GPE) continue;
            List<Group> same = bySurname.getOrDefault(e.getKey(), List.of()).stream().map(Group::root).distinct()
                    .filter(p -> p != g).toList();
            List<Group> typed = same.stream().filter(p -> p.type() == EntityType.PERSON).toList();
            if (same.size() > 1 && typed.size() == 1) same = typed;
            if (same.size() == 1) {
                join(same.get(0), g);
                continue;
            }
            // family name first ("Zhang" for "Zhang Jun"): only when no one has it as a last name
            if (same.isEmpty()) {
                List<Group> first = byFirstWord.getOrDefault(e.getKey(), List.of()).stream().map(Group::root)
                        .filter(p -> p.type() == EntityType.PERSON || p.type() == null).distinct().filter(p -> p != g).toList();
                if (first.size() == 1) join(first.get(0), g);
            }
        }

        // "the Lind campaign", "Ana Lind's campaign" and "Ms. Lind's campaign" are one campaign: the bodies of one person join
        Map<Group, Map<String, Group>> bodyOf = new HashMap<>(); // Group keeps Object's identity equality
        for (Group g : List.copyOf(byKey.values())) {
            if (g.ownerKey == null || byKey.get(g.ownerKey) == null) continue;
            Group owner = byKey.get(g.ownerKey).root();
            if (owner.type() == EntityType.ORG || owner.type() == EntityType.GPE) continue;
            Group other = bodyOf.computeIfAbsent(owner, k -> new HashMap<>()).putIfAbsent(g.bodyNoun, g);
            if (other != null) join(other, g);
        }

        List<Group> roots = byKey.values().stream().map(Group::root).distinct()
                .sorted(Comparator.comparingInt((Group g) -> -g.mentions.size())).toList();
        List<Entity> entities = new ArrayList<>();
        Map<Span, String> index = new HashMap<>();
        for (Group g : roots) {
            String id = "e" + (entities.size() + 1);
            EntityType type = g.type();
            if (type == null) type = guessType(g);
            String name = canonical(g, type);
            Gender gender = type != EntityType.PERSON ? Gender.UNKNOWN
                    : g.female > g.male ? Gender.FEMALE : g.male > g.female ? Gender.MALE : Gender.UNKNOWN;
            String role = g.roles.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            List<String> aliases = new ArrayList<>();
            g.surfaces.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(Map.Entry::getKey).filter(s -> !s.equals(name) && !aliases.contains(s)).forEach(aliases::add);
            for (String r : g.roles.keySet()) {
                // a bare title ("President", "Secretary") is the person's role, not a name: any holder of it could be meant
                if (!aliases.contains(r) && !Entities.onlyTitle(r)) aliases.add(r);
            }
            for (String a : g.extraAliases) if (!aliases.contains(a) && !a.equals(name)) aliases.add(a);
            List<Span> mentions = new ArrayList<>(g.mentions);
            g.roleSpans.stream().filter(x -> x != null).forEach(mentions::add);
            mentions.sort(null);
            entities.add(new Entity(id, name, type, gender, role, aliases, mentions));
            for (Span s : mentions) if (!sharingStart.contains(s)) index.put(s, id);
        }
        // a quote that named its speaker by the whole headline run finds the entity of the name inside it
        cutHeadlines.forEach((whole, name) -> {
            String id = index.get(name);
            if (id != null) index.putIfAbsent(whole, id);
        });
        return corpus.with(ENTITIES, withDescriptions(corpus, new Entities(entities, index)));
    }

    /**
     * Where a description written right before a name starts, when its last word is a lower-case noun for a person
     * ("Lind confidant Omar Haddad", "son-in-law Omar Haddad", "former harbour pilot Omar Haddad"), or {@code nameStart}
     * when none is. Its other words are modifiers: adjectives, nouns and names, up to a determiner, a pronoun, a verb or
     * punctuation. A hyphenated word is read whole. Such a description is one more way of naming the person, not a role.
     */
    private int describedFrom(TreeMap<Integer, Token> tokenAt, int nameStart) {
        List<Token> words = new ArrayList<>(); // first token of each word, backwards
        int at = nameStart;
        while (words.size() < 6) {
            var before = tokenAt.lowerEntry(at);
            if (before == null || at - before.getValue().end() != 1) break;
            // gather the tokens that touch each other into one word ("son", "-", "in", "-", "law")
            Token first = before.getValue();
            StringBuilder text = new StringBuilder(first.text());
            for (var more = tokenAt.lowerEntry(first.start()); more != null && more.getValue().end() == first.start();
                    more = tokenAt.lowerEntry(first.start())) {
                first = more.getValue();
                text.insert(0, first.text());
            }
            String w = text.toString();
            if (words.isEmpty()) {
                // the head: a singular lower-case noun whose first sense is a person, and not a title (a title is a role)
                if (!before.getValue().is(Upos.NOUN) || !w.matches("\\p{Ll}[\\p{Ll}-]*") || w.endsWith("s") && !w.endsWith("ss")
                        || Lexicon.TITLES.contains(w) || senses.kind(w) != NounSenses.Kind.PERSON) {
                    return nameStart;
                }
            } else {
                Token last = before.getValue();
                boolean modifier = w.matches("[\\p{L}.-]+") && (last.is(Upos.ADJ) || last.is(Upos.NOUN) || last.is(Upos.PROPN))
                        && !w.contains("'");
                if (!modifier) break;
            }
            words.add(first);
            at = first.start();
        }
        return words.isEmpty() ? nameStart : words.get(words.size() - 1).start();
    }

    /**
     * Where lower-case modifiers (title-modifiers.txt) written right before a title start ("former", "then-acting" before "Harbour
     * Minister"), or the title's own start when none are.
     */
    private static int modifiedFrom(TreeMap<Integer, Token> tokenAt, int titleStart) {
        int from = titleStart;
        for (int i = 0; i < 3; i++) {
            var before = tokenAt.lowerEntry(from);
            if (before == null) break;
            Token t = before.getValue();
            if (from - t.end() > 1 || !Character.isLowerCase(t.text().charAt(0))) break;
            // "former", "then-acting": a word saying when the title is held, not any adjective ("misleading")
            if (!java.util.Arrays.stream(t.text().split("-")).allMatch(Lexicon.TITLE_MODIFIERS::contains)) break;
            from = t.start();
        }
        return from;
    }

    /**
     * "Harbour Safety Committee Chairman Omar Haddad": a capitalised title that opens with an organisation's name, up to
     * its last organisation word, names that organisation too.
     */
    private static @Nullable Span organisationInTitle(DocumentAnalysis d, Span title, Map<String, Group> byKey) {
        if (!title.text().matches("\\S+( \\S+)+")) return null;
        String[] words = title.text().split(" ");
        int last = -1;
        for (int i = 0; i < words.length - 1; i++) {
            if (words[i].isEmpty() || !Character.isUpperCase(words[i].charAt(0))) return null;
            if (Lexicon.ORG_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) last = i;
        }
        if (last < 1 || !Character.isUpperCase(words[words.length - 1].charAt(0))) return null;
        int end = title.start() + String.join(" ", java.util.Arrays.asList(words).subList(0, last + 1)).length();
        Span org = d.source().span(title.start(), end);
        Group g = byKey.computeIfAbsent(key(org.text()), k -> new Group());
        g.surfaces.merge(org.text(), 1, Integer::sum);
        g.mentions.add(org);
        g.types.merge(EntityType.ORG, 1, Integer::sum);
        return org;
    }

    private static final java.util.regex.Pattern BODY_AFTER = java.util.regex.Pattern.compile("^(['’]s)?\\s+(\\p{Ll}+)\\b");

    /**
     * "Lind campaign", "Lind's campaign": a person's name and a noun for a body of theirs (bodies-named-for-a-person.txt)
     * name an organisation, grouped under the person's name key and the noun so all its forms can join. Its honorific
     * form ("Ms. Lind's campaign") and the form with its article ("the Lind campaign") are its names too.
     */
    private static @Nullable Span bodyNamedFor(DocumentAnalysis d, NameMention m, Map<String, Group> byKey) {
        String text = d.source().text();
        var after = BODY_AFTER.matcher(text).region(m.span().end(), Math.min(text.length(), m.span().end() + 40));
        // "the President's campaign": a bare title does not say whose
        if (!after.lookingAt() || !Lexicon.PERSON_BODIES.contains(after.group(2)) || Entities.onlyTitle(m.span().text())) return null;
        Span body = d.source().span(m.span().start(), m.span().end() + after.end(2) - m.span().end());
        String ownerKey = key(m.span().text());
        Group g = byKey.computeIfAbsent(ownerKey + " " + after.group(2), k -> new Group());
        g.ownerKey = ownerKey;
        g.bodyNoun = after.group(2);
        g.surfaces.merge(body.text(), 1, Integer::sum);
        g.mentions.add(body);
        g.types.merge(EntityType.ORG, 1, Integer::sum);
        if (m.honorificForm() != null) g.extraAliases.add(m.honorificForm() + text.substring(m.span().end(), body.end()));
        int at = body.start();
        if (at >= 4 && text.regionMatches(true, at - 4, "the ", 0, 4) && (at == 4 || !Character.isLetter(text.charAt(at - 5)))) {
            g.withArticle++;
            g.extraAliases.add("the " + body.text());
        }
        return body;
    }

    private static final Set<String> SMALL_WORDS = Lexicon.SMALL_WORDS;

    /** A headline written in title case: a line of four or more words, most capitalised, that does not end as a sentence does. */
    static boolean inTitleCaseLine(String text, Span span) {
        return new TitleCaseLines(text).contains(span);
    }

    /**
     * The lines of one text, each judged once whether it is a title-case headline. Found by binary
     * search over the line breaks, so a text of one line millions of characters long is split once,
     * not once for every name in it. Not thread-safe; one per document and run.
     */
    static final class TitleCaseLines {
        private final String text;
        private final int[] breaks;
        private final Map<Long, Boolean> judged = new HashMap<>();

        TitleCaseLines(String text) {
            this.text = text;
            this.breaks = java.util.stream.IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
        }

        boolean contains(Span span) {
            // the line holding the character before the span, to the first break at or after its end
            int before = lastBreakAtOrBefore(Math.max(0, span.start() - 1));
            int from = before < 0 ? 0 : breaks[before] + 1;
            int next = firstBreakAtOrAfter(span.end());
            int to = next < 0 ? text.length() : breaks[next];
            return judged.computeIfAbsent(((long) from << 32) | to, k -> titleCase(text.substring(from, to)));
        }

        private int lastBreakAtOrBefore(int pos) {
            int i = java.util.Arrays.binarySearch(breaks, pos);
            return i >= 0 ? i : -i - 2;
        }

        private int firstBreakAtOrAfter(int pos) {
            int i = java.util.Arrays.binarySearch(breaks, pos);
            int at = i >= 0 ? i : -i - 1;
            return at < breaks.length ? at : -1;
        }
    }

    private static boolean titleCase(String rawLine) {
        String line = rawLine.strip();
        // a sentence full of names ends with a stop; a headline does not
        if (line.endsWith(".")) return false;
        int words = 0;
        int capitalised = 0;
        for (String w : line.split("[\\s\"“”‘’'()]+")) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) continue;
            words++;
            if (Character.isUpperCase(w.charAt(0))) capitalised++;
        }
        return words >= 4 && capitalised * 10 >= words * 8;
    }

    /**
     * In a title-case headline every word is capitalised, so a name runs on into the words around it
     * ("Elizabeth Warren Hammers Wells Fargo CEO"). There the name is cut down to the longest run of its
     * words that the text names elsewhere, in ordinary sentences; a name found nowhere else is kept whole.
     */
    private static NameMention withinHeadline(DocumentAnalysis d, NameMention m, Set<String> bodyNames, TitleCaseLines lines) {
        String[] words = m.span().text().split(" ");
        if (words.length < 3 || bodyNames.contains(key(m.span().text())) || !lines.contains(m.span())) return m;
        for (int len = words.length - 1; len >= 1; len--) {
            for (int i = 0; i + len <= words.length; i++) {
                String sub = String.join(" ", java.util.Arrays.asList(words).subList(i, i + len));
                if (len == 1 && sub.length() < 4 || !bodyNames.contains(key(sub))) continue;
                int at = m.span().text().indexOf(sub, i == 0 ? 0 : String.join(" ", java.util.Arrays.asList(words).subList(0, i)).length());
                if (at < 0) continue;
                int start = m.span().start() + at;
                return new NameMention(d.source().span(start, start + sub.length()), m.type(), m.gender(), null, null, null, null,
                        m.locative());
            }
        }
        return m;
    }

    private static final Set<String> DESCRIPTION_HEADS = Lexicon.DESCRIPTION_HEADS;

    /**
     * Definite descriptions of an office or its holder anywhere in the text ("the high commissioner",
     * "the UN rights agency", "Bachelet's office"): a determiner or a possessive name, modifiers, and a
     * head noun for a title or an institution.
     */
    private static List<Span> titledPhrases(DocumentAnalysis d) {
        List<Span> out = new ArrayList<>();
        for (Sentence s : d.get(SentenceStage.SENTENCES)) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                String w = t.get(i).text().toLowerCase(Locale.ROOT);
                if (!DESCRIPTION_HEADS.contains(w) || i + 1 < t.size() && t.get(i + 1).capitalized() && t.get(i).capitalized()) continue;
                int start = i;
                while (start - 1 >= 0 && start > i - 6) {
                    Token p = t.get(start - 1);
                    // a possessive the tokenizer left on its noun ("commissioner's") is tagged at random, PUNCT among others
                    if (p.is(Upos.ADJ) || p.is(Upos.NOUN) || p.is(Upos.PROPN) || p.text().equals("'s") || p.text().equals("’s")
                            || p.text().length() > 2 && p.text().matches("\\p{L}[\\p{L}.-]*['’]s")
                            || Lexicon.isAcronym(p.text().replace(".", "")) && !p.text().isBlank()) {
                        start--;
                    } else {
                        break;
                    }
                }
                boolean determined = start > 0 && Set.of("the", "a").contains(t.get(start - 1).text().toLowerCase(Locale.ROOT));
                if (determined) start--;
                if (!determined && start == i) continue; // a bare "office" is too little to name anything
                out.add(d.source().span(t.get(start).start(), t.get(i).end()));
            }
        }
        return out;
    }

    /**
     * Descriptions that name a speaker ("the high commissioner", "the UN rights agency") become
     * aliases and mentions of the entity they describe, when one entity fits.
     */
    private static Entities withDescriptions(CorpusAnalysis corpus, Entities entities) {
        Map<String, List<String>> aliases = new HashMap<>();
        Map<String, List<Span>> mentions = new HashMap<>();
        Map<Span, String> index = new HashMap<>(entities.byMention());
        java.util.Set<Span> undecided = new java.util.HashSet<>();
        // each document's entities, in the corpus's order, found once: scanning every entity's mentions for each document
        // grew with the square of the corpus (10,000 articles spent most of an hour here)
        Map<String, List<Entity>> entitiesOfDoc = new HashMap<>();
        for (Entity e : entities.all()) {
            for (String doc : e.mentions().stream().map(Span::doc).distinct().toList()) {
                entitiesOfDoc.computeIfAbsent(doc, k -> new ArrayList<>()).add(e);
            }
        }
        for (DocumentAnalysis d : corpus.documents()) {
            List<Span> descriptions = new ArrayList<>(d.get(SPEAKER_DESCRIPTIONS));
            descriptions.addAll(titledPhrases(d));
            NominalCoreference nominal = NominalCoreference.of(d.id(), entitiesOfDoc.getOrDefault(d.id(), List.of()));
            java.util.Set<Span> onlyNominal = new java.util.HashSet<>();
            for (Sentence s : d.get(SentenceStage.SENTENCES)) {
                for (Span m : nominal.descriptions(d.source(), s)) if (!descriptions.contains(m) && onlyNominal.add(m)) descriptions.add(m);
            }
            // "the deputy attorney general, Ana Duarte,": a description set off before a person's name is their role
            for (Sentence s : d.get(SentenceStage.SENTENCES)) {
                for (NominalCoreference.Bound b : nominal.appositions(d.source(), s)) {
                    if (!index.containsKey(b.description())) addDescription(d, b.description(), b.entity(), aliases, mentions, index);
                }
            }
            // "the chief" cut from "the chief of staff" by the list of title heads is the longer description's start
            descriptions.removeIf(m -> onlyNominal.stream().anyMatch(n -> n.start() == m.start() && n.end() > m.end()));
            for (Span m : descriptions) {
                if (index.containsKey(m) || undecided.contains(m)) continue;
                // the document's own namings first: the one entity named before whose name or role has the head
                NominalCoreference.Referent r = nominal.resolve(m);
                if (r instanceof NominalCoreference.Several) {
                    undecided.add(m);
                    continue;
                }
                if (r instanceof NominalCoreference.One one) {
                    addDescription(d, m, one.entity(), aliases, mentions, index);
                    continue;
                }
                if (onlyNominal.contains(m)) continue;
                var e = entities.describedAs(m.text(), List.of());
                if (e.isEmpty()) e = entities.looselyDescribedAs(m.text());
                if (e.isEmpty()) e = officeOfHolder(m.text(), entities);
                if (e.isEmpty()) continue;
                addDescription(d, m, e.get(), aliases, mentions, index);
            }
        }
        if (aliases.isEmpty()) return absorbGenericNames(new Entities(entities.all(), entities.byMention(), undecided));
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities.all()) {
            List<String> as = new ArrayList<>(e.aliases());
            for (String a : aliases.getOrDefault(e.id(), List.of())) if (!as.contains(a) && !a.equals(e.name())) as.add(a);
            List<Span> ms = new ArrayList<>(e.mentions());
            ms.addAll(mentions.getOrDefault(e.id(), List.of()));
            ms.sort(null);
            out.add(new Entity(e.id(), e.name(), e.type(), e.gender(), e.role(), as, ms));
        }
        return absorbGenericNames(new Entities(out, index, undecided));
    }

    /** A description that names {@code e} becomes its alias (with the forms it implies) and one of its mentions. */
    private static void addDescription(DocumentAnalysis d, Span m, Entity e, Map<String, List<String>> aliases,
            Map<String, List<Span>> mentions, Map<Span, String> index) {
        List<String> as = aliases.computeIfAbsent(e.id(), k -> new ArrayList<>());
        as.add(m.text());
        // "the 47-member Human Rights Council" names it as "47-member Human Rights Council" and
        // "Human Rights Council" do; "the high commissioner's office" as "high commissioner's office"
        String bare = m.text().replaceFirst("^(?i)(" + Lexicon.ARTICLES + ")\\s+", "");
        if (!bare.equals(m.text()) && (bare.chars().anyMatch(Character::isUpperCase) || bare.contains(" "))) as.add(bare);
        String unmodified = bare.replaceFirst("^\\d[\\d,.]*-[\\p{L}]+\\s+", "");
        if (!unmodified.equals(bare) && unmodified.contains(" ")) as.add(unmodified);
        // "China's ambassador" goes on "to the United Nations in New York": the fuller title names him too
        String fuller = e.type() == EntityType.PERSON ? titleGoesOn(d.source().text(), m) : null;
        if (fuller != null) as.add(fuller);
        mentions.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(m);
        index.put(m, e.id());
    }

    private static final java.util.regex.Pattern POSSESSED = java.util.regex.Pattern.compile(
            "^(?:the\\s+)?(.+?)['’]s\\s+(" + Lexicon.POSSESSED_OFFICE_HEADS + ")$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "Bachelet's office": the organisation whose name holds the title of the person named before the
     * possessive ("UN High Commissioner for Human Rights" in "Office of the UN High Commissioner for
     * Human Rights"), when exactly one organisation fits best.
     */
    private static java.util.Optional<Entity> officeOfHolder(String description, Entities entities) {
        var m = POSSESSED.matcher(description.strip());
        if (!m.matches()) return java.util.Optional.empty();
        var holder = entities.describedAs(m.group(1), List.of(EntityType.PERSON));
        if (holder.isEmpty() || holder.get().role() == null) return java.util.Optional.empty();
        return entities.looselyDescribedAs(holder.get().role() + " " + m.group(2));
    }

    private static final java.util.regex.Pattern TITLE_GOES_ON = java.util.regex.Pattern.compile(
            "^\\s+(?:" + Lexicon.TITLE_GOES_ON_PREPOSITIONS + ")\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.]*\\s+)*\\p{Lu}[\\p{L}.]*(?:\\s+in\\s+(?:\\p{Lu}[\\p{L}.]*\\s+)*\\p{Lu}[\\p{L}.]*)?");

    /** The title with the named place or body it goes on to ("... to the United Nations in New York"), or null. */
    private static @Nullable String titleGoesOn(String text, Span title) {
        var m = TITLE_GOES_ON.matcher(text).region(title.end(), Math.min(text.length(), title.end() + 120));
        if (!m.lookingAt()) return null;
        String bare = title.text().replaceFirst("^(?i)(" + Lexicon.ARTICLES + ")\\s+", "");
        return (bare + text.substring(title.end(), m.end())).replaceAll("\\s+", " ").strip();
    }

    private static final Set<String> GENERIC_ORG_HEADS = Lexicon.GENERIC_ORG_HEADS;

    /**
     * An organisation named only by a generic head and modifiers ("UN Rights Agency") is the one
     * organisation that has a name with a generic head holding all those modifiers ("UN Human Rights
     * Office"): reporters vary the generic noun. Left apart when no or several organisations fit.
     */
    private static Entities absorbGenericNames(Entities entities) {
        Map<String, String> into = new HashMap<>();
        for (Entity e : entities.all()) {
            if (e.type() != EntityType.ORG) continue;
            List<String> w = org.crosscheck.analysis.text.Words.content(e.name());
            if (w.size() < 3 || !GENERIC_ORG_HEADS.contains(w.get(w.size() - 1))) continue;
            Set<String> modifiers = new java.util.HashSet<>(w.subList(0, w.size() - 1));
            List<Entity> fits = new ArrayList<>();
            for (Entity o : entities.all()) {
                if (o == e || o.type() != EntityType.ORG || o.mentions().size() < e.mentions().size()) continue;
                List<String> names = new ArrayList<>(o.aliases());
                names.add(o.name());
                boolean fit = names.stream().map(org.crosscheck.analysis.text.Words::content).anyMatch(ow -> !ow.isEmpty()
                        && GENERIC_ORG_HEADS.contains(ow.get(ow.size() - 1)) && !ow.get(ow.size() - 1).equals(w.get(w.size() - 1))
                        && ow.containsAll(modifiers));
                if (fit) fits.add(o);
            }
            if (fits.size() == 1 && !into.containsKey(fits.get(0).id())) into.put(e.id(), fits.get(0).id());
        }
        if (into.isEmpty()) return entities;
        Map<String, Entity> byId = new LinkedHashMap<>();
        entities.all().forEach(e -> byId.put(e.id(), e));
        for (var j : into.entrySet()) {
            Entity from = byId.remove(j.getKey());
            Entity to = byId.get(j.getValue());
            List<String> as = new ArrayList<>(to.aliases());
            for (String a : java.util.stream.Stream.concat(java.util.stream.Stream.of(from.name()), from.aliases().stream()).toList()) {
                if (!as.contains(a) && !a.equals(to.name())) as.add(a);
            }
            List<Span> ms = new ArrayList<>(to.mentions());
            ms.addAll(from.mentions());
            ms.sort(null);
            byId.put(to.id(), new Entity(to.id(), to.name(), to.type(), to.gender(), to.role(), as, ms));
        }
        Map<Span, String> index = new HashMap<>();
        entities.byMention().forEach((span, id) -> index.put(span, into.getOrDefault(id, id)));
        return new Entities(new ArrayList<>(byId.values()), index, entities.undecided());
    }

    /**
     * He or she as the first word of the sentences after a person is named, or as the subject right
     * after the name, votes for that person's gender.
     */
    private static void votePronouns(DocumentAnalysis d, Map<Span, Group> bySpan) {
        List<NameMention> names = d.get(MentionFinder.NAMES);
        List<Sentence> sentences = d.get(SentenceStage.SENTENCES);
        TreeMap<Integer, NameMention> persons = new TreeMap<>();
        for (NameMention m : names) {
            boolean personLike = m.type() == EntityType.PERSON || m.type() == null && m.span().text().contains(" ") && !m.locative();
            if (personLike) persons.put(m.span().start(), m);
        }
        for (int i = 1; i < sentences.size(); i++) {
            List<Token> tokens = sentences.get(i).tokens();
            if (tokens.isEmpty()) continue;
            Gender g = Lexicon.pronounGender(tokens.get(0).text());
            if (g == Gender.UNKNOWN || !tokens.get(0).is(Upos.PRON)) continue;
            Sentence prev = sentences.get(i - 1);
            var before = persons.subMap(prev.start(), true, prev.end(), false);
            if (before.isEmpty()) continue;
            Group group = bySpan.get(before.firstEntry().getValue().span());
            if (group == null) continue;
            if (g == Gender.FEMALE) group.female++;
            else group.male++;
        }
    }

    /**
     * The type of a name whose own words did not tell: a place when it names a country, a group of
     * people when it is a plural ("Uyghurs", "Muslim Uyghurs") with no sign of one person, a person
     * when pronouns, an honorific or a role point at one, or when it is two to four name words.
     */
    private static EntityType guessType(Group g) {
        String name = g.surfaces.keySet().stream().max(Comparator.comparingInt(String::length)).orElse("");
        String[] words = name.split("\\s+");
        for (String w : words) if (Lexicon.isCountry(w.replaceAll("['’]s$", ""))) return EntityType.GPE;
        boolean personEvidence = g.female + g.male > 0 || !g.roles.isEmpty();
        if (!personEvidence && g.locative * 3 >= g.mentions.size()) return EntityType.GPE; // "in Geneva", "from Lyon"
        String last = words[words.length - 1];
        if (!personEvidence && last.length() > 3 && last.endsWith("s") && !last.endsWith("ss")) return EntityType.NORP;
        if (personEvidence) return EntityType.PERSON;
        if (g.withArticle * 2 >= g.mentions.size()) return EntityType.ORG; // "the White House said": a name people write with "the" is not a person's
        return words.length >= 2 && words.length <= 4 ? EntityType.PERSON : EntityType.ORG;
    }

    private static void join(@Nullable Group into, @Nullable Group g) {
        if (into == null || g == null) return;
        Group a = into.root();
        Group b = g.root();
        if (a != b) a.absorb(b);
    }

    /** The first word of the group's first surface form, as written ("UN", "U.N."). */
    private static String firstWordOf(Group g) {
        return firstSurface(g).split("\\s+")[0].replace(".", "");
    }

    private static String firstSurface(Group g) {
        return g.surfaces.keySet().iterator().next();
    }

    /**
     * The name to show: for a person the most frequent form of two words or more (a stray longer
     * form from a title run loses to the name as usually written), for others the longest
     * non-acronym form.
     */
    private static String canonical(Group g, EntityType type) {
        if (type == EntityType.PERSON) {
            var full = g.surfaces.entrySet().stream().filter(e -> e.getKey().contains(" "))
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> -e.getKey().length()));
            if (full.isPresent()) return full.get().getKey();
        }
        return g.surfaces.entrySet().stream()
                .filter(e -> g.surfaces.size() == 1 || !Lexicon.isAcronym(e.getKey().replace(" ", "")))
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getKey().split("\\s+").length)
                        .thenComparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey).orElse(firstSurface(g));
    }

    /**
     * The comparison key of a name: lower-cased, dots of acronyms dropped, curly apostrophes straight, and in a name of
     * several words a hyphen read as the space it stands for ("Park Min-jun" and "Park Min Jun" are one name); a name
     * of one hyphenated word ("Lind-Berg", "Trump-Kim") keeps its hyphen.
     */
    static String key(String name) {
        String k = name.toLowerCase(Locale.ROOT).replace(".", "").replace('’', '\'').replaceAll("\\s+", " ").strip();
        return k.indexOf(' ') >= 0 ? k.replace('-', ' ').replaceAll(" +", " ").strip() : k;
    }

    private static final Set<String> NUMERALS = Lexicon.NAME_NUMERALS;

    /**
     * A person's name key without what does not tell two people apart: middle initials ("robert s mueller" ->
     * "robert mueller"), a numeral after the name ("iii") and the place the person is of ("... of maryland"). A
     * "jr" or "sr" stays: father and son are two people.
     */
    static String plainName(String key) {
        List<String> w = new ArrayList<>(List.of(key.split(" ")));
        int of = w.indexOf("of");
        if (of >= 2) w = new ArrayList<>(w.subList(0, of));
        if (w.size() >= 3 && NUMERALS.contains(w.get(w.size() - 1))) w.remove(w.size() - 1);
        for (int i = w.size() - 2; i >= 1 && w.size() >= 3; i--) {
            if (w.get(i).length() == 1 && Character.isLetter(w.get(i).charAt(0))) w.remove(i);
        }
        return String.join(" ", w);
    }

    /** Initials of the capitalised words of a name: "united nations" -> "un". */
    static String initials(String key) {
        StringBuilder sb = new StringBuilder();
        for (String w : key.split(" ")) {
            if (Lexicon.INITIALS_SKIPPED.contains(w) || w.isEmpty()) continue;
            sb.append(w.charAt(0));
        }
        return sb.toString();
    }
}

package org.crosscheck.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import org.crosscheck.analysis.entities.Entities;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.Speaker;
import org.crosscheck.model.Span;
import org.crosscheck.nlp.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * What is known at run time about one quote and the speaker linked to it, as numbers a {@link SpeakerJudge}
 * weighs: the rule that found the speaker (its confidence stands for it), how the speaker is named, the kind of
 * quote, the cue, how far the speaker's words are from the quote and on which side, whether the entity was
 * reached through an earlier mention and how far back, how many other people are named in the sentence, what
 * kind of entity speaks, how often it speaks in the document, the quote's length and where it stands.
 * Stateless.
 */
final class SpeakerFeatures {
    /** The features in the order {@link #of} gives them; a weights file names them in this order. */
    static final List<String> NAMES = List.of(
            "rule_90", "rule_85", "rule_80", "rule_75", "rule_70", "rule_65", "rule_60", "rule_55", "rule_50", "rule_lower",
            "form_name", "form_pronoun", "form_description",
            "kind_direct", "kind_partial", "kind_indirect",
            "cue_word", "cue_mark",
            "log_gap", "mention_after", "mention_inside", "same_sentence",
            "via_earlier_mention", "log_earlier_gap", "antecedent_rank",
            "other_people_in_sentence",
            "entity_person", "entity_group", "no_entity",
            "speaker_share", "log_entity_mentions",
            "log_quote_words", "doc_position", "paragraph_start");

    /** How far back an earlier mention of the speaker is looked for, in mentions. */
    private static final int LOOK_BACK = 40;

    private SpeakerFeatures() {}

    /**
     * One document as the features see it.
     *
     * @param mentions        the document's entity mentions by start offset
     * @param speakerCounts   how many of the document's quotes each speaker (by {@link #key}) was linked to
     * @param linked          how many of the document's quotes have a speaker
     * @param entityMentions  how many mentions each entity has in the document
     */
    record Document(String text, List<Sentence> sentences, Entities entities, NavigableMap<Integer, List<Span>> mentions,
            Map<String, Integer> speakerCounts, int linked, Map<String, Integer> entityMentions) {
        Document {
            sentences = List.copyOf(sentences);
            speakerCounts = Map.copyOf(speakerCounts);
            entityMentions = Map.copyOf(entityMentions);
        }
    }

    /** Who a speaker is, for counting how often they speak: the entity, or the words when there is none. */
    static String key(Speaker s) {
        return s.entity() != null ? "e:" + s.entity() : "n:" + String.valueOf(s.name()).toLowerCase(java.util.Locale.ROOT);
    }

    /** The features of quote {@code f} given to the known speaker {@code s}. */
    static List<Double> of(FoundQuote f, Speaker s, Document d) {
        double[] x = new double[NAMES.size()];
        Span q = f.span();
        long bucket = Math.round(f.confidence() * 20);
        x[bucket >= 18 ? 0 : bucket <= 9 ? 9 : (int) (18 - bucket)] = 1;
        switch (f.speakerForm()) {
            case NAME -> x[10] = 1;
            case PRONOUN -> x[11] = 1;
            case DESCRIPTION -> x[12] = 1;
            case NONE -> { }
        }
        switch (f.kind()) {
            case DIRECT -> x[13] = 1;
            case PARTIAL -> x[14] = 1;
            case INDIRECT -> x[15] = 1;
            default -> { }
        }
        String cue = f.cue();
        if (cue != null) x[cue.codePoints().anyMatch(Character::isLetter) ? 16 : 17] = 1;
        Span m = s.mention();
        Sentence sentence = sentenceAt(d.sentences(), q.start());
        if (m != null) {
            int gap;
            if (m.end() <= q.start()) {
                gap = q.start() - m.end();
            } else if (m.start() >= q.end()) {
                gap = m.start() - q.end();
                x[19] = 1;
            } else {
                gap = 0;
                x[20] = 1;
            }
            x[18] = Math.log1p(gap);
            if (sentence != null && m.start() >= sentence.start() && m.start() < sentence.end()) x[21] = 1;
        }
        Optional<Entity> entity = s.entity() == null ? Optional.empty() : d.entities().byId(s.entity());
        if (m != null && entity.isPresent() && f.speakerForm() != FoundQuote.SpeakerForm.NAME
                && !d.entities().at(m).map(e -> e.id().equals(s.entity())).orElse(false)) {
            x[22] = 1;
            // the names the finder saw before a pronoun first: the entity's other mentions (descriptions, aliases
            // found later) only when none of those names is the entity's
            int earlier = -1;
            int rank = 5;
            for (int i = 0; i < f.antecedents().size(); i++) {
                Span a = f.antecedents().get(i);
                if (a.end() <= m.start() && d.entities().at(a).map(e -> e.id().equals(s.entity())).orElse(false)) {
                    earlier = m.start() - a.end();
                    rank = Math.min(5, i);
                    break;
                }
            }
            if (earlier < 0) earlier = earlierMention(d, m, s.entity());
            x[23] = Math.log1p(earlier < 0 ? 5000 : earlier);
            x[24] = rank;
        }
        if (sentence != null) x[25] = Math.min(4, otherPeople(d, sentence, q, m));
        if (entity.isPresent()) {
            x[entity.get().type() == EntityType.PERSON ? 26 : 27] = 1;
            x[30] = Math.log1p(d.entityMentions().getOrDefault(entity.get().id(), 0));
        } else {
            x[28] = 1;
        }
        x[29] = d.linked() == 0 ? 0 : (double) d.speakerCounts().getOrDefault(key(s), 0) / d.linked();
        x[31] = Math.log1p(q.text().isBlank() ? 0 : q.text().strip().split("\\s+").length);
        x[32] = d.text().isEmpty() ? 0 : (double) q.start() / d.text().length();
        if (sentence != null) x[33] = startsParagraph(d.text(), sentence.start()) ? 1 : 0;
        List<Double> out = new ArrayList<>(x.length);
        for (double v : x) out.add(v);
        return List.copyOf(out);
    }

    /** Characters back from {@code m} to the end of the nearest earlier mention of the entity, or -1. */
    private static int earlierMention(Document d, Span m, String entity) {
        int looked = 0;
        for (List<Span> at : d.mentions().headMap(m.start(), false).descendingMap().values()) {
            for (Span s : at) {
                if (s.end() <= m.start() && d.entities().at(s).map(e -> e.id().equals(entity)).orElse(false)) return m.start() - s.end();
            }
            if (++looked == LOOK_BACK) break;
        }
        return -1;
    }

    /** People named in the sentence outside the quote and the speaker's own words. */
    private static int otherPeople(Document d, Sentence sentence, Span q, @Nullable Span m) {
        int n = 0;
        for (List<Span> at : d.mentions().subMap(sentence.start(), true, sentence.end(), false).values()) {
            for (Span s : at) {
                if (s.start() < q.end() && q.start() < s.end()) continue;
                if (m != null && s.start() < m.end() && m.start() < s.end()) continue;
                if (d.entities().at(s).map(e -> e.type() == EntityType.PERSON).orElse(false)) n++;
            }
        }
        return n;
    }

    private static @Nullable Sentence sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return s;
        }
        // a quote that starts on a quotation mark between sentences belongs to the next one
        return lo < sentences.size() ? sentences.get(lo) : null;
    }

    private static boolean startsParagraph(String text, int start) {
        for (int i = Math.min(start, text.length()) - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') return true;
            if (!Character.isWhitespace(c) && "\"“”‘’'".indexOf(c) < 0) return false;
        }
        return true;
    }
}

package org.crosscheck.analysis.claims;

import java.util.Collection;
import java.util.List;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.Span;
import org.crosscheck.nlp.LanguageAnalyzer;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.WordRelations;

/**
 * The claim judge's view of lone sentence pairs, for training it and for measuring it on public
 * benchmarks (paraphrase, similarity and event-coreference sets): each sentence is read as a
 * statement with nothing known beyond its words, and a pair becomes the judge's features. The
 * analysis itself reads statements with what earlier stages found (entities, dates, speakers).
 * Thread-safe when the analyzer is.
 */
public final class StatementPairs {
    private final LanguageAnalyzer nlp;
    private final PropositionReader reader = new PropositionReader(ClaimLexicon.ENGLISH);
    private final PairFeatures features;

    public StatementPairs(LanguageAnalyzer nlp, WordRelations relations, org.crosscheck.nlp.SentenceEncoder encoder) {
        this.nlp = nlp;
        this.features = new PairFeatures(relations, encoder);
    }

    /** One sentence read as a statement. */
    public static final class Statement {
        final Proposition proposition;

        private Statement(Proposition proposition) {
            this.proposition = proposition;
        }

        public String text() {
            return proposition.span().text();
        }

        @Override
        public String toString() {
            return proposition.toString();
        }
    }

    /** How rare each word is among a set of statements (the idf of the word cosine). */
    public static final class Rarity {
        final PairFeatures.Rarity table;

        private Rarity(PairFeatures.Rarity table) {
            this.table = table;
        }
    }

    /** Reads {@code text} (one sentence; a longer text is read as its first sentence's words and the rest). */
    public Statement read(String text) {
        SourceDocument doc = new SourceDocument("s", "s", "0".repeat(64), "text/plain", java.time.Instant.EPOCH, text,
                SourceDocument.SourceMetadata.NONE);
        List<Sentence> sentences = nlp.analyze(text, 0, text.length());
        List<org.crosscheck.nlp.Token> tokens = sentences.stream().flatMap(s -> s.tokens().stream()).toList();
        Sentence all = new Sentence(0, text.length(), tokens);
        Span span = doc.span(0, text.length());
        return new Statement(reader.read(all, span, PropositionReader.Context.NONE));
    }

    /** The rarity of words among {@code statements}. */
    public Rarity rarity(Collection<Statement> statements) {
        List<Proposition> all = statements.stream().map(s -> s.proposition).toList();
        features.prepare(all);
        return new Rarity(PairFeatures.Rarity.of(all));
    }

    /** The judge's features of a pair, in the order of {@link #featureNames()}; {@code embedding} is their sentence vectors' cosine, or NaN. */
    public double[] features(Statement a, Statement b, Rarity rarity, double embedding) {
        return features.of(a.proposition, b.proposition, rarity.table, embedding, false);
    }

    /** The names of the judge's features. */
    public static List<String> featureNames() {
        return PairFeatures.NAMES;
    }
}

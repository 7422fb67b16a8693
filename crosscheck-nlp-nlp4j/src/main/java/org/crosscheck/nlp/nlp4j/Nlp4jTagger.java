package org.crosscheck.nlp.nlp4j;

import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.component.tokenizer.token.Token;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.ByteArrayInputStream;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import edu.emory.mathcs.nlp.component.morph.english.EnglishMorphAnalyzer;
import org.crosscheck.nlp.PartOfSpeechTagger;
import org.crosscheck.nlp.TaggedWord;
import org.crosscheck.nlp.Upos;

/**
 * Parts of speech from Emory NLP4J's English tagger (Penn Treebank tags, about 97% accurate on news),
 * mapped to Universal Dependencies. Chosen by measurement over OpenNLP's UD-EWT tagger, which reads
 * news names and verbs badly ("Public polls/VERB show", "Hewitt/PRON said"): with this tagger the
 * same rules find more of PolNeAR's attributions. The model and its two lexica (ambiguity classes and
 * Brown clusters) load from the nlp4j-english artifact in the constructor: about 7 seconds and 550 MB
 * of heap, held softly so that the collector may take it back while nothing is tagged. Lemmas come from
 * NLP4J's English morphological analyser (dictionaries and inflection rules in the same artifact),
 * given each word's Penn tag. Thread-safe: neither the decoder nor the analyser keeps state between calls.
 */
public final class Nlp4jTagger implements PartOfSpeechTagger {
    private static final String CONFIG = """
            <configuration>
              <lexica>
                <ambiguity_classes field="word_form_simplified_lowercase">edu/emory/mathcs/nlp/lexica/en-ambiguity-classes-simplified-lowercase.xz</ambiguity_classes>
                <word_clusters field="word_form_simplified_lowercase">edu/emory/mathcs/nlp/lexica/en-brown-clusters-simplified-lowercase.xz</word_clusters>
              </lexica>
              <models><pos>edu/emory/mathcs/nlp/models/en-pos.xz</pos></models>
            </configuration>
            """;

    /** Forms of "be", which Universal Dependencies tags AUX as copula and as auxiliary alike. */
    private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "am", "'m", "'re");
    /** Verbs that are auxiliaries when a verb follows: "has said", "did not say", "'s been". */
    private static final Set<String> HELPERS = Set.of("have", "has", "had", "having", "'ve", "'d", "do", "does", "did", "'s", "get");
    /** Subordinators the Penn tag IN shares with prepositions. */
    private static final Set<String> SUBORDINATORS = Set.of("that", "if", "whether", "because", "although", "though", "unless",
            "whereas", "while", "whilst");

    /**
     * The loaded tagger, held softly: its 550 MB may be reclaimed when the heap runs short while no
     * sentence is being tagged (a large corpus in its cross-document stages), and it loads again when
     * the next sentence comes.
     */
    private volatile SoftReference<NLPDecoder> decoder;
    private final EnglishMorphAnalyzer lemmatizer = new EnglishMorphAnalyzer();

    /** Loads the tagger's model and lexica from the class path; throws naming the missing artifact. */
    public Nlp4jTagger() {
        if (Nlp4jTagger.class.getClassLoader().getResource("edu/emory/mathcs/nlp/models/en-pos.xz") == null) {
            throw new IllegalStateException("NLP4J's English model is not on the class path: "
                    + "the edu.emory.mathcs.nlp:nlp4j-english artifact must be a dependency of the build");
        }
        this.decoder = new SoftReference<>(load());
    }

    private static NLPDecoder load() {
        return new NLPDecoder(new ByteArrayInputStream(CONFIG.getBytes(StandardCharsets.UTF_8)));
    }

    private NLPDecoder decoder() {
        NLPDecoder d = decoder.get();
        if (d != null) return d;
        synchronized (this) {
            d = decoder.get();
            if (d == null) {
                d = load();
                decoder = new SoftReference<>(d);
            }
            return d;
        }
    }

    @Override
    public List<TaggedWord> tag(List<String> words) {
        if (words.isEmpty()) return List.of();
        List<Token> tokens = new ArrayList<>(words.size());
        // the lexica learned straight apostrophes
        for (String w : words) tokens.add(new Token(w.replace('’', '\'')));
        NLPDecoder decoder = decoder();
        NLPNode[] nodes = decoder.decode(decoder.toNodeArray(tokens));
        String[] penn = new String[words.size()];
        for (int i = 0; i < penn.length; i++) penn[i] = nodes[i + 1].getPartOfSpeechTag();
        List<TaggedWord> out = new ArrayList<>(penn.length);
        for (int i = 0; i < penn.length; i++) out.add(new TaggedWord(universal(words, penn, i), lemma(tokens.get(i).getWordForm(), penn[i])));
        return out;
    }

    /** The dictionary form of {@code word} read as Penn tag {@code penn}, lower case; the word itself when the analyser has none. */
    private String lemma(String word, String penn) {
        String lower = word.toLowerCase(Locale.ROOT);
        try {
            String l = lemmatizer.lemmatize(lower, penn);
            return l == null || l.isEmpty() || l.startsWith("#") ? lower : l;
        } catch (RuntimeException e) {
            return lower; // the analyser has no rule for some shapes (symbols, long numbers): the word is its own lemma
        }
    }

    /** The Universal Dependencies tag of word {@code i} from its Penn Treebank tag and, where they differ in kind, its neighbours. */
    static Upos universal(List<String> words, String[] penn, int i) {
        String w = words.get(i).toLowerCase(Locale.ROOT).replace('’', '\'');
        String p = penn[i];
        String next = nextTag(penn, i);
        return Upos.of(switch (p) {
            case "NNP", "NNPS" -> "PROPN";
            case "NN", "NNS" -> "NOUN";
            case "MD" -> "AUX";
            case "VB", "VBD", "VBG", "VBN", "VBP", "VBZ" -> BE.contains(w) || HELPERS.contains(w) && next.startsWith("VB") ? "AUX" : "VERB";
            case "JJ", "JJR", "JJS", "AFX" -> "ADJ";
            case "RB", "RBR", "RBS", "WRB" -> w.equals("not") || w.equals("n't") ? "PART" : "ADV";
            case "IN" -> SUBORDINATORS.contains(w) ? "SCONJ" : "ADP";
            case "DT", "PDT" -> "DET";
            // "which countries" is a determiner; "which Beijing's mission called" a relative pronoun before a subject
            case "WDT" -> next.equals("NN") || next.equals("NNS") || next.startsWith("JJ") ? "DET" : "PRON";
            case "PRP", "PRP$", "WP", "WP$", "EX" -> "PRON";
            case "CD" -> "NUM";
            case "CC" -> "CCONJ";
            case "TO" -> next.startsWith("VB") ? "PART" : "ADP";
            case "POS" -> "PART";
            case "RP" -> "ADP";
            case "UH" -> "INTJ";
            case "SYM", "$", "#" -> "SYM";
            case "FW", "LS", "ADD", "GW", "XX" -> "X";
            default -> "PUNCT";
        });
    }

    /** The tag after word {@code i}, past adverbs and negation ("has not yet said"). */
    private static String nextTag(String[] penn, int i) {
        for (int k = i + 1; k < penn.length; k++) if (!penn[k].startsWith("RB")) return penn[k];
        return "";
    }
}

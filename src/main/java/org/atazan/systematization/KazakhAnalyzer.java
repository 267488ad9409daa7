package org.atazan.systematization;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.util.List;

/** Lucene has no Kazakh analyzer: the standard tokenizer, lower case, a short stop list, {@link KazakhStemmer}. */
public final class KazakhAnalyzer extends Analyzer {
    /** Conjunctions, postpositions and pronouns that carry no topic. */
    public static final CharArraySet STOP_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(List.of(
            "және", "мен", "бен", "пен", "да", "де", "та", "те", "бұл", "осы", "сол", "ол", "олар", "не", "немесе",
            "үшін", "туралы", "бойынша", "арқылы", "сияқты", "емес", "әр", "өз", "біз", "сіз", "ал", "бірақ", "егер",
            "онда", "оның", "соның", "қажет", "тиіс", "керек", "жөнінде", "ретінде", "кейін", "дейін", "сондай", "ақ"), false));

    private final CharArraySet stopWords;

    public KazakhAnalyzer(CharArraySet stopWords) {
        this.stopWords = stopWords;
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream s = new LowerCaseFilter(source);
        s = new StopFilter(s, stopWords);
        return new TokenStreamComponents(source, new StemFilter(s));
    }

    private static final class StemFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        StemFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws java.io.IOException {
            if (!input.incrementToken()) return false;
            String stem = KazakhStemmer.stem(term.toString());
            term.setEmpty().append(stem);
            return true;
        }
    }
}

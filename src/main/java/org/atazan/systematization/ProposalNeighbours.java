package org.atazan.systematization;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.BytesRef;
import org.atazan.consultation.Language;
import org.atazan.consultation.LanguageDetector;
import org.atazan.consultation.ProposalFinder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * The proposals nearest to a text a citizen is writing, from a Lucene index per consultation: BM25
 * over the words of the proposal's language (the analyzers of {@link LexicalSimilarity}) picks a few
 * dozen candidates, and the lexical method ranks them, so that the work per lookup does not grow with
 * the proposals stored. A trigram index (PostgreSQL's) cannot bound it: when texts are long and alike,
 * thousands share a third of any text's trigrams and every one of them is rechecked.
 *
 * <p>An index is built from the store on the first lookup of its consultation, in the background
 * (until it is ready the store's own lookup answers), and catches up with the store's newer proposals
 * at each lookup, so that several platform nodes each see every proposal. Indexes of the consultations
 * least recently looked up are dropped beyond a bound.
 */
public final class ProposalNeighbours implements ProposalFinder {
    /** Below this lexical similarity a proposal shares only common words (STS pairs judged unrelated score 0.02–0.25). */
    public static final double FLOOR = 0.25;
    /** Candidates ranked per lookup: enough that the nearest is among them, few enough to rank in a few milliseconds. */
    static final int CANDIDATES = 32;
    /** Terms of the text asked: a lookup's query stays small whatever is pasted. */
    static final int MAX_TERMS = 200;
    private static final int PAGE = 10_000;
    private static final System.Logger LOG = System.getLogger(ProposalNeighbours.class.getName());

    private final Path root;
    private final Executor builder;
    private final int maxIndexes;
    private final Similarity ranking = Similarity.lexical();
    private final Map<String, Index> indexes;

    /**
     * @param root       where indexes are kept (memory-mapped files), or {@code null} to keep them in the heap
     * @param builder    runs the first build of an index
     * @param maxIndexes how many consultations keep an index at once
     */
    public ProposalNeighbours(Path root, Executor builder, int maxIndexes) {
        this.root = root;
        this.builder = builder;
        this.maxIndexes = maxIndexes;
        this.indexes = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Index> eldest) {
                if (size() <= ProposalNeighbours.this.maxIndexes) return false;
                eldest.getValue().close();
                return true;
            }
        };
    }

    @Override
    public Optional<List<Found>> nearest(String consultationId, Texts texts, String text, int limit) {
        Index index;
        boolean fresh = false;
        synchronized (indexes) {
            index = indexes.get(consultationId);
            if (index == null || index.failed) {
                if (index != null) index.close();
                index = new Index(consultationId);
                indexes.put(consultationId, index);
                fresh = true;
            }
        }
        if (fresh) {
            Index building = index;
            builder.execute(() -> building.catchUp(texts));
        }
        if (!index.ready || !index.catchUp(texts)) return Optional.empty();
        try {
            return Optional.of(index.search(text, limit));
        } catch (AlreadyClosedException e) {
            return Optional.empty(); // dropped meanwhile: the store answers this once
        }
    }

    /** Whether the consultation's index is built (for tests and the start-up log). */
    public boolean ready(String consultationId) {
        synchronized (indexes) {
            Index i = indexes.get(consultationId);
            return i != null && i.ready;
        }
    }

    /** Drops every index. */
    public void close() {
        synchronized (indexes) {
            indexes.values().forEach(Index::close);
            indexes.clear();
        }
    }

    private static String field(Language l) {
        return l.code();
    }

    private final class Index {
        private final String consultationId;
        private final Directory dir;
        private final Path path;
        private final IndexWriter writer;
        private final SearcherManager searchers;
        private long last = Long.MIN_VALUE;
        private volatile boolean ready;
        private volatile boolean failed;

        Index(String consultationId) {
            this.consultationId = consultationId;
            try {
                Map<String, Analyzer> perField = new java.util.HashMap<>();
                for (Language l : Language.values()) perField.put(field(l), LexicalSimilarity.analyzer(l, true));
                Analyzer analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
                if (root == null) {
                    path = null;
                    dir = new ByteBuffersDirectory();
                } else {
                    Files.createDirectories(root);
                    path = Files.createTempDirectory(root, "similar-");
                    dir = new MMapDirectory(path);
                }
                writer = new IndexWriter(dir, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(32));
                searchers = new SearcherManager(writer, null);
            } catch (IOException e) {
                throw new UncheckedIOException("the index of similar proposals of " + consultationId + " cannot be made", e);
            }
        }

        /**
         * Adds the store's proposals after the last one indexed (the first call builds the whole index);
         * whether the index is now current. One that fails is marked so, and the next lookup of its
         * consultation starts a new one; the store answers meanwhile.
         */
        synchronized boolean catchUp(Texts texts) {
            if (failed) return false;
            long start = System.nanoTime();
            int count = 0;
            try {
                boolean added = false;
                List<Text> page;
                do {
                    page = texts.after(last, PAGE);
                    for (Text t : page) {
                        Document d = new Document();
                        // Doc values, not stored fields: a lookup reads 32 candidates' texts, each in a block
                        // of its own, and a stored-field block is decompressed whole (most of a lookup's time).
                        d.add(new NumericDocValuesField("id", t.id()));
                        d.add(new NumericDocValuesField("language", t.language().ordinal()));
                        d.add(new BinaryDocValuesField("wording", new BytesRef(t.wording())));
                        d.add(new TextField(field(t.language()), t.wording(), Field.Store.NO));
                        writer.addDocument(d);
                        last = t.id();
                        count++;
                    }
                    added |= !page.isEmpty();
                } while (page.size() == PAGE);
                if (added) searchers.maybeRefreshBlocking();
                if (!ready) {
                    LOG.log(System.Logger.Level.INFO, "similar proposals of {0} indexed: {1} in {2} ms", consultationId, count,
                            (System.nanoTime() - start) / 1_000_000);
                }
                ready = true;
                return true;
            } catch (IOException | RuntimeException e) {
                if (!(e instanceof AlreadyClosedException)) {
                    LOG.log(System.Logger.Level.WARNING, "the index of similar proposals of " + consultationId + " failed; rebuilt at the next lookup", e);
                }
                failed = true;
                return false;
            }
        }

        List<Found> search(String text, int limit) throws AlreadyClosedException {
            Optional<Language> detected = LanguageDetector.detect(text);
            List<Language> languages = detected.map(List::of).orElse(List.of(Language.values()));
            BooleanQuery.Builder q = new BooleanQuery.Builder();
            int clauses = 0;
            for (Language l : languages) {
                for (String term : terms(l, text)) {
                    if (clauses++ == MAX_TERMS) break;
                    q.add(new TermQuery(new Term(field(l), term)), BooleanClause.Occur.SHOULD);
                }
            }
            if (clauses == 0) return List.of();
            Map<Language, List<TextPair>> pairs = new EnumMap<>(Language.class);
            Map<Language, List<Long>> pairIds = new EnumMap<>(Language.class);
            try {
                IndexSearcher s = searchers.acquire();
                try {
                    ScoreDoc[] hits = s.search(q.build(), CANDIDATES).scoreDocs;
                    // Doc values are read forwards: the hits in index order, segment by segment.
                    Arrays.sort(hits, Comparator.comparingInt(h -> h.doc));
                    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
                    int leaf = -1;
                    NumericDocValues ids = null, langs = null;
                    BinaryDocValues wordings = null;
                    for (ScoreDoc hit : hits) {
                        int at = ReaderUtil.subIndex(hit.doc, leaves);
                        if (at != leaf) {
                            leaf = at;
                            ids = DocValues.getNumeric(leaves.get(at).reader(), "id");
                            langs = DocValues.getNumeric(leaves.get(at).reader(), "language");
                            wordings = DocValues.getBinary(leaves.get(at).reader(), "wording");
                        }
                        int doc = hit.doc - leaves.get(at).docBase;
                        if (!ids.advanceExact(doc) || !langs.advanceExact(doc) || !wordings.advanceExact(doc)) continue;
                        Language l = Language.values()[(int) langs.longValue()];
                        pairs.computeIfAbsent(l, x -> new ArrayList<>()).add(new TextPair(text, wordings.binaryValue().utf8ToString()));
                        pairIds.computeIfAbsent(l, x -> new ArrayList<>()).add(ids.longValue());
                    }
                } finally {
                    searchers.release(s);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<Found> found = new ArrayList<>();
            pairs.forEach((l, p) -> {
                double[] scores = ranking.score(p, l);
                List<Long> idsOf = pairIds.get(l);
                for (int i = 0; i < scores.length; i++) {
                    if (scores[i] >= FLOOR) found.add(new Found(idsOf.get(i), scores[i]));
                }
            });
            found.sort(Comparator.comparingDouble(Found::similarity).reversed().thenComparingLong(Found::id));
            return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
        }

        private Set<String> terms(Language l, String text) {
            Set<String> out = new LinkedHashSet<>();
            try (Analyzer a = LexicalSimilarity.analyzer(l, true); var ts = a.tokenStream(field(l), text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) out.add(term.toString());
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }

        void close() {
            try {
                searchers.close();
                writer.close();
                dir.close();
                if (path != null) {
                    try (var files = Files.walk(path)) {
                        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
            } catch (IOException | RuntimeException e) {
                // dropping an index is best effort: its files are in a directory of their own
            }
        }
    }
}

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.atazan.consultation.Language;
import org.atazan.platform.db.EmbeddedDatabase;
import org.atazan.systematization.EmbeddingSimilarity;
import org.atazan.systematization.LexicalSimilarity;
import org.atazan.systematization.PairScorer;
import org.atazan.systematization.Spearman;
import org.atazan.systematization.TextPair;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Spearman correlation with the human score on the STS Benchmark (train and the held-out dev split, en
 * and ru) of: PostgreSQL pg_trgm similarity() (Decidim's method) on an embedded server with lc_ctype
 * C.UTF-8, the default lexical method, and optionally a sentence-embedding model (English pairs only).
 * Then the same on the Kazakh pairs of bench/data/kk-pairs.csv. Run by `bench/run similarity`:
 *   java -cp "target/cli/atazan.jar:target/cli/lib/*" bench/SimilarityBench.java DATA_DIR [MODEL_DIR]
 */
public class SimilarityBench {
    record Data(List<TextPair> pairs, double[] gold) {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        PairScorer model = args.length > 1 ? new EmbeddingSimilarity(Path.of(args[1]), dev.langchain4j.model.embedding.onnx.PoolingMode.MEAN, "") : null;
        Path dir = Files.createTempDirectory("atazan-sim-bench");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("pg"), true);
             Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), null)) {
            c.createStatement().execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            System.out.printf("%-16s %8s %8s %8s %8s%n", "pairs", "pg_trgm", "lexical", "gain", model == null ? "" : "model");
            for (String split : new String[]{"train", "dev"}) {
                for (String lang : new String[]{"en", "ru"}) {
                    Data d = read(data.resolve("stsb/stsb-" + lang + "-" + split + ".csv"));
                    double pg = Spearman.of(trgm(c, d.pairs()), d.gold());
                    double lex = Spearman.of(new LexicalSimilarity(Language.valueOf(lang.toUpperCase())).score(d.pairs()), d.gold());
                    String m = model != null && lang.equals("en") ? String.format("%8.4f", Spearman.of(model.score(d.pairs()), d.gold())) : "";
                    System.out.printf("%-16s %8.4f %8.4f %+8.4f %s%n", lang + " " + split + " " + d.pairs().size(), pg, lex, lex - pg, m);
                }
            }
            Data kk = read(Path.of("bench/data/kk-pairs.csv"));
            double pg = Spearman.of(trgm(c, kk.pairs()), kk.gold());
            double lex = Spearman.of(new LexicalSimilarity(Language.KK).score(kk.pairs()), kk.gold());
            // What the Kazakh analyzer adds: the same texts through the Russian analyzer, and characters alone.
            double asRussian = Spearman.of(new LexicalSimilarity(Language.RU).score(kk.pairs()), kk.gold());
            double gramsOnly = Spearman.of(new LexicalSimilarity(Language.KK, new LexicalSimilarity.Settings(0, 2, 4, true))
                    .score(kk.pairs()), kk.gold());
            System.out.printf("%-16s %8.4f %8.4f %+8.4f   (Russian analyzer instead: %.4f; n-grams only: %.4f)%n",
                    "kk hand " + kk.pairs().size(), pg, lex, lex - pg, asRussian, gramsOnly);
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static double[] trgm(Connection c, List<TextPair> pairs) throws Exception {
        double[] out = new double[pairs.size()];
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT similarity(a, b) FROM unnest(?::text[], ?::text[]) WITH ORDINALITY AS t(a, b, i) ORDER BY i")) {
            ps.setArray(1, c.createArrayOf("text", pairs.stream().map(TextPair::first).toArray()));
            ps.setArray(2, c.createArrayOf("text", pairs.stream().map(TextPair::second).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                for (int i = 0; rs.next(); i++) out[i] = rs.getDouble(1);
            }
        }
        return out;
    }

    static Data read(Path f) throws Exception {
        List<TextPair> pairs = new ArrayList<>();
        List<Double> gold = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(f)) {
            for (CSVRecord r : CSVFormat.RFC4180.parse(in)) {
                pairs.add(new TextPair(r.get(0), r.get(1)));
                gold.add(Double.parseDouble(r.get(2)));
            }
        }
        return new Data(pairs, gold.stream().mapToDouble(Double::doubleValue).toArray());
    }
}

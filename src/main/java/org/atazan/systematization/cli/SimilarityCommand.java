package org.atazan.systematization.cli;

import dev.langchain4j.model.embedding.onnx.PoolingMode;
import org.atazan.consultation.Language;
import org.atazan.kernel.BadInputException;
import org.atazan.kernel.PrettyJson;
import org.atazan.kernel.TopLevelCommand;
import org.atazan.systematization.EmbeddingSimilarity;
import org.atazan.systematization.Similarity;
import org.atazan.systematization.Spearman;
import org.atazan.systematization.TextPair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code atazan similarity}: the similarity of each pair of texts in a CSV file, or its Spearman against human scores. */
@TopLevelCommand
@Command(name = "similarity", mixinStandardHelpOptions = true,
        description = {"Score the similarity of text pairs in [0, 1]: one line per CSV row (text1,text2[,anything], no header).",
                "With --eval the third column is a human score (0-5) and the output is {\"pairs\": N, \"spearman\": X}."})
public final class SimilarityCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PAIRS.csv")
    Path file;

    @Option(names = "--lang", paramLabel = "en|ru|kk", description = "the language of all pairs (default: detected per pair)")
    String lang;

    @Option(names = "--model", paramLabel = "PATH",
            description = "a sentence-embedding model in ONNX format: a directory with one .onnx file and tokenizer.json")
    Path model;

    @Option(names = "--model-languages", split = ",", defaultValue = "en", paramLabel = "LANG[,LANG]",
            description = "the languages the model is used for (default ${DEFAULT-VALUE}); the others use the lexical method")
    List<String> modelLanguages;

    @Option(names = "--pooling", defaultValue = "MEAN", description = "the model's pooling: MEAN or CLS (default ${DEFAULT-VALUE})")
    PoolingMode pooling;

    @Option(names = "--model-prefix", defaultValue = "", description = "text put before each input for the model (e5: \"query: \")")
    String prefix;

    @Option(names = "--eval", description = "read a human score (0-5) in the third column and print the Spearman correlation")
    boolean eval;

    @Option(names = "--max-bytes", defaultValue = "104857600", description = "the largest file accepted (default ${DEFAULT-VALUE} bytes)")
    long maxBytes;

    @Option(names = "--max-line", defaultValue = "20000", description = "the longest line accepted (default ${DEFAULT-VALUE} characters)")
    int maxLine;

    @Override
    public void run() {
        Language language = lang == null ? null : language(lang, "--lang");
        List<TextPair> pairs = new ArrayList<>();
        List<Double> gold = new ArrayList<>();
        CsvInput.read(file, maxBytes, maxLine, row -> {
            if (row.size() < 2) throw new BadInputException(file + " line " + row.line() + ": one column; expected text1,text2");
            pairs.add(new TextPair(row.get(0), row.get(1)));
            if (eval) gold.add(score(row));
        });
        Similarity similarity = model == null ? Similarity.lexical()
                : new Similarity(new EmbeddingSimilarity(model, pooling, prefix), languages());
        double[] scores = similarity.score(pairs, language);
        PrintWriter out = spec.commandLine().getOut();
        if (eval) {
            double rho = Spearman.of(scores, gold.stream().mapToDouble(Double::doubleValue).toArray());
            out.println(PrettyJson.write(new Evaluation(pairs.size(), Double.isNaN(rho) ? null : Math.round(rho * 10000) / 10000.0)));
        } else {
            for (double s : scores) out.println(String.format(Locale.ROOT, "%.4f", s));
        }
        out.flush();
    }

    /** The output of --eval; spearman is null under two pairs or with constant scores. */
    record Evaluation(int pairs, Double spearman) {
    }

    private double score(CsvInput.Row row) {
        if (row.size() < 3) throw new BadInputException(file + " line " + row.line() + ": no third column with the human score (--eval)");
        String v = row.get(2).trim();
        try {
            double s = Double.parseDouble(v);
            if (s >= 0 && s <= 5) return s;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInputException(file + " line " + row.line() + ": score \"" + v + "\" is not a number from 0 to 5 (--eval)");
    }

    private Set<Language> languages() {
        Set<Language> s = EnumSet.noneOf(Language.class);
        for (String l : modelLanguages) s.add(language(l.trim(), "--model-languages"));
        return s;
    }

    private static Language language(String code, String option) {
        try {
            return Language.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(option + " " + code + ": not one of en, ru, kk");
        }
    }
}

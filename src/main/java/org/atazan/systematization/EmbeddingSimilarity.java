package org.atazan.systematization;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import org.atazan.kernel.BadInputException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A sentence-embedding model in ONNX format, run in-process by ONNX Runtime (langchain4j's
 * {@link OnnxEmbeddingModel}): the cosine of the two texts' embeddings, mapped from -1..1 to 0..1.
 */
public final class EmbeddingSimilarity implements PairScorer {
    /** Texts embedded per call: bounds the memory of one ONNX batch. */
    static final int BATCH = 64;

    private final OnnxEmbeddingModel model;
    private final String prefix;

    /**
     * @param location a directory holding one {@code .onnx} file and {@code tokenizer.json}, or the
     *                 {@code .onnx} file with {@code tokenizer.json} beside it
     * @param prefix   put before every text (e5 models expect "query: ")
     */
    public EmbeddingSimilarity(Path location, PoolingMode pooling, String prefix) {
        ModelFiles files = ModelFiles.find(location);
        try {
            this.model = new OnnxEmbeddingModel(files.onnx(), files.tokenizer(), pooling);
        } catch (RuntimeException e) {
            // ONNX Runtime and the tokenizer refuse a file that is not a model with their own exceptions.
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            throw new BadInputException(files.onnx() + ": cannot load the model with " + files.tokenizer().getFileName() + ": " + root.getMessage(), e);
        }
        this.prefix = prefix == null ? "" : prefix;
    }

    /** Where a model's two files are. */
    public record ModelFiles(Path onnx, Path tokenizer) {
        public static ModelFiles find(Path location) {
            Path dir = Files.isDirectory(location) ? location : location.toAbsolutePath().getParent();
            Path onnx = location;
            if (Files.isDirectory(location)) {
                try (Stream<Path> s = Files.list(location)) {
                    List<Path> found = s.filter(p -> p.getFileName().toString().endsWith(".onnx")).sorted().toList();
                    if (found.size() != 1) {
                        throw new BadInputException(location + ": the model directory must hold exactly one .onnx file, it holds " + found.size());
                    }
                    onnx = found.get(0);
                } catch (java.io.IOException e) {
                    throw new BadInputException(location + ": cannot list the model directory: " + e.getMessage());
                }
            }
            if (!Files.isRegularFile(onnx)) throw new BadInputException(location + ": no such model file or directory");
            Path tokenizer = dir.resolve("tokenizer.json");
            if (!Files.isRegularFile(tokenizer)) throw new BadInputException(tokenizer + ": the model's tokenizer.json is missing");
            return new ModelFiles(onnx, tokenizer);
        }
    }

    @Override
    public double[] score(List<TextPair> pairs) {
        List<String> distinct = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (TextPair p : pairs) {
            for (String t : List.of(p.first(), p.second())) {
                if (index.putIfAbsent(t, distinct.size()) == null) distinct.add(t);
            }
        }
        float[][] vectors = new float[distinct.size()][];
        for (int from = 0; from < distinct.size(); from += BATCH) {
            List<TextSegment> batch = distinct.subList(from, Math.min(distinct.size(), from + BATCH)).stream()
                    .map(t -> TextSegment.from(prefix + (t.isBlank() ? " " : t))).toList();
            List<Embedding> e = model.embedAll(batch).content();
            for (int i = 0; i < e.size(); i++) vectors[from + i] = e.get(i).vector();
        }
        double[] out = new double[pairs.size()];
        for (int i = 0; i < out.length; i++) {
            double c = cosine(vectors[index.get(pairs.get(i).first())], vectors[index.get(pairs.get(i).second())]);
            out[i] = Math.max(0, Math.min(1, (c + 1) / 2));
        }
        return out;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}

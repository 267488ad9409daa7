package org.atazan.systematization.cli;

import org.atazan.consultation.Language;
import org.atazan.consultation.LanguageDetector;
import org.atazan.kernel.BadInputException;
import org.atazan.kernel.TopLevelCommand;
import org.atazan.systematization.TopicClustering;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code atazan topics}: topical clusters of the texts of a CSV file, per article and language, as the
 * platform finds them for a consultation. The file is read twice (a sample, then every row), so memory
 * stays bounded whatever its length.
 */
@TopLevelCommand
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = {"Find what texts are about: topical clusters per article and language, in a CSV file of",
                "id,text[,article[,language]] rows (an id,text,... header is recognised and skipped; language kk, ru or en,",
                "detected from the text when absent or empty). Prints {\"clusters\": [{\"id\", \"article\", \"size\",",
                "\"descriptions\": [{\"language\", \"size\", \"terms\", \"representatives\": [ids]}]}, ...]}, largest first;",
                "with --assignments also {\"assignments\": {\"<id>\": <cluster>, ...}}."})
public final class TopicsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv")
    Path file;

    @Option(names = "--assignments", description = "also print each row's cluster")
    boolean assignments;

    @Option(names = "--max-clusters", defaultValue = "10", description = "most clusters per article and language (default ${DEFAULT-VALUE})")
    int maxClusters;

    @Option(names = "--sample", defaultValue = "5000", description = "texts sampled per article and language (default ${DEFAULT-VALUE})")
    int sample;

    @Option(names = "--max-bytes", defaultValue = "4294967296", description = "the largest file accepted (default ${DEFAULT-VALUE} bytes)")
    long maxBytes;

    @Option(names = "--max-line", defaultValue = "100000", description = "the longest line accepted (default ${DEFAULT-VALUE} characters)")
    int maxLine;

    private record Text(String id, String article, Language language, String text) {
    }

    @Override
    public void run() {
        TopicClustering.Settings d = TopicClustering.Settings.DEFAULT;
        TopicClustering clustering;
        try {
            clustering = new TopicClustering(new TopicClustering.Settings(maxClusters, d.minClusterSize(), sample, Math.min(sample, d.selection()),
                    d.iterations(), d.terms()), k -> -1);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--max-clusters must be at least 2 and --sample at least 10");
        }
        List<String> ids = new ArrayList<>();
        each(t -> {
            ids.add(t.id());
            clustering.sample(ids.size(), t.article(), t.language(), t.text());
        });
        clustering.fit();
        long[] key = {0};
        each(t -> clustering.assign(++key[0], t.article(), t.language(), t.text()));
        TopicClustering.Outcome o = clustering.outcome(k -> -1, new java.util.concurrent.atomic.AtomicLong()::incrementAndGet);
        write(o, ids, spec.commandLine().getOut());
    }

    private void each(java.util.function.Consumer<Text> sink) {
        boolean[] first = {true};
        CsvInput.read(file, maxBytes, maxLine, row -> {
            boolean header = first[0] && row.size() >= 2 && row.get(0).trim().toLowerCase(Locale.ROOT).equals("id")
                    && row.get(1).trim().toLowerCase(Locale.ROOT).equals("text");
            first[0] = false;
            if (header) return;
            if (row.size() < 2) throw new BadInputException(file + " line " + row.line() + ": one column; expected id,text[,article[,language]]");
            String id = row.get(0).trim();
            if (id.isEmpty()) throw new BadInputException(file + " line " + row.line() + ": the id is empty");
            String article = row.size() > 2 && !row.get(2).isBlank() ? row.get(2).trim() : null;
            Language language;
            String code = row.size() > 3 ? row.get(3).trim() : "";
            try {
                language = code.isEmpty() ? LanguageDetector.detect(row.get(1)).orElse(Language.RU) : Language.of("language", code);
            } catch (BadInputException e) {
                throw new BadInputException(file + " line " + row.line() + ": language '" + (code.length() > 10 ? code.substring(0, 10) : code)
                        + "' is not kk, ru or en");
            }
            sink.accept(new Text(id, article, language, row.get(1)));
        });
    }

    /** Streamed: a cluster per line, and with --assignments an id per line. */
    private void write(TopicClustering.Outcome o, List<String> ids, PrintWriter out) {
        JsonMapper json = JsonMapper.builder().build();
        out.println("{\"clusters\": [");
        for (int i = 0; i < o.clusters().size(); i++) {
            TopicClustering.Cluster c = o.clusters().get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("article", c.article());
            m.put("size", c.size());
            m.put("descriptions", c.descriptions().stream().map(x -> Map.of("language", x.language().code(), "size", x.size(),
                    "terms", x.terms(), "representatives", x.representatives().stream().map(k -> ids.get((int) (k - 1))).toList())).toList());
            out.print("  ");
            out.print(json.writeValueAsString(m));
            out.println(i + 1 < o.clusters().size() ? "," : "");
        }
        out.print("]");
        if (assignments) {
            out.println(", \"assignments\": {");
            for (int i = 0; i < o.keys().length; i++) {
                out.print("  " + json.writeValueAsString(ids.get((int) (o.keys()[i] - 1))) + ": " + o.memberClusters()[i]);
                out.println(i + 1 < o.keys().length ? "," : "");
            }
            out.print("}");
        }
        out.println("}");
        out.flush();
    }
}

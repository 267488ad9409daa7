package org.atazan.charter.cli;

import org.atazan.charter.Article;
import org.atazan.charter.CharterText;
import org.atazan.charter.akn.AknMetadata;
import org.atazan.charter.akn.AknWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code charter parse}: reads one charter file and prints its structure as JSON or Akoma Ntoso. */
@Command(name = "parse", mixinStandardHelpOptions = true, description = "Read a charter and print its structure.")
final class ParseCommand implements Runnable {
    enum Format { json, akn }

    private static final Pattern DATE_IN_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Plain text, Markdown or Akoma Ntoso XML.")
    Path file;

    @Option(names = "--format", defaultValue = "json", description = "json or akn (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--patterns", paramLabel = "NAME|PATH",
            description = "Heading pattern set (en, ru, kk, de-md) or a properties file; default: auto-detect.")
    String patterns;

    @Option(names = "--country", defaultValue = "xx", description = "Country code for Akoma Ntoso (default: ${DEFAULT-VALUE}).")
    String country;

    @Option(names = "--date", description = "Version date yyyy-mm-dd for Akoma Ntoso (default: from the file name, else today).")
    String date;

    @Override
    public void run() {
        CharterText text = CharterFiles.read(file, patterns);
        var out = spec.commandLine().getOut();
        if (format == Format.akn) {
            out.print(AknWriter.write(text, metadata(text)));
            out.println();
        } else {
            out.println(org.atazan.kernel.PrettyJson.write(summary(text)));
        }
        out.flush();
    }

    private AknMetadata metadata(CharterText text) {
        String name = file.getFileName().toString();
        Matcher m = DATE_IN_NAME.matcher(name);
        String when = date != null ? date : m.find() ? m.group(1) : LocalDate.now().toString();
        String id = name.replaceFirst("\\.[^.]*$", "").replaceFirst("\\.[a-z]{2}$", "");
        String sample = text.title() + text.preamble() + (text.articles().isEmpty() ? "" : text.articles().get(0).plainText());
        return new AknMetadata(country, id, when, CharterFiles.language(sample), text.title());
    }

    static Map<String, Object> summary(CharterText text) {
        List<Article> articles = text.articles();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", text.title());
        m.put("divisions", text.divisions().size());
        m.put("articles", articles.size());
        m.put("repealedArticles", articles.stream().filter(Article::repealed).count());
        m.put("paragraphs", articles.stream().mapToInt(a -> a.paragraphs().size()).sum());
        m.put("points", articles.stream().mapToInt(Article::pointCount).sum());
        m.put("preamble", !text.preamble().isEmpty());
        m.put("articleNumbers", articles.stream().map(Article::number).toList());
        return m;
    }
}

package org.atazan.charter.cli;

import org.atazan.charter.Article;
import org.atazan.charter.CharterText;
import org.atazan.charter.akn.AknMetadata;
import org.atazan.charter.akn.AknWriter;
import org.atazan.kernel.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
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

    @Option(names = "--country", paramLabel = "CC",
            description = "The act's country, ISO 3166-1 alpha-2 (e.g. kz), for Akoma Ntoso; needed with --format akn.")
    String country;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The version's date for Akoma Ntoso (default: a date in the file name; needed otherwise).")
    String date;

    @Override
    public void run() {
        // Akoma Ntoso names the act by its country and date: refuse to guess them before reading anything.
        String when = format == Format.akn ? versionDate() : null;
        if (format == Format.akn && (country == null || !country.matches("[A-Za-z]{2}"))) {
            throw new BadInputException("--country: " + (country == null ? "needed with --format akn" : "'" + country
                    + "' is not a two-letter ISO 3166 code") + " (the act's country in Akoma Ntoso, e.g. --country kz)");
        }
        CharterText text = CharterFiles.read(file, patterns);
        var out = spec.commandLine().getOut();
        if (format == Format.akn) {
            out.print(AknWriter.write(text, metadata(text, when)));
            out.println();
        } else {
            out.println(org.atazan.kernel.PrettyJson.write(summary(text)));
        }
        out.flush();
    }

    /** The version's date: given, or the one in the file name; never the day of the export. */
    private String versionDate() {
        Matcher m = DATE_IN_NAME.matcher(file.getFileName() == null ? "" : file.getFileName().toString());
        String when = date != null ? date : m.find() ? m.group(1) : null;
        if (when == null) {
            throw new BadInputException("--date: needed with --format akn when the file name has no date yyyy-mm-dd "
                    + "(the version's date in Akoma Ntoso, e.g. --date 2026-07-01)");
        }
        try {
            return LocalDate.parse(when).toString();
        } catch (DateTimeParseException e) {
            throw new BadInputException("--date: '" + when + "' is not a date yyyy-mm-dd");
        }
    }

    private AknMetadata metadata(CharterText text, String when) {
        String name = file.getFileName().toString();
        String id = name.replaceFirst("\\.[^.]*$", "").replaceFirst("\\.[a-z]{2}$", "");
        String sample = text.title() + text.preamble() + (text.articles().isEmpty() ? "" : text.articles().get(0).plainText());
        return new AknMetadata(country.toLowerCase(Locale.ROOT), id, when, CharterFiles.language(sample), text.title());
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

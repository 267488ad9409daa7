package org.atazan.charter.cli;

import org.atazan.charter.Amendment;
import org.atazan.charter.CharterInputException;
import org.atazan.charter.CharterLimits;
import org.atazan.charter.akn.AknMetadata;
import org.atazan.charter.akn.AknWriter;
import org.atazan.charter.text.HeadingPatterns;
import org.atazan.charter.text.TextConsolidation;
import org.atazan.charter.text.TextLayout;
import org.atazan.kernel.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code charter amend}: consolidates amendments into a charter text, in the text's own layout. */
@Command(name = "amend", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Consolidate amendments into a charter version and print the new version: as text in the same"
                + " layout as BASE (which `charter parse` reads), or as Akoma Ntoso.",
                "AMENDMENTS.json: {\"amendments\": [{\"id\": \"A-1\", \"action\": \"replace\", \"article\": \"93\", \"text\": \"...\"},"
                        + " {\"id\": \"A-2\", \"action\": \"insert\", \"after\": \"104b\", \"article\": \"104c\", \"text\": \"...\"},"
                        + " {\"id\": \"A-3\", \"action\": \"repeal\", \"article\": \"75\"},"
                        + " {\"id\": \"A-4\", \"action\": \"renumber\", \"article\": \"91e\", \"to\": \"91f\"}]}",
                "Amendments apply in order. Two amendments to one article, an insertion after an article the set repeals,"
                        + " a number that does not exist or is taken: refused, naming the rule, and nothing is printed."})
final class AmendCommand implements Runnable {
    enum Format { text, akn }

    /** The largest amendments file read. */
    static final long MAX_FILE_BYTES = 16L << 20;
    private static final Set<String> FIELDS = Set.of("id", "action", "article", "after", "to", "heading", "text");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", description = "The version amended: plain text or Markdown.")
    Path base;

    @Parameters(index = "1", paramLabel = "AMENDMENTS.json")
    Path amendmentsFile;

    @Option(names = "--format", defaultValue = "text", description = "text or akn (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--patterns", paramLabel = "NAME|PATH", description = "Heading pattern set of BASE; default: auto-detect.")
    String patterns;

    @Option(names = "--country", paramLabel = "CC", description = "The act's country, for Akoma Ntoso (needed with --format akn).")
    String country;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The new version's date, for Akoma Ntoso (needed with --format akn).")
    String date;

    @Override
    public void run() {
        if (format == Format.akn) {
            if (country == null || !country.matches("[A-Za-z]{2}")) {
                throw new BadInputException("--country: needed with --format akn, two letters (ISO 3166), e.g. --country kz");
            }
            if (date == null || !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new BadInputException("--date: needed with --format akn, the new version's date yyyy-mm-dd");
            }
        }
        List<Amendment> amendments = readAmendments(amendmentsFile);
        TextLayout layout = readBase();
        TextLayout consolidated = TextConsolidation.apply(layout, amendments, base.toString());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.akn) {
            var text = consolidated.text();
            String sample = text.title() + text.preamble() + (text.articles().isEmpty() ? "" : text.articles().get(0).plainText());
            String id = base.getFileName().toString().replaceFirst("\\.[^.]*$", "").replaceFirst("\\.[a-z]{2}$", "");
            out.println(AknWriter.write(text, new AknMetadata(country.toLowerCase(Locale.ROOT), id, date, CharterFiles.language(sample),
                    text.title())));
        } else {
            // The lines as read end with an empty one when the file ended with a line break: joined, the
            // output ends as BASE does.
            out.print(String.join("\n", consolidated.lines()));
        }
        out.flush();
    }

    private TextLayout readBase() {
        if (Files.isDirectory(base)) throw new CharterInputException(base.toString(), "is a directory, not a file");
        try (InputStream in = Files.newInputStream(base)) {
            return TextLayout.read(base.toString(), in, patterns == null ? null : HeadingPatterns.named(patterns), CharterLimits.DEFAULT);
        } catch (NoSuchFileException e) {
            throw new CharterInputException(base.toString(), "no such file");
        } catch (IOException e) {
            throw new CharterInputException(base.toString(), "cannot read: " + e.getMessage());
        }
    }

    /** The amendments file, bounded, every field checked: a typo is named, not ignored. */
    static List<Amendment> readAmendments(Path file) {
        String name = file.toString();
        JsonNode root;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) throw new BadInputException(name + ": larger than " + MAX_FILE_BYTES + " bytes");
            try (InputStream in = Files.newInputStream(file)) {
                root = JsonMapper.builder().build().readTree(in);
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read: " + e.getMessage());
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new BadInputException(name + (at != null ? " line " + at.getLineNr() + ", column " + at.getColumnNr() : "")
                    + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject() || !root.has("amendments") || !root.get("amendments").isArray()) {
            throw new BadInputException(name + ": expected {\"amendments\": [ ... ]}");
        }
        JsonNode list = root.get("amendments");
        if (list.size() > TextConsolidation.MAX_AMENDMENTS) {
            throw new BadInputException(name + ": more than " + TextConsolidation.MAX_AMENDMENTS + " amendments");
        }
        List<Amendment> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode a = list.get(i);
            String where = name + ": amendments[" + i + "]";
            if (!a.isObject()) throw new BadInputException(where + ": expected an object");
            for (String field : a.propertyNames()) {
                if (!FIELDS.contains(field)) throw new BadInputException(where + ": unknown field '" + field + "' (known: " + FIELDS + ")");
                if (!a.get(field).isString() && !a.get(field).isNull()) {
                    throw new BadInputException(where + ": '" + field + "' must be a string");
                }
            }
            String action = string(a, "action");
            Amendment.Action act;
            try {
                act = action == null ? null : Amendment.Action.valueOf(action.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(where + ": 'action' is replace, insert, repeal or renumber, not '" + action + "'");
            }
            String id = string(a, "id");
            out.add(new Amendment(id == null || id.isBlank() ? "#" + (i + 1) : id, act, string(a, "article"), string(a, "after"),
                    string(a, "to"), string(a, "heading"), string(a, "text")));
        }
        return out;
    }

    private static String string(JsonNode a, String field) {
        JsonNode v = a.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}

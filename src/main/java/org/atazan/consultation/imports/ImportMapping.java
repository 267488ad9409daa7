package org.atazan.consultation.imports;

import org.atazan.consultation.Channel;
import org.atazan.kernel.BadInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * How another channel's export maps onto proposals: its format, encoding, the column (or JSON key) of
 * each field, the channel's own words for kinds, languages, statuses and outcomes, and its date format.
 * Shipped mappings are {@code imports/<name>.properties} beside this class; {@code generic} names every
 * column as the field it holds ({@link #PROPOSAL_FIELDS}, {@link #ANSWER_FIELDS}), in CSV or JSON.
 *
 * @param format     {@code csv}, {@code json}, or {@code any} (chosen per file)
 * @param jsonItems  the top-level key of the array of rows, or "" for a top-level array
 * @param datePattern the channel's date-time pattern in the consultation's zone, or "" for ISO-8601
 */
public record ImportMapping(String name, Channel channel, String format, char delimiter, Charset charset, String jsonItems,
                            String datePattern, Map<String, String> columns, Map<String, String> answerColumns,
                            Map<String, Map<String, String>> values) {
    public static final List<String> PROPOSAL_FIELDS = List.of("external_id", "received_at", "article", "kind", "language",
            "wording", "reasons", "region", "display_name", "status", "outcome", "answer");
    public static final List<String> ANSWER_FIELDS = List.of("reference", "external_id", "status", "outcome", "merged_into", "reason");
    public static final List<String> SHIPPED = List.of("generic", "kz-eotinish", "kz-egov");
    public static final String GENERIC = "generic";

    public ImportMapping {
        columns = Map.copyOf(columns);
        answerColumns = Map.copyOf(answerColumns);
        values = Map.copyOf(values);
    }

    /** A shipped mapping by name; anything else is bad input naming the field. */
    public static ImportMapping shipped(String name) {
        String n = name == null || name.isBlank() ? GENERIC : name.strip();
        if (!SHIPPED.contains(n)) {
            throw new BadInputException("field mapping: '" + (n.length() > 40 ? n.substring(0, 40) + "…" : n)
                    + "' is not a shipped mapping; one of " + String.join(", ", SHIPPED));
        }
        Properties p = new Properties();
        try (InputStream in = ImportMapping.class.getResourceAsStream(n + ".properties")) {
            if (in == null) throw new IllegalStateException("mapping " + n + " is not on the class path");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> columns = new HashMap<>();
        Map<String, String> answers = new HashMap<>();
        Map<String, Map<String, String>> values = new HashMap<>();
        for (String f : PROPOSAL_FIELDS) columns.put(f, p.getProperty("column." + f, GENERIC.equals(n) ? f : ""));
        for (String f : ANSWER_FIELDS) answers.put(f, p.getProperty("answer.column." + f, GENERIC.equals(n) ? f : ""));
        for (String key : p.stringPropertyNames()) {
            if (!key.startsWith("value.")) continue;
            String[] parts = key.split("\\.", 3);
            values.computeIfAbsent(parts[1], k -> new HashMap<>()).put(parts[2].toLowerCase(Locale.ROOT), p.getProperty(key));
        }
        String delimiter = p.getProperty("csv.delimiter", ",");
        return new ImportMapping(n, Channel.of("channel", p.getProperty("channel", "other")), p.getProperty("format", "any"),
                delimiter.equals("\\t") ? '\t' : delimiter.charAt(0), Charset.forName(p.getProperty("charset", "UTF-8")),
                p.getProperty("json.items", ""), p.getProperty("date.pattern", ""), columns, answers, values);
    }

    /** The format of a file: the mapping's, or for {@code any} the one asked for, or the file name's extension. */
    public String formatOf(String asked, String fileName) {
        if (asked != null && !asked.isBlank()) {
            String f = asked.strip().toLowerCase(Locale.ROOT);
            if (!f.equals("csv") && !f.equals("json")) throw new BadInputException("field format: '" + f + "' is not one of csv, json");
            if (!format.equals("any") && !format.equals(f)) {
                throw new BadInputException("field format: mapping '" + name + "' reads " + format + ", not " + f);
            }
            return f;
        }
        if (!format.equals("any")) return format;
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? "json" : "csv";
    }

    /** The date-time format of the channel, or null for ISO-8601. */
    public DateTimeFormatter dates() {
        return datePattern.isEmpty() ? null : DateTimeFormatter.ofPattern(datePattern, Locale.ROOT);
    }

    /** The row's value for a proposal field, translated from the channel's words; null when absent or blank. */
    public String proposalValue(SourceRecord r, String field) {
        return value(r, field, columns.get(field));
    }

    public String answerValue(SourceRecord r, String field) {
        return value(r, field, answerColumns.get(field));
    }

    private String value(SourceRecord r, String field, String column) {
        if (column == null || column.isEmpty()) return null;
        String v = r.values().get(column);
        if (v == null || v.isBlank()) return null;
        Map<String, String> words = values.get(field);
        if (words == null) return v;
        return words.getOrDefault(v.strip().toLowerCase(Locale.ROOT), v);
    }
}

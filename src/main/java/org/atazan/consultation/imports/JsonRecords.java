package org.atazan.consultation.imports;

import org.atazan.kernel.BoundedReader;
import org.atazan.consultation.ImportLimits;
import org.atazan.kernel.BadInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * JSON rows: the objects of the top-level array, or of the array under the mapping's {@code json.items}
 * key of the top-level object. Read as a stream, one object at a time; nested objects give dotted keys
 * ({@code author.region}). Nesting, string length and size are bounded while parsing.
 */
final class JsonRecords implements RecordSource {
    private final JsonParser parser;
    private final ImportLimits limits;
    private final String file;
    private long count;
    private boolean done;

    JsonRecords(InputStream in, ImportMapping mapping, ImportLimits limits, String file) {
        this.limits = limits;
        this.file = file;
        JsonFactory json = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.jsonDepth()).maxStringLength(limits.lineChars()).maxNameLength(1_000)
                .maxDocumentLength(limits.bytes()).build()).build();
        this.parser = json.createParser(ObjectReadContext.empty(), new BoundedReader(in, mapping.charset(), limits.bytes(), ImportLimits.BYTES, 0, ImportLimits.LINE_CHARS, file));
        guarded(() -> {
            JsonToken first = parser.nextToken();
            if (mapping.jsonItems().isEmpty()) {
                if (first != JsonToken.START_ARRAY) throw bad("the file is not a JSON array of objects");
                return null;
            }
            if (first != JsonToken.START_OBJECT) throw bad("the file is not a JSON object with '" + mapping.jsonItems() + "'");
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals(mapping.jsonItems())) {
                    if (value != JsonToken.START_ARRAY) throw bad("'" + mapping.jsonItems() + "' is not an array");
                    return null;
                }
                parser.skipChildren();
            }
            throw bad("no '" + mapping.jsonItems() + "' array in the top-level object");
        });
    }

    @Override
    public SourceRecord next() {
        if (done) return null;
        return guarded(() -> {
            JsonToken t = parser.nextToken();
            if (t == JsonToken.END_ARRAY || t == null) {
                done = true;
                return null;
            }
            long line = parser.currentTokenLocation().getLineNr();
            if (t != JsonToken.START_OBJECT) throw bad("an item of the array is not an object");
            if (++count > limits.rows()) {
                throw bad("more than " + String.format("%,d", limits.rows()) + " rows (limit " + ImportLimits.ROWS + ")");
            }
            Map<String, String> values = new HashMap<>();
            object("", values);
            return new SourceRecord(line, values);
        });
    }

    /** Reads the object whose START_OBJECT was just read, its scalar values under dotted keys. */
    private void object(String prefix, Map<String, String> into) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = prefix + parser.currentName();
            JsonToken v = parser.nextToken();
            switch (v) {
                case START_OBJECT -> object(key + ".", into);
                case START_ARRAY -> parser.skipChildren(); // lists are not a field of a proposal
                case VALUE_NULL -> {
                }
                default -> into.put(key, parser.getString());
            }
        }
    }

    private <T> T guarded(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (StreamConstraintsException e) {
            String m = String.valueOf(e.getOriginalMessage());
            String limit = m.contains("depth") ? "nested deeper than " + limits.jsonDepth() + " levels (limit " + ImportLimits.JSON_DEPTH + ")"
                    : m.contains("String value length") || m.contains("Name length")
                    ? "a string longer than " + String.format("%,d", limits.lineChars()) + " characters (limit " + ImportLimits.LINE_CHARS + ")"
                    : "larger than " + String.format("%,d", limits.bytes()) + " bytes (limit " + ImportLimits.BYTES + ")";
            throw bad(limit);
        } catch (JacksonException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BadInputException b) throw b;
            }
            throw bad("not readable as JSON: " + String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse(""));
        }
    }

    private BadInputException bad(String why) {
        return new BadInputException(file + " line " + parser.currentLocation().getLineNr() + ": " + why);
    }

    @Override
    public void close() {
        parser.close();
    }
}

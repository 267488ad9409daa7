package org.atazan.voting;

import org.atazan.kernel.BadInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Which CSV column holds which protocol figure in one source's files, plus how to read them.
 * Loaded from a properties file: keys {@code region, district, station, registered, issued, inBoxes,
 * invalid, yes, no} name header columns ({@code region} and {@code district} may be left out); {@code title} (optional) the vote's title column;
 * {@code encoding} (UTF-8), {@code delimiter} (,), {@code zipped} (false), {@code country} (root code),
 * {@code language} (language of the names); {@code country.name.XX} the country's name in language XX.
 */
public record ColumnMapping(String name, String title, String region, String district, String station,
                            String registered, String issued, String inBoxes, String invalid, String yes, String no,
                            Charset encoding, char delimiter, boolean zipped, String country, String language,
                            Map<String, String> countryNames) {

    public ColumnMapping {
        countryNames = Map.copyOf(countryNames);
    }

    /** The same mapping for a file that is (or is not) a zip archive, whatever the mapping said. */
    public ColumnMapping withZipped(boolean zip) {
        return new ColumnMapping(name, title, region, district, station, registered, issued, inBoxes, invalid, yes, no,
                encoding, delimiter, zip, country, language, countryNames);
    }

    /**
     * A shipped mapping by name only: what a web request may ask for (a path would let it make the
     * server read its own files).
     */
    public static ColumnMapping shipped(String name) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw new BadInputException("mapping '" + name + "': give the name of a shipped mapping, such as ru-2020");
        }
        String resource = "voting/mappings/" + name + ".properties";
        InputStream in = ColumnMapping.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new BadInputException("mapping " + name + ": no shipped mapping of that name");
        try (in) {
            return from(name, in);
        } catch (IOException e) {
            throw new BadInputException("mapping " + name + ": " + e.getMessage(), e);
        }
    }

    /** A shipped mapping by name (classpath {@code voting/mappings/NAME.properties}) or a file path. */
    public static ColumnMapping load(String nameOrPath) {
        Path p = Path.of(nameOrPath);
        try {
            if (Files.isRegularFile(p)) {
                try (InputStream in = Files.newInputStream(p)) {
                    return from(nameOrPath, in);
                }
            }
            String resource = "voting/mappings/" + nameOrPath + ".properties";
            InputStream in = ColumnMapping.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new BadInputException("mapping " + nameOrPath + ": neither a file nor a shipped mapping (" + resource + ")");
            }
            try (in) {
                return from(nameOrPath, in);
            }
        } catch (IOException e) {
            throw new BadInputException("mapping " + nameOrPath + ": " + e.getMessage(), e);
        }
    }

    private static ColumnMapping from(String name, InputStream in) throws IOException {
        Properties props = new Properties();
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        String delim = props.getProperty("delimiter", ",");
        if (delim.equals("\\t") || delim.equals("tab")) delim = "\t";
        if (delim.length() != 1) throw new BadInputException("mapping " + name + ": delimiter must be one character");
        return new ColumnMapping(name, props.getProperty("title"),
                optional(props, "region"), optional(props, "district"), required(props, name, "station"),
                required(props, name, "registered"), required(props, name, "issued"), required(props, name, "inBoxes"),
                required(props, name, "invalid"), required(props, name, "yes"), required(props, name, "no"),
                Charset.forName(props.getProperty("encoding", "UTF-8")), delim.charAt(0),
                Boolean.parseBoolean(props.getProperty("zipped", "false")),
                props.getProperty("country", "country"), props.getProperty("language", "und"), countryNames(props));
    }

    private static Map<String, String> countryNames(Properties props) {
        Map<String, String> names = new TreeMap<>();
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith("country.name.")) names.put(key.substring("country.name.".length()), props.getProperty(key).trim());
        }
        return names;
    }

    private static String optional(Properties props, String key) {
        String v = props.getProperty(key);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static String required(Properties props, String name, String key) {
        String v = props.getProperty(key);
        if (v == null || v.isBlank()) throw new BadInputException("mapping " + name + ": missing key " + key);
        return v.trim();
    }
}

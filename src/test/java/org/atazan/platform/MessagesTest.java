package org.atazan.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-facing text exists in Kazakh, Russian and English in each module's bundle
 * ({@code i18n/<module>/}), no two bundles define the same key, and every key a page uses exists.
 */
class MessagesTest {

    static final Path BUNDLES = Path.of("src/main/resources/i18n");

    static List<String> modules() throws IOException {
        try (Stream<Path> dirs = Files.list(BUNDLES)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        }
    }

    static Properties load(String module, String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + module + "/" + file)) {
            assertThat(in).as(module + "/" + file).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyModuleHasABundle() throws IOException {
        assertThat(modules()).contains("platform", "charter", "voting");
    }

    @ParameterizedTest
    @MethodSource("modules")
    void theThreeLanguagesHaveTheSameKeys(String module) throws IOException {
        Set<String> en = new TreeSet<>(load(module, "messages.properties").stringPropertyNames());
        assertThat(new TreeSet<>(load(module, "messages_ru.properties").stringPropertyNames())).isEqualTo(en);
        assertThat(new TreeSet<>(load(module, "messages_kk.properties").stringPropertyNames())).isEqualTo(en);
    }

    @ParameterizedTest
    @MethodSource("modules")
    void noTranslationIsEmpty(String module) throws IOException {
        for (String file : new String[]{"messages.properties", "messages_ru.properties", "messages_kk.properties"}) {
            Properties p = load(module, file);
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key)).as(module + "/" + file + ": " + key).isNotBlank();
            }
        }
    }

    @Test
    void noKeyIsDefinedByTwoModules() throws IOException {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new TreeSet<>();
        for (String m : modules()) {
            for (String k : load(m, "messages.properties").stringPropertyNames()) if (!seen.add(k)) twice.add(k);
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void everyKeyAPageUsesExists() throws IOException {
        Set<String> en = new HashSet<>();
        for (String m : modules()) en.addAll(load(m, "messages.properties").stringPropertyNames());
        Pattern key = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    String k = m.group(1);
                    if (k.endsWith(".")) continue; // a key built from a prefix and a value, e.g. 'version.status.' + ...
                    if (!en.contains(k)) missing.add(f.getFileName() + ": " + k);
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}

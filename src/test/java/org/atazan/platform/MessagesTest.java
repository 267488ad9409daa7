package org.atazan.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every user-facing text exists in Kazakh, Russian and English, and every key a page uses exists. */
class MessagesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void theThreeLanguagesHaveTheSameKeys() throws IOException {
        Set<String> en = load("messages.properties").stringPropertyNames();
        assertThat(new TreeSet<>(load("messages_ru.properties").stringPropertyNames())).isEqualTo(new TreeSet<>(en));
        assertThat(new TreeSet<>(load("messages_kk.properties").stringPropertyNames())).isEqualTo(new TreeSet<>(en));
    }

    @Test
    void noTranslationIsEmpty() throws IOException {
        for (String file : new String[]{"messages.properties", "messages_ru.properties", "messages_kk.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key)).as(file + ": " + key).isNotBlank();
            }
        }
    }

    @Test
    void everyKeyAPageUsesExists() throws IOException {
        Set<String> en = load("messages.properties").stringPropertyNames();
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

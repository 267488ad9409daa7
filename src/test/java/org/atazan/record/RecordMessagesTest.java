package org.atazan.record;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The record's bundles in step: the same keys in kk, ru and en, and no English left in Kazakh and Russian. */
class RecordMessagesTest {

    static Properties load(String file) throws Exception {
        Properties p = new Properties();
        try (InputStream in = RecordMessagesTest.class.getResourceAsStream("/i18n/record/" + file)) {
            assertThat(in).as(file).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void theThreeBundlesHaveTheSameKeys() throws Exception {
        Properties en = load("messages.properties");
        assertThat(load("messages_ru.properties").stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(load("messages_kk.properties").stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    }

    @Test
    void noEnglishIsLeftInKazakhAndRussian() throws Exception {
        Properties en = load("messages.properties");
        for (String file : List.of("messages_ru.properties", "messages_kk.properties")) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                assertThat(v).as(file + " " + key).isNotBlank().isNotEqualTo(en.getProperty(key));
                // The names of standards stay as they are written everywhere; any other Latin word is English left behind.
                String words = v.replaceAll("\\b(JSON|RFC|UTF|SHA|PDF|base64)\\b", "");
                assertThat(words).as(file + " " + key).doesNotContainPattern("\\b[A-Za-z]{3,}\\b");
            }
        }
    }
}

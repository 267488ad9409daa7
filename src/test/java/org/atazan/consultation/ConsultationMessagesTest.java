package org.atazan.consultation;

import org.atazan.consultation.Deadline.State;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consultation's bundles in step: the same keys in kk, ru and en, a label for every code a page
 * builds a key from, and no English left in the Kazakh and Russian texts.
 */
class ConsultationMessagesTest {

    static Properties load(String file) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ConsultationMessagesTest.class.getResourceAsStream("/i18n/consultation/" + file)) {
            assertThat(in).as(file).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void theThreeBundlesHaveTheSameKeysAndALabelForEveryCode() throws Exception {
        Properties en = load("messages.properties");
        Properties ru = load("messages_ru.properties");
        Properties kk = load("messages_kk.properties");
        assertThat(ru.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(kk.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        List<String> needed = new ArrayList<>();
        for (ProposalStatus s : ProposalStatus.values()) needed.add("consultation.status." + s.code());
        for (Outcome o : Outcome.values()) needed.add("consultation.outcome." + o.code());
        for (ProposalKind k : ProposalKind.values()) needed.add("consultation.kind." + k.code());
        for (Language l : Language.values()) needed.add("consultation.language." + l.code());
        for (Channel c : Channel.values()) needed.add("consultation.channel." + c.code());
        for (State s : State.values()) needed.add("consultation.deadline." + s.code());
        for (String chart : List.of("article", "kind", "status", "region", "channel", "week")) {
            needed.add("consultation.by." + chart);
            needed.add("consultation.col." + chart);
        }
        // Every field the core names in a refusal of the propose form has its message.
        for (String field : List.of("article", "kind", "wording", "reasons", "language", "form", "idempotencyKey")) {
            needed.add("consultation.error." + field);
        }
        assertThat(en.stringPropertyNames()).containsAll(needed);
    }

    @Test
    void noEnglishIsLeftInKazakhAndRussian() throws Exception {
        Properties en = load("messages.properties");
        for (String file : List.of("messages_ru.properties", "messages_kk.properties")) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                assertThat(v).as(file + " " + key).isNotBlank().isNotEqualTo(en.getProperty(key));
                // Latin words of three letters or more would be English left behind.
                assertThat(v).as(file + " " + key).doesNotContainPattern("\\b[A-Za-z]{3,}\\b");
            }
        }
        assertThat(Set.copyOf(load("messages_kk.properties").values())).doesNotContain(load("messages_ru.properties").getProperty("consultation.title"));
    }
}

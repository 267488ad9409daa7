package org.atazan.commission;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commission's bundles in step: the same keys in kk, ru and en, a label for every code the meeting
 * page builds a key from, and no English left in the Kazakh and Russian texts.
 */
class CommissionMessagesTest {

    static Properties load(String file) throws Exception {
        Properties p = new Properties();
        try (InputStream in = CommissionMessagesTest.class.getResourceAsStream("/i18n/commission/" + file)) {
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
        for (Meeting.State s : Meeting.State.values()) needed.add("commission.state." + CommissionDesk.code(s));
        for (Poll.Kind k : Poll.Kind.values()) needed.add("commission.kind." + CommissionDesk.code(k));
        for (Poll.Choice c : Poll.Choice.values()) needed.add("commission.choice." + CommissionDesk.code(c));
        for (BodyRules.DecisionKind d : BodyRules.DecisionKind.values()) needed.add("commission.decision." + CommissionDesk.code(d));
        for (PollResult.Outcome o : PollResult.Outcome.values()) needed.add("commission.outcome." + CommissionDesk.code(o));
        // The body's page and the minutes build keys from these codes too.
        for (Role r : Role.values()) needed.add("commission.role." + CommissionDesk.code(r));
        for (Body.Kind k : Body.Kind.values()) needed.add("commission.body-kind." + CommissionDesk.code(k));
        for (BodyRules.DecisionKind d : BodyRules.DecisionKind.values()) needed.add("commission.rules.decision." + CommissionDesk.code(d));
        for (String base : List.of("present", "present-voting", "all-members", "votes-cast")) needed.add("commission.rules.majority." + base);
        for (Poll.Choice c : Poll.Choice.values()) needed.add("commission.minutes.votes-" + CommissionDesk.code(c));
        for (String base : List.of("present", "present-voting", "all-members", "votes-cast", "no-quorum")) {
            needed.add("commission.arithmetic." + base);
        }
        // The translations' form builds keys from the kinds of text, the languages and the problems.
        for (BodyText.Kind k : BodyText.Kind.values()) needed.add("commission.translations.kind." + CommissionDesk.code(k));
        for (String language : CommissionDesk.LANGUAGES) needed.add("commission.language." + language);
        for (TranslationRefused.Problem p : TranslationRefused.Problem.values()) {
            needed.add("commission.translations.problem." + CommissionDesk.code(p));
        }
        needed.add("commission.translations.problem.runs");
        needed.add("commission.translations.problem.other");
        assertThat(en.stringPropertyNames()).containsAll(needed);
    }

    @Test
    void everyArithmeticUsesAllItsFiguresInEveryLanguage() throws Exception {
        for (String file : List.of("messages.properties", "messages_ru.properties", "messages_kk.properties")) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                if (!key.startsWith("commission.arithmetic.")) continue;
                int args = key.endsWith("no-quorum") ? 3 : 4;
                for (int i = 0; i < args; i++) assertThat(p.getProperty(key)).as(file + " " + key).contains("{" + i + "}");
                // A single quote would swallow the placeholders in MessageFormat.
                assertThat(p.getProperty(key)).as(file + " " + key).doesNotContain("'");
            }
        }
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
    }
}

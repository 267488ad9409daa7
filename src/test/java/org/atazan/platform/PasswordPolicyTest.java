package org.atazan.platform;

import org.atazan.kernel.BadInputException;
import org.atazan.platform.PasswordPolicy.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules every password of the platform follows, in one place. */
class PasswordPolicyTest {

    final PasswordPolicy policy = PasswordPolicy.standard();

    @ParameterizedTest
    @ValueSource(strings = {"a-long-password-7f3c9e", "Жаңа конституция 2026!", "correct horse staple glue", "tqbf-jumps-9-dogs"})
    void goodPasswordsAreAccepted(String password) {
        assertThat(policy.refusal("someone", password)).isEmpty();
    }

    @Test
    void lengthIsCountedInCharactersNotBytes() {
        // 12 Kazakh letters are 24 bytes in UTF-8 and 12 characters: long enough.
        assertThat(policy.refusal(null, "әіңғүұқөһжзш")).isEmpty();
        // 12 emoji are 24 UTF-16 units: still 12 characters, and 11 are too few.
        assertThat(policy.refusal(null, "🐎🦅🏔🌾🐑🐪🍎🌙⭐🎵📜🗳")).isEmpty();
        assertThat(policy.refusal(null, "🐎🦅🏔🌾🐑🐪🍎🌙⭐🎵📜")).contains(Refusal.TOO_SHORT);
        assertThat(policy.refusal(null, "short-one")).contains(Refusal.TOO_SHORT);
    }

    @Test
    void longPasswordsAreAcceptedUpToTheLimitWhateverTheirBytes() {
        String kazakh = "қазақстанның жаңа ата заңы ".repeat(5).substring(0, 128); // 128 characters, over 200 bytes
        assertThat(kazakh.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        assertThat(policy.refusal(null, kazakh)).isEmpty();
        assertThat(policy.refusal(null, kazakh + "x")).contains(Refusal.TOO_LONG);
    }

    @Test
    void missingBlankAndInvisiblePasswordsAreRefused() {
        assertThat(policy.refusal(null, null)).contains(Refusal.MISSING);
        assertThat(policy.refusal(null, "")).contains(Refusal.MISSING);
        assertThat(policy.refusal(null, " ".repeat(12))).contains(Refusal.BLANK);
        assertThat(policy.refusal(null, "\t \u00a0\u2007\u202f\u200b\u3000\n  \u2060 ")).contains(Refusal.BLANK);
    }

    @Test
    void repetitiveAndSequentialPasswordsAreRefused() {
        assertThat(policy.refusal(null, "aaaaaaaaaaaa")).contains(Refusal.REPETITIVE);
        assertThat(policy.refusal(null, "a           ")).contains(Refusal.REPETITIVE);
        assertThat(policy.refusal(null, "abcdabcdabcd")).contains(Refusal.REPETITIVE);
        assertThat(policy.refusal(null, "abcdefghijklm")).contains(Refusal.SEQUENCE);
        assertThat(policy.refusal(null, "mlkjihgfedcba")).contains(Refusal.SEQUENCE);
        assertThat(policy.refusal(null, "1234567890123")).contains(Refusal.SEQUENCE);
        assertThat(policy.refusal(null, "qwertyuiop!!")).contains(Refusal.SEQUENCE);
        assertThat(policy.refusal(null, "йцукенгшщзхъ")).contains(Refusal.SEQUENCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"qwertyuiop12", "password1234", "123456789012", "Password1234", "P@ssw0rd1234!",
            "iloveyou1234", "1qaz2wsx3edc", "trustno1trustno1", "Kazakhstan2026", "1990summer1990", "пароль123456"})
    void commonPasswordsAndTheirVariantsAreRefused(String password) {
        assertThat(policy.refusal(null, password)).as(password).isPresent()
                .hasValueSatisfying(r -> assertThat(r).isIn(Refusal.COMMON, Refusal.SEQUENCE, Refusal.REPETITIVE));
    }

    @Test
    void theShippedListHoldsHundredsOfRealCommonPasswords() {
        for (String p : new String[]{"123456", "password", "qwerty", "iloveyou", "dragon", "monkey", "letmein",
                "qwertyuiop12", "password1234", "123456789012", "gfhjkm", "йцукен"}) {
            assertThat(policy.isCommon(p)).as(p).isTrue();
        }
        assertThat(policy.isCommon("tqbf-jumps-9-dogs")).isFalse();
    }

    @Test
    void thePasswordIsNotTheAccountName() {
        assertThat(policy.refusal("election.official", "Election.Official")).contains(Refusal.ACCOUNT_NAME);
    }

    @Test
    void checkNamesTheFieldAndNeverThePassword() {
        assertThatThrownBy(() -> policy.check("password", "x", "secret-9"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("field password: at least 12 characters")
                .hasMessageNotContaining("secret-9");
    }

    @Test
    void everyRefusalHasAMessageInEveryLanguage() throws IOException {
        for (String file : new String[]{"messages.properties", "messages_ru.properties", "messages_kk.properties"}) {
            Properties p = new Properties();
            try (var in = getClass().getResourceAsStream("/i18n/platform/" + file)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (Refusal r : Refusal.values()) assertThat(p.getProperty(r.messageKey())).as(file + " " + r).isNotBlank();
        }
    }
}

package org.atazan.platform;

import org.atazan.kernel.BadInputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be, in one place, for every account of the platform (officials today,
 * citizens later). Following NIST SP 800-63B: a minimum length and a blocklist, no composition rules.
 * <ul>
 *   <li>length counted in characters (Unicode code points), {@value #MIN_LENGTH} to {@value #MAX_LENGTH};
 *       the encoder (Argon2id) has no byte limit, so any accepted password is hashed whole;</li>
 *   <li>not only spaces or invisible characters;</li>
 *   <li>at least {@value #MIN_DISTINCT} different characters ({@code aaaaaaaaaaaa}, {@code 123123123123});</li>
 *   <li>not a run of keys or letters ({@code qwertyuiop12}, {@code abcdefghijkl});</li>
 *   <li>not one of the common passwords shipped in {@code common-passwords.txt}, compared in lower case,
 *       also once digits and symbols around a word are stripped and {@code @ 0 $ 3} read as
 *       {@code a o s e} (so {@code P@ssw0rd1234} is {@code password});</li>
 *   <li>not the account's own name.</li>
 * </ul>
 * Plain Java, usable in a module's edges: {@link #check} throws the kernel's {@link BadInputException}
 * naming the field (the API answers 422), {@link #refusal} returns the reason with a message key of the
 * platform's bundle for a page in the reader's language. The password itself is never in a message.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    public static final int MIN_DISTINCT = 5;

    /** Why a password is refused; {@link #messageKey()} is in the platform's bundle in every language. */
    public enum Refusal {
        MISSING("a password is needed"),
        TOO_SHORT("at least " + MIN_LENGTH + " characters"),
        TOO_LONG("at most " + MAX_LENGTH + " characters"),
        BLANK("not only spaces or invisible characters"),
        REPETITIVE("at least " + MIN_DISTINCT + " different characters"),
        SEQUENCE("not a run of keys or letters such as qwertyuiop or abcdefgh"),
        COMMON("not one of the most common passwords, which are tried first"),
        ACCOUNT_NAME("not the account's name");

        private final String english;

        Refusal(String english) {
            this.english = english;
        }

        /** What the password needs, in English (the API's language). */
        public String describe() {
            return english;
        }

        public String messageKey() {
            return "password.refused." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final String LIST = "/org/atazan/platform/common-passwords.txt";
    // Runs typed along a keyboard row or the alphabet; a password that is one is refused either way round.
    private static final List<String> RUNS = List.of(
            "01234567890123456789", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
            "qwertyuiopasdfghjklzxcvbnmqwertyuiop", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
            "qazwsxedcrfvtgbyhnujmikolp", "йцукенгшщзхъфывапролджэячсмитьбю",
            "абвгдеёжзийклмнопрстуфхцчшщъыьэюяабвгдеёжзийклмнопрстуфхцчшщъыьэюя");
    private static final int MIN_RUN = 6;

    private static volatile PasswordPolicy standard;
    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** The policy with the shipped list of common passwords (read once). */
    public static PasswordPolicy standard() {
        PasswordPolicy p = standard;
        if (p == null) {
            synchronized (PasswordPolicy.class) {
                if (standard == null) standard = new PasswordPolicy(load());
                p = standard;
            }
        }
        return p;
    }

    /** The first reason to refuse {@code password} for {@code account} (which may be null), or none. */
    public Optional<Refusal> refusal(String account, String password) {
        if (password == null || password.isEmpty()) return Optional.of(Refusal.MISSING);
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) return Optional.of(Refusal.TOO_SHORT);
        if (length > MAX_LENGTH) return Optional.of(Refusal.TOO_LONG);
        if (password.codePoints().allMatch(PasswordPolicy::invisible)) return Optional.of(Refusal.BLANK);
        if (password.codePoints().distinct().count() < MIN_DISTINCT) return Optional.of(Refusal.REPETITIVE);
        String lower = password.strip().toLowerCase(Locale.ROOT);
        String core = unleet(stripEnds(lower));
        if (isRun(lower) || isRun(core)) return Optional.of(Refusal.SEQUENCE);
        if (common.contains(lower) || common.contains(core) || common.contains(lower.replace(" ", ""))) {
            return Optional.of(Refusal.COMMON);
        }
        if (account != null && !account.isBlank() && lower.equals(account.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(Refusal.ACCOUNT_NAME);
        }
        return Optional.empty();
    }

    /** Why a password given in a setting ({@code ATAZAN_ADMIN_PASSWORD}) is refused, in words. */
    public static String refusedSetting(String setting, Refusal refusal) {
        return setting + " is refused; a password needs to be " + refusal.describe();
    }

    /** Throws a {@link BadInputException} "field {@code field}: ..." if the password is refused. */
    public void check(String field, String account, String password) {
        refusal(account, password).ifPresent(r -> {
            throw new BadInputException("field " + field + ": " + r.describe());
        });
    }

    /** Whether {@code candidate} (in lower case) is on the shipped list; for tests and for the curious. */
    public boolean isCommon(String candidate) {
        return candidate != null && common.contains(candidate.toLowerCase(Locale.ROOT));
    }

    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)
                || type == Character.FORMAT || cp == 0x3164 || cp == 0x115F || cp == 0x1160; // Hangul fillers
    }

    /** A word with the digits and symbols typed before and after it taken away: "1990summer!!" is "summer". */
    private static String stripEnds(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && !Character.isLetter(s.codePointAt(from))) from += Character.charCount(s.codePointAt(from));
        while (to > from && !Character.isLetter(s.codePointBefore(to))) to -= Character.charCount(s.codePointBefore(to));
        return s.substring(from, to);
    }

    private static String unleet(String s) {
        return s.replace('@', 'a').replace('0', 'o').replace('$', 's').replace('3', 'e');
    }

    private static boolean isRun(String s) {
        if (s.codePointCount(0, s.length()) < MIN_RUN) return false;
        String reversed = new StringBuilder(s).reverse().toString();
        for (String run : RUNS) if (run.contains(s) || run.contains(reversed)) return true;
        return false;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) throw new IllegalStateException(LIST + " is missing from the class path");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) words.add(line.strip().toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}

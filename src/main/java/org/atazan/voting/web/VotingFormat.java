package org.atazan.voting.web;

import org.atazan.voting.Referendum;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Figures, dates and counted nouns as a reader of the page's language writes them: one number format
 * per language (the same the live script uses), dates in words, times in the vote's own time zone
 * with its offset, and plural forms by the language's rules. Used by the voting templates as
 * {@code @votingFormat}.
 */
@Component("votingFormat")
class VotingFormat {
    private final Environment env;
    private final MessageSource messages;
    private final Clock clock;

    VotingFormat(Environment env, MessageSource messages, Clock clock) {
        this.env = env;
        this.messages = messages;
        this.clock = clock;
    }

    static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** 12 482 613 (kk, ru) or 12,482,613 (en). */
    public String integer(Number n) {
        return NumberFormat.getIntegerInstance(locale()).format(n.longValue());
    }

    /** A share with two decimals, without the sign: 73,12 (kk, ru) or 73.12 (en). */
    public String decimal(Number d) {
        return decimal(d, 2);
    }

    public String decimal(Number d, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(d.doubleValue());
    }

    /** A share with two decimals and the percent sign after a no-break space. */
    public String percent(Number d) {
        return decimal(d) + "\u00a0%";
    }

    /** The digit group separator of the page's language, for the live script. */
    public String groupSeparator() {
        return String.valueOf(symbols().getGroupingSeparator());
    }

    /** The decimal separator of the page's language, for the live script. */
    public String decimalSeparator() {
        return String.valueOf(symbols().getDecimalSeparator());
    }

    private static DecimalFormatSymbols symbols() {
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        return f instanceof DecimalFormat d ? d.getDecimalFormatSymbols() : DecimalFormatSymbols.getInstance(locale());
    }

    /** 15 March 2026 in the reader's language. */
    public String date(LocalDate d) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(d);
    }

    /** A moment in the vote's own time zone, with its offset: "2 Dec 2026, 08:43 (UTC+5)". */
    public String dateTime(Instant t, Referendum r) {
        ZoneId zone = zone(r);
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale())
                .withZone(zone).format(t);
        return when + " (" + offset(zone.getRules().getOffset(t)) + ")";
    }

    /** The vote's time zone: {@code atazan.voting.time-zones.<country>}, else UTC. */
    public ZoneId zone(Referendum r) {
        String id = r.country() == null ? null : env.getProperty("atazan.voting.time-zones." + r.country());
        if (id == null || id.isBlank()) return ZoneOffset.UTC;
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    static String offset(ZoneOffset o) {
        int seconds = o.getTotalSeconds();
        if (seconds == 0) return "UTC";
        int minutes = Math.abs(seconds) / 60;
        String sign = seconds < 0 ? "\u2212" : "+";
        return "UTC" + sign + (minutes / 60) + (minutes % 60 == 0 ? "" : String.format(":%02d", minutes % 60));
    }

    /** The vote's offset from UTC on its day: "UTC+5". */
    public String offsetOn(Referendum r) {
        ZoneId zone = zone(r);
        return offset(zone.getRules().getOffset(r.date().atTime(12, 0).atZone(zone).toInstant()));
    }

    /** Today in the vote's time zone. */
    public LocalDate today(Referendum r) {
        return LocalDate.now(clock.withZone(zone(r)));
    }

    /**
     * The message {@code key.<category>} for a count, with the count formatted as its first argument:
     * "1 polling station", "21 избирательный участок", "5 избирательных участков".
     */
    public String plural(String key, long n) {
        return messages.getMessage(key + "." + category(n, locale().getLanguage()), new Object[]{integer(n)}, locale());
    }

    /**
     * The CLDR plural category of a whole number: "one" or "other" in English and Kazakh (whose nouns
     * do not change after a numeral, but whose messages may still differ); "one", "few" or "many" in
     * Russian.
     */
    static String category(long n, String language) {
        long abs = Math.abs(n);
        if ("ru".equals(language)) {
            long mod10 = abs % 10;
            long mod100 = abs % 100;
            if (mod10 == 1 && mod100 != 11) return "one";
            if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return "few";
            return "many";
        }
        return abs == 1 ? "one" : "other";
    }

    /** The name of a language in the reader's language: "Russian", "орыс тілі", "русский". */
    public String languageName(String code) {
        String key = "voting.language." + code;
        return messages.getMessage(key, null, Locale.forLanguageTag(code).getDisplayLanguage(locale()), locale());
    }
}

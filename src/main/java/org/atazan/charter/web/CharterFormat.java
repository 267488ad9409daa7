package org.atazan.charter.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Dates, numbers and languages as the charter pages show them, in the reader's language: templates
 * call it as {@code ${@charterFormat.date(v.date, #locale)}}. No raw ISO date reaches a reader, and
 * text shown in a language other than the reader's says which language it is in.
 */
@Component("charterFormat")
public class CharterFormat {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final MessageSource messages;

    CharterFormat(MessageSource messages) {
        this.messages = messages;
    }

    /** "1 July 2026", "1 июля 2026 г.", "2026 ж. 1 шілде": for prose. */
    public String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** "Jul 1, 2026", "1 июл. 2026 г.": for tables. */
    public String shortDate(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /**
     * A version named for people: its id, or, when the id is a date (Germany's "2012-07-11"), that date
     * written in the reader's language. Addresses keep the id.
     */
    public String version(String id, Locale locale) {
        if (id == null || !ISO_DATE.matcher(id).matches()) return id;
        try {
            return shortDate(LocalDate.parse(id), locale);
        } catch (DateTimeParseException e) {
            return id;
        }
    }

    /** Whether a version is named by its own date ("2012-07-11"), so that saying both would say it twice. */
    public boolean namedByDate(org.atazan.charter.VersionSummary v) {
        return v.id().equals(v.date().toString());
    }

    /** A whole number with the reader's grouping: "1,234" or "1 234". */
    public String number(Number n, Locale locale) {
        return n == null ? "" : NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** A share 0..1 as a percentage with one decimal: "61.5%", "61,5 %". */
    public String percent(double share, Locale locale) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(share);
    }

    /** The language code of a text for a {@code lang} attribute: "ru", "de" ("" when unknown). */
    public String lang(String language) {
        return language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * "(in Russian)" in the reader's language when a text is in another language than the reader's,
     * else "" (nothing to say).
     */
    public String inLanguage(String language, Locale locale) {
        String lang = lang(language);
        if (lang.isEmpty() || lang.equals(locale.getLanguage())) return "";
        String fallback = messages.getMessage("charter.in.other",
                new Object[]{Locale.forLanguageTag(lang).getDisplayLanguage(locale)}, "(" + lang + ")", locale);
        return messages.getMessage("charter.in." + lang, null, fallback, locale);
    }

    /**
     * The language of a short note that was typed in one language only (a version's source, a reason
     * given by the platform), guessed from its letters: "kk", "ru", "de", "en", or "" when it has no letters.
     */
    public String guessLanguage(String text) {
        if (text == null) return "";
        int cyrillic = 0, kazakh = 0, latin = 0, german = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0400' && c <= '\u04FF') {
                cyrillic++;
                if ("әғқңөұүһі".indexOf(Character.toLowerCase(c)) >= 0) kazakh++;
            } else if (c < 128 && Character.isLetter(c)) latin++;
            else if ("äöüßÄÖÜ".indexOf(c) >= 0) german++;
        }
        if (cyrillic == 0 && latin == 0 && german == 0) return "";
        if (cyrillic > latin) return kazakh * 100 > cyrillic ? "kk" : "ru";
        return german * 200 > latin ? "de" : "en";
    }
}

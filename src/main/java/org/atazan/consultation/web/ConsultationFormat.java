package org.atazan.consultation.web;

import org.atazan.consultation.Author;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Numbers, dates and authors' public names as the page's reader writes them ({@code @consultationFormat}
 * in templates). A public name is the chosen display name or "Citizen of <region>" in the reader's
 * language: never the account or e-mail.
 */
@Component("consultationFormat")
class ConsultationFormat {
    private final MessageSource messages;
    private final ZoneId zone;

    ConsultationFormat(MessageSource messages, @org.springframework.beans.factory.annotation.Value("${atazan.consultation.zone:Asia/Almaty}") ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    public String integer(Number n) {
        return NumberFormat.getIntegerInstance(locale()).format(n.longValue());
    }

    /** 1 March 2026 / 1 марта 2026 г. / 2026 ж. 1 наурыз, in the consultation's time zone. */
    public String date(LocalDate d) {
        return d == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(d);
    }

    public String date(Instant at) {
        return at == null ? "" : date(LocalDate.ofInstant(at, zone));
    }

    /** A week's Monday from the figures ("2026-02-23"), written as a date. */
    public String week(String monday) {
        try {
            return date(LocalDate.parse(monday));
        } catch (java.time.format.DateTimeParseException e) {
            return monday;
        }
    }

    public String publicName(Author a) {
        return a.publicName().orElseGet(() -> a.region().isEmpty()
                ? messages.getMessage("consultation.aCitizen", null, locale())
                : messages.getMessage("consultation.citizenOf",
                new Object[]{messages.getMessage("region." + a.region(), null, a.region(), locale())}, locale()));
    }
}

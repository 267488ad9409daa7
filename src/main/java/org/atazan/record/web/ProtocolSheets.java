package org.atazan.record.web;

import org.atazan.record.ProtocolCode;
import org.atazan.voting.Revision;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The printed protocol's words in the reader's language, and the labels of the figures (shared with the check's page). */
@Component
class ProtocolSheets {
    private final ProtocolRecords records;
    private final MessageSource messages;
    private final ZoneId zone;
    private final String siteUrl;

    ProtocolSheets(ProtocolRecords records, MessageSource messages,
                   @Value("${atazan.consultation.zone:Asia/Almaty}") ZoneId zone, @Value("${atazan.site-url:}") String siteUrl) {
        this.records = records;
        this.messages = messages;
        this.zone = zone;
        this.siteUrl = siteUrl;
    }

    byte[] pdf(String vote, String station, Integer revision) {
        ProtocolRecords.Station s = records.station(vote, station);
        Revision r = revision == null ? s.current() : s.revision(revision);
        Locale locale = LocaleContextHolder.getLocale();
        String lang = locale.getLanguage();
        ProtocolCode code = records.code(s, r);
        List<Map.Entry<String, String>> figures = new ArrayList<>();
        for (ProtocolCode.Figure f : code.figures()) figures.add(new AbstractMap.SimpleEntry<>(label(f.key(), s), integer(f.value())));
        String base = base();
        List<String> revisionLines = new ArrayList<>();
        revisionLines.add(text("record.protocol.revision", r.number(), s.revisions().size(), when(r.enteredAt())));
        if (r.number() > 1) {
            Revision before = s.revision(r.number() - 1);
            revisionLines.add(text("record.protocol.corrects", before.number(), r.reason()));
            revisionLines.add(text("record.protocol.link", before.number(), link(base, s, before.number())));
        }
        if (r.number() < s.current().number()) {
            revisionLines.add(text("record.protocol.correctedBy", s.current().number(), when(s.current().enteredAt())));
            revisionLines.add(text("record.protocol.link", s.current().number(), link(base, s, s.current().number())));
        } else {
            revisionLines.add(text("record.protocol.current"));
        }
        List<String> recordLines = code.leafHash() == null ? List.of(text("record.protocol.noEntry"))
                : List.of(text("record.protocol.entry", integer(code.entryIndex())), text("record.protocol.leafHash", code.leafHash()));
        List<String> checkLines = List.of(text("record.protocol.check", base + "/record/check"),
                "./atazan record check-protocol CODE.png --url " + base, text("record.protocol.checkSays"));
        String territory = s.path().stream().map(t -> t.name(lang)).collect(Collectors.joining(" › "));
        return ProtocolSheet.render(new ProtocolSheet.Content(lang, text("record.protocol.heading"), s.vote().title(lang),
                text("record.protocol.station", s.station().name(lang), s.station().code()),
                text("record.protocol.territory", territory), figures, revisionLines, recordLines, code.text(), checkLines));
    }

    /** A figure's label: reg, iss, box, inv by name; a question's yes and no, naming the question when there are several. */
    String label(String key, ProtocolRecords.Station s) {
        return label(key, s.vote().questions().size() > 1);
    }

    String label(String key, boolean severalQuestions) {
        if (key.startsWith("y.") || key.startsWith("n.")) {
            String which = key.startsWith("y.") ? "yes" : "no";
            return severalQuestions ? text("record.protocol.figure." + which + "Of", key.substring(2)) : text("record.protocol.figure." + which);
        }
        return text("record.protocol.figure." + key);
    }

    private String link(String base, ProtocolRecords.Station s, int revision) {
        return base + "/api/record/protocols/" + UriUtils.encodePathSegment(s.vote().id(), StandardCharsets.UTF_8)
                + "/protocol.pdf?station=" + UriUtils.encodeQueryParam(s.station().code(), StandardCharsets.UTF_8) + "&revision=" + revision;
    }

    private String base() {
        if (!siteUrl.isBlank()) return siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }

    private String when(Instant t) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(LocaleContextHolder.getLocale())
                .withZone(zone).format(t) + " (" + zone.getId() + ")";
    }

    private static String integer(long n) {
        return NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(n);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}

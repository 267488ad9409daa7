package org.atazan.record.web;

import org.atazan.charter.VersionAddition;
import org.atazan.record.PublicRecord;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/** A charter version's page names its entry in the public record (the version's hash), linked to the entry and its proof. */
@Component
class VersionsInRecord implements VersionAddition {
    static final String KIND = "charter.version-published";
    private final PublicRecord record;
    private final MessageSource messages;

    VersionsInRecord(PublicRecord record, MessageSource messages) {
        this.record = record;
        this.messages = messages;
    }

    @Override
    public Optional<Line> about(String charterId, String versionId, Locale locale) {
        var entry = record.entryFor(KIND, charterId + "/" + versionId);
        if (entry.isEmpty()) return Optional.empty();
        long index = entry.getAsLong();
        return Optional.of(new Line(messages.getMessage("record.addition.version",
                new Object[]{NumberFormat.getIntegerInstance(locale).format(index)}, locale),
                messages.getMessage("record.addition.verify", null, locale), "/record/entry/" + index));
    }
}

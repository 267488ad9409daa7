package org.atazan.record.web;

import org.atazan.commission.PollAddition;
import org.atazan.record.PublicRecord;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/** A closed commission vote says which entry of the public record its result is, linked to the entry and its proof. */
@Component
class PollsInRecord implements PollAddition {
    static final String KIND = "commission.poll-closed";
    private final PublicRecord record;
    private final MessageSource messages;

    PollsInRecord(PublicRecord record, MessageSource messages) {
        this.record = record;
        this.messages = messages;
    }

    @Override
    public Optional<Line> about(String meetingId, String pollId, Locale locale) {
        var entry = record.entryFor(KIND, meetingId + "/" + pollId);
        if (entry.isEmpty()) return Optional.empty();
        long index = entry.getAsLong();
        return Optional.of(new Line(messages.getMessage("record.addition.poll",
                new Object[]{NumberFormat.getIntegerInstance(locale).format(index)}, locale),
                messages.getMessage("record.addition.verify", null, locale), "/record/entry/" + index));
    }
}

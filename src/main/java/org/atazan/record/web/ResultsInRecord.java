package org.atazan.record.web;

import org.atazan.record.ProtocolCheck;
import org.atazan.record.PublicRecord;
import org.atazan.voting.ResultAddition;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * A station's page says which entry of the public record each revision of its protocol is ("this protocol is
 * entry 48,211 of the public record: check it"), and the vote's page which entry its published result is, each
 * linked to the entry's page and its proof. A revision whose entry is still queued says so (for the second it
 * takes); one from before the record existed gets no line.
 */
@Component
class ResultsInRecord implements ResultAddition {
    static final String RESULT_PUBLISHED = "voting.result-published";
    private final PublicRecord record;
    private final MessageSource messages;

    ResultsInRecord(PublicRecord record, MessageSource messages) {
        this.record = record;
        this.messages = messages;
    }

    @Override
    public List<Line> about(String vote, String unit, int revisions, boolean national, Locale locale) {
        List<Line> lines = new ArrayList<>();
        for (int revision = 1; revision <= revisions; revision++) {
            String kind = ProtocolCheck.kindOf(revision);
            String object = ProtocolCheck.entryKey(vote, unit, revision);
            OptionalLong entry = record.entryFor(kind, object);
            if (entry.isPresent()) {
                lines.add(line(revisions == 1 ? "record.addition.protocol" : "record.addition.revision", entry.getAsLong(), revision, locale));
            } else if (record.leafHashOf(kind, object).isPresent()) {
                // Queued, appended within the second: said as such, and the page is not kept without its entry.
                lines.add(Line.unsettled(messages.getMessage(revisions == 1 ? "record.addition.protocolQueued" : "record.addition.revisionQueued",
                        new Object[]{"", revision}, locale)));
            }
        }
        if (national) {
            record.entryFor(RESULT_PUBLISHED, vote).ifPresent(e -> lines.add(line("record.addition.result", e, 0, locale)));
        }
        return lines;
    }

    private Line line(String key, long index, int revision, Locale locale) {
        String number = NumberFormat.getIntegerInstance(locale).format(index);
        return new Line(messages.getMessage(key, new Object[]{number, revision}, locale),
                messages.getMessage("record.addition.verify", null, locale), "/record/entry/" + index);
    }
}

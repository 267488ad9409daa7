package org.atazan.record.web;

import org.atazan.commission.PollAddition;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/** A closed commission vote says which entry of the public record its result is, linked to the entry and its proof. */
@Component
class PollsInRecord implements PollAddition {
    static final String KIND = "commission.poll-closed";
    private final EntryLines lines;

    PollsInRecord(EntryLines lines) {
        this.lines = lines;
    }

    @Override
    public Optional<Line> about(String meetingId, String pollId, Locale locale) {
        return lines.of(KIND, meetingId + "/" + pollId, "record.addition.poll", locale)
                .map(l -> new Line(l.text(), l.linkText(), l.link()));
    }
}

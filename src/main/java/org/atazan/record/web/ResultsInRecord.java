package org.atazan.record.web;

import org.atazan.record.ProtocolCheck;
import org.atazan.voting.ResultAddition;
import org.springframework.stereotype.Component;

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
    private final EntryLines lines;

    ResultsInRecord(EntryLines lines) {
        this.lines = lines;
    }

    @Override
    public List<Line> about(String vote, String unit, int revisions, boolean national, Locale locale) {
        List<Line> found = new ArrayList<>();
        boolean one = revisions == 1;
        for (int revision = 1; revision <= revisions; revision++) {
            String kind = ProtocolCheck.kindOf(revision);
            String object = ProtocolCheck.entryKey(vote, unit, revision);
            OptionalLong entry = lines.entryOf(kind, object);
            if (entry.isPresent()) {
                found.add(line(lines.line(one ? "record.addition.protocol" : "record.addition.revision", entry.getAsLong(), locale, revision)));
            } else if (lines.queued(kind, object)) {
                // Queued, appended within the second: said as such, and the page is not kept without its entry.
                found.add(Line.unsettled(lines.text(one ? "record.addition.protocolQueued" : "record.addition.revisionQueued", locale, revision)));
            }
        }
        if (national) lines.of(RESULT_PUBLISHED, vote, "record.addition.result", locale).map(ResultsInRecord::line).ifPresent(found::add);
        return found;
    }

    private static Line line(EntryLines.EntryLine l) {
        return new Line(l.text(), l.linkText(), l.link());
    }
}

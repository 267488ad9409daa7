package org.atazan.record.web;

import org.atazan.consultation.ProposalAddition;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/**
 * A proposal's page says where its latest public decision is in the record (its answer, else its
 * latest status), with a link to the entry's page and its proof: the reader can check that what the
 * page shows is what the log holds.
 */
@Component
class ProposalsInRecord implements ProposalAddition {
    private final EntryLines lines;

    ProposalsInRecord(EntryLines lines) {
        this.lines = lines;
    }

    @Override
    public Optional<Line> about(String consultationId, String reference, Locale locale) {
        String object = consultationId + "/" + reference;
        return lines.of("consultation.proposal-answered", object, "record.addition.answer", locale)
                .or(() -> lines.of("consultation.proposal-status-changed", object, "record.addition.status", locale))
                .map(l -> new Line(l.text(), l.linkText(), l.link()));
    }
}

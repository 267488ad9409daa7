package org.atazan.record.web;

import org.atazan.consultation.ProposalAddition;
import org.atazan.record.PublicRecord;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A proposal's page says where its latest public decision is in the record (its answer, else its
 * latest status), with a link to the entry's page and its proof: the reader can check that what the
 * page shows is what the log holds.
 */
@Component
class ProposalsInRecord implements ProposalAddition {
    private final PublicRecord record;
    private final MessageSource messages;

    ProposalsInRecord(PublicRecord record, MessageSource messages) {
        this.record = record;
        this.messages = messages;
    }

    @Override
    public Optional<Line> about(String consultationId, String reference, Locale locale) {
        String object = consultationId + "/" + reference;
        OptionalLong entry = record.entryFor("consultation.proposal-answered", object);
        String key = "record.addition.answer";
        if (entry.isEmpty()) {
            entry = record.entryFor("consultation.proposal-status-changed", object);
            key = "record.addition.status";
        }
        if (entry.isEmpty()) return Optional.empty();
        long index = entry.getAsLong();
        String number = NumberFormat.getIntegerInstance(locale).format(index);
        return Optional.of(new Line(messages.getMessage(key, new Object[]{number}, locale),
                messages.getMessage("record.addition.verify", null, locale), "/record/entry/" + index));
    }
}

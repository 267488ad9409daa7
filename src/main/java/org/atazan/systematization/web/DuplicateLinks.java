package org.atazan.systematization.web;

import org.atazan.consultation.ConsultationAddition;
import org.atazan.consultation.ProposalAddition;
import org.atazan.consultation.ReferenceNumber;
import org.atazan.systematization.DuplicateDesk;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A consultation with near-duplicate groups links the list of representatives from its list; a proposal
 * in a group links its group.
 */
@Component
class DuplicateLinks implements ConsultationAddition, ProposalAddition {
    private final DuplicateDesk desk;
    private final MessageSource messages;

    DuplicateLinks(DuplicateDesk desk, MessageSource messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @Override
    public List<Line> about(String consultationId, Locale locale) {
        return desk.lastRun(consultationId).filter(r -> r.groups() > 0)
                .map(r -> List.of(new Line(messages.getMessage("systematization.duplicates.linkText",
                        new Object[]{NumberFormat.getIntegerInstance(locale).format(r.groups())}, locale),
                        messages.getMessage("systematization.duplicates.title", null, locale),
                        "/consultations/" + consultationId + "/duplicates"))).orElse(List.of());
    }

    @Override
    public Optional<Line> about(String consultationId, String reference, Locale locale) {
        return desk.groupOf(consultationId, ReferenceNumber.parse("reference", reference)).map(g -> new Line(
                messages.getMessage("systematization.duplicates.inGroup", new Object[]{NumberFormat.getIntegerInstance(locale)
                        .format(g.size())}, locale),
                messages.getMessage("systematization.duplicates.groupLink", new Object[]{g.representative().toString()}, locale),
                "/consultations/" + consultationId + "/duplicates/" + g.representative()));
    }
}

package org.atazan.systematization.web;

import org.atazan.consultation.ConsultationAddition;
import org.atazan.consultation.ProposalAddition;
import org.atazan.consultation.ReferenceNumber;
import org.atazan.systematization.TopicDesk;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A consultation whose proposals are grouped by topic links its clusters; a proposal links its cluster. */
@Component
class TopicLinks implements ConsultationAddition, ProposalAddition {
    private final TopicDesk desk;
    private final MessageSource messages;

    TopicLinks(TopicDesk desk, MessageSource messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @Override
    public List<Line> about(String consultationId, Locale locale) {
        return desk.lastRun(consultationId).filter(r -> r.clusters() > 0)
                .map(r -> List.of(new Line(messages.getMessage("systematization.topics.linkText",
                        new Object[]{NumberFormat.getIntegerInstance(locale).format(r.clusters())}, locale),
                        messages.getMessage("systematization.topics.title", null, locale),
                        "/consultations/" + consultationId + "/topics"))).orElse(List.of());
    }

    @Override
    public Optional<Line> about(String consultationId, String reference, Locale locale) {
        return desk.topicOf(consultationId, ReferenceNumber.parse("reference", reference)).map(t -> new Line(
                messages.getMessage("systematization.topics.inTopic", new Object[]{NumberFormat.getIntegerInstance(locale).format(t.size())}, locale),
                messages.getMessage("systematization.topics.topicLink", new Object[]{TopicPages.label(t)}, locale),
                "/consultations/" + consultationId + "/topics/" + t.id()));
    }
}

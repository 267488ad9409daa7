package org.atazan.systematization.web;

import org.atazan.consultation.ConsultationAddition;
import org.atazan.consultation.ProposalAddition;
import org.atazan.consultation.ProposalReactions;
import org.atazan.systematization.ConversationSource;
import org.atazan.systematization.ConversationSources;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A consultation with reactions links to its opinion map, and an imported one names its source (and
 * licence) on its list and on each of its proposals' pages.
 */
@Component
class OpinionLinks implements ConsultationAddition, ProposalAddition {
    private final ProposalReactions reactions;
    private final ConversationSources sources;
    private final MessageSource messages;

    OpinionLinks(ProposalReactions reactions, ConversationSources sources, MessageSource messages) {
        this.reactions = reactions;
        this.sources = sources;
        this.messages = messages;
    }

    @Override
    public List<Line> about(String consultationId, Locale locale) {
        List<Line> out = new ArrayList<>();
        Optional<ConversationSource> source = sources.of(consultationId);
        source.ifPresent(s -> out.add(new Line(text("systematization.opinions.fromPolis", locale, s.topic()),
                text("systematization.opinions.sourceTitle", locale), "/consultations/" + consultationId + "/opinions#source-h")));
        if (reactions.any(consultationId)) {
            out.add(new Line(text("systematization.opinions.linkText", locale), text("systematization.opinions.link", locale),
                    "/consultations/" + consultationId + "/opinions"));
        }
        return out;
    }

    @Override
    public Optional<Line> about(String consultationId, String reference, Locale locale) {
        Optional<ConversationSource> source = sources.of(consultationId);
        if (source.isPresent()) {
            return Optional.of(new Line(text("systematization.opinions.fromPolis", locale, source.get().topic()),
                    text("systematization.opinions.link", locale), "/consultations/" + consultationId + "/opinions"));
        }
        if (!reactions.any(consultationId)) return Optional.empty();
        return Optional.of(new Line(text("systematization.opinions.linkText", locale), text("systematization.opinions.link", locale),
                "/consultations/" + consultationId + "/opinions"));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}

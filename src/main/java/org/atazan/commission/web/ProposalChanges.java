package org.atazan.commission.web;

import org.atazan.commission.AmendmentDesk;
import org.atazan.commission.AmendmentStore;
import org.atazan.consultation.ProposalAddition;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** On a proposal's page: the articles of the commission's drafts that it changed, through the amendments that cite it. */
@Component
class ProposalChanges implements ProposalAddition {
    private final AmendmentDesk amendments;
    private final MessageSource messages;

    ProposalChanges(AmendmentDesk amendments, MessageSource messages) {
        this.amendments = amendments;
        this.messages = messages;
    }

    @Override
    public Optional<Line> about(String consultationId, String reference, Locale locale) {
        List<AmendmentStore.InDraft> changed = amendments.changedBy(consultationId, reference);
        if (changed.isEmpty()) return Optional.empty();
        AmendmentStore.InDraft first = changed.get(0);
        String articles = String.join(", ", changed.stream().map(d -> d.amendment().resultingArticle()).distinct().toList());
        String numbers = String.join(", ", changed.stream().map(d -> d.amendment().number()).distinct().toList());
        return Optional.of(new Line(messages.getMessage("commission.proposal.changed", new Object[]{first.versionId(), articles, numbers}, locale),
                messages.getMessage("commission.proposal.changed.link", new Object[]{first.amendment().resultingArticle()}, locale),
                "/charters/" + first.charterId() + "/versions/" + first.versionId() + "/articles/" + first.amendment().resultingArticle()));
    }
}

package org.atazan.consultation.web;

import org.atazan.charter.ArticleAddition;
import org.atazan.consultation.Consultation;
import org.atazan.consultation.ConsultationRegistry;
import org.atazan.consultation.Count;
import org.atazan.consultation.Proposal;
import org.atazan.consultation.ProposalQuery;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * On a charter article's page: how many proposals the consultation on that version has about the
 * article, the latest few (hidden ones counted, not listed) and a button to propose a change.
 */
@Component
class ArticleProposals implements ArticleAddition {
    static final int LATEST = 5;
    private final ConsultationRegistry registry;
    private final MessageSource messages;
    private final ConsultationFormat format;

    ArticleProposals(ConsultationRegistry registry, MessageSource messages, ConsultationFormat format) {
        this.registry = registry;
        this.messages = messages;
        this.format = format;
    }

    @Override
    public Optional<Section> about(String charterId, String versionId, String articleNumber, Locale locale) {
        // The newest consultation on this version (consultations() lists the newest first).
        Optional<Consultation> on = registry.consultations().stream()
                .filter(c -> c.charterId().equals(charterId) && c.versionId().equals(versionId)).findFirst();
        if (on.isEmpty()) return Optional.empty();
        Consultation c = on.get();
        long count = registry.figures(c.id()).byArticle().stream().filter(x -> x.key().equals(articleNumber))
                .mapToLong(Count::count).sum();
        List<Proposal> latest = registry.list(new ProposalQuery(c.id(), articleNumber, null, null, null, null, null, null,
                false, false, null, LATEST)).proposals();
        String base = "/consultations/" + c.id();
        List<Item> items = latest.stream().map(p -> new Item(p.reference() + " — "
                + abbreviate(p.wording()), base + "/proposals/" + p.reference())).toList();
        String summary = messages.getMessage("consultation.addition.count", new Object[]{format.integer(count)}, locale)
                + (c.sample() ? " " + messages.getMessage("consultation.sampleNotice", null, locale) : "");
        if (count > 0) {
            items = new java.util.ArrayList<>(items);
            items.add(new Item(messages.getMessage("consultation.addition.all", null, locale), base + "?article=" + articleNumber));
        }
        return Optional.of(new Section(messages.getMessage("consultation.addition.heading", null, locale), summary, items,
                messages.getMessage("consultation.propose", null, locale), base + "/propose?article=" + articleNumber));
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 119) + "…";
    }
}

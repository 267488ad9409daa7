package org.atazan.commission.web;

import org.atazan.charter.ArticleAddition;
import org.atazan.commission.AmendmentDesk;
import org.atazan.commission.DraftAmendment;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * On the page of an article of a draft the commission consolidated: where its wording came from, the
 * amendments behind it and, through them, the citizens' proposals they answer, and the draft's comparison.
 */
@Component
class ArticleAmendments implements ArticleAddition {
    private final AmendmentDesk amendments;
    private final MessageSource messages;

    ArticleAmendments(AmendmentDesk amendments, MessageSource messages) {
        this.amendments = amendments;
        this.messages = messages;
    }

    @Override
    public Optional<Section> about(String charterId, String versionId, String articleNumber, Locale locale) {
        List<DraftAmendment> behind = amendments.behind(charterId, versionId, articleNumber);
        if (behind.isEmpty()) return Optional.empty();
        List<Item> items = new ArrayList<>();
        for (DraftAmendment a : behind) {
            String action = messages.getMessage("commission.amendment.action." + org.atazan.commission.CommissionDesk.code(a.action()), null, locale);
            items.add(new Item(messages.getMessage("commission.provenance.amendment", new Object[]{a.number(), action, a.meetingId(), a.pollId()},
                    locale), "/commission/bodies/" + a.bodyId() + "/amendments#" + a.number()));
            for (String p : a.proposals()) {
                items.add(new Item(messages.getMessage("commission.provenance.proposal", new Object[]{p, a.number()}, locale),
                        "/consultations/" + a.consultationId() + "/proposals/" + p));
            }
        }
        DraftAmendment first = behind.get(0);
        return Optional.of(new Section(messages.getMessage("commission.provenance.heading", null, locale),
                messages.getMessage("commission.provenance.summary", new Object[]{behind.size(), first.versionId()}, locale)
                        + (first.bodyId().endsWith(CommissionPages.SAMPLE_SUFFIX) ? " " + messages.getMessage("commission.sample-notice", null, locale) : ""),
                items,
                messages.getMessage("commission.provenance.compare", new Object[]{first.versionId()}, locale),
                "/charters/" + charterId + "/compare?from=" + first.versionId() + "&to=" + versionId));
    }
}

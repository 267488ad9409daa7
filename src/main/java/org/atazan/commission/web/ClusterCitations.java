package org.atazan.commission.web;

import org.atazan.commission.AmendmentDesk;
import org.atazan.commission.CommissionDesk;
import org.atazan.commission.DraftAmendment;
import org.atazan.systematization.TopicCitations;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

/** On a topical cluster's page, and keeping it whole: the amendments that answer it, with how each was decided. */
@Component
class ClusterCitations implements TopicCitations {
    private final AmendmentDesk amendments;
    private final CommissionDesk desk;
    private final MessageSource messages;

    ClusterCitations(AmendmentDesk amendments, CommissionDesk desk, MessageSource messages) {
        this.amendments = amendments;
        this.desk = desk;
        this.messages = messages;
    }

    @Override
    public List<Citation> citing(String consultationId, long topicId, Locale locale) {
        List<DraftAmendment> all = amendments.citingCluster(consultationId, topicId);
        List<Citation> out = new ArrayList<>(all.size());
        // Each body's amendments (whether one lapsed) and title, read once however many of its amendments cite the cluster.
        Map<String, List<DraftAmendment>> ofBody = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        for (DraftAmendment a : all) {
            String outcome = AmendmentPages.outcome(a, ofBody.computeIfAbsent(a.bodyId(), amendments::amendments));
            String body = titles.computeIfAbsent(a.bodyId(), b -> desk.title(desk.body(b), locale.getLanguage()));
            out.add(new Citation(messages.getMessage("commission.cluster.cited", new Object[]{a.number(), body, a.resultingArticle(),
                    messages.getMessage("commission.amendment.outcome." + outcome, null, locale)}, locale),
                    "/commission/bodies/" + a.bodyId() + "/amendments#" + a.number()));
        }
        return out;
    }
}

package org.atazan.commission.web;

import org.atazan.commission.AmendmentDesk;
import org.atazan.commission.Body;
import org.atazan.commission.CommissionDesk;
import org.atazan.commission.DraftAmendment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A body's draft amendments, grouped by the article they concern: competing amendments side by side. */
@Controller
class AmendmentPages {
    private final AmendmentDesk amendments;
    private final CommissionDesk desk;

    AmendmentPages(AmendmentDesk amendments, CommissionDesk desk) {
        this.amendments = amendments;
        this.desk = desk;
    }

    /** One amendment as the page shows it; {@code outcome} is pending, adopted, rejected or no-quorum. */
    record Line(String number, String action, String article, String after, String to, String text, String consultation,
                List<String> proposals, String meeting, String poll, String outcome) {
    }

    /** The amendments to one article of one version, in the order drafted. */
    record Group(String charter, String version, String article, List<Line> lines) {
    }

    @GetMapping("/commission/bodies/{id}/amendments")
    String amendments(@PathVariable String id, Model model, Locale locale) {
        Body b = desk.body(id);
        Map<String, List<Line>> byArticle = new LinkedHashMap<>();
        Map<String, String[]> keys = new LinkedHashMap<>();
        for (DraftAmendment a : amendments.amendments(id)) {
            String key = a.charterId() + "/" + a.versionId() + "/" + a.article();
            keys.putIfAbsent(key, new String[]{a.charterId(), a.versionId(), a.article()});
            byArticle.computeIfAbsent(key, k -> new ArrayList<>()).add(new Line(a.number(), CommissionDesk.code(a.action()), a.article(),
                    a.after(), a.to(), a.text(), a.consultationId(), a.proposals(), a.meetingId(), a.pollId(),
                    a.outcome() == null ? "pending" : CommissionDesk.code(a.outcome())));
        }
        List<Group> groups = new ArrayList<>();
        byArticle.forEach((k, lines) -> groups.add(new Group(keys.get(k)[0], keys.get(k)[1], keys.get(k)[2], lines)));
        model.addAttribute("body", b);
        model.addAttribute("heading", desk.title(b, locale.getLanguage()));
        model.addAttribute("sample", id.endsWith(CommissionPages.SAMPLE_SUFFIX));
        model.addAttribute("groups", groups);
        model.addAttribute("drafts", amendments.drafts(id));
        return "commission/amendments";
    }
}

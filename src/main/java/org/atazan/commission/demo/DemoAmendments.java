package org.atazan.commission.demo;

import org.atazan.charter.Amendment;
import org.atazan.charter.Article;
import org.atazan.charter.CharterLibrary;
import org.atazan.charter.CharterVersion;
import org.atazan.charter.Paragraph;
import org.atazan.charter.VersionStatus;
import org.atazan.charter.VersionSummary;
import org.atazan.commission.AmendmentStore;
import org.atazan.commission.DraftAmendment;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo commission's amendments to articles of the 2026 text, each citing the demo proposals on its
 * article and decided by the poll taken on that article's agenda item; one more on article 52 competes
 * with the first and is not put to the vote. The adopted ones become the draft version {@link #DRAFT}.
 */
@Component
class DemoAmendments {
    static final String CHARTER = "kz", BASE = "2026", DRAFT = "2026-02-11";
    /** Each amended article and the paragraph its amendment adds (sample wordings, not the commission's). */
    static final Map<String, String> ADDED = new LinkedHashMap<>();

    static {
        ADDED.put("18", "Каждый задержанный с момента задержания вправе пользоваться помощью адвоката; ему разъясняются его права.");
        ADDED.put("20", "Никто не может быть подвергнут медицинским или научным опытам без его добровольного согласия.");
        ADDED.put("52", "Курултай работает на постоянной основе.");
        ADDED.put("42", "Одно и то же лицо не может быть избрано Президентом более двух раз подряд.");
        ADDED.put("87", "Акимы районов и городов районного значения избираются населением.");
    }

    static final String COMPETING_52 = "Заседания Курултая открыты и транслируются в прямом эфире.";

    private final AmendmentStore store;
    private final CharterLibrary charters;

    DemoAmendments(AmendmentStore store, CharterLibrary charters) {
        this.store = store;
        this.charters = charters;
    }

    /**
     * Writes the amendments, linked to the polls already written ({@code polls}: article to meeting and poll id),
     * citing {@code cited} (article to proposal references), then consolidates the adopted ones.
     */
    void load(String body, String secretary, Map<String, String[]> polls, Map<String, List<String>> cited, String consultation,
              Instant at, LocalDate draftDate) {
        CharterVersion base = charters.version(CHARTER, BASE);
        List<String> adopted = new ArrayList<>();
        int n = 0;
        for (var e : ADDED.entrySet()) {
            String article = e.getKey();
            String[] poll = polls.get(article);
            if (poll == null || base.article(article).isEmpty()) continue;
            DraftAmendment a = amendment(body, "A-" + ++n, base.article(article).get(), e.getValue(), consultation,
                    cited.getOrDefault(article, List.of()), secretary, at);
            store.create(a);
            store.linkPoll(body, a.number(), poll[0], poll[1], DraftAmendment.Wording.ORIGINAL);
            if (store.amendment(body, a.number()).orElseThrow().adopted()) adopted.add(a.number());
            if (article.equals("52")) {
                store.create(amendment(body, "A-" + ++n, base.article(article).get(), COMPETING_52, consultation, List.of(), secretary, at));
                // Voted in this order: the first was adopted, so the competing one lapsed without a vote.
                store.order(body, Map.of(a.number(), 1, "A-" + n, 2));
            }
        }
        List<Amendment> toApply = store.ofBody(body).stream().filter(a -> adopted.contains(a.number())).map(DraftAmendment::amendment).toList();
        VersionSummary made = charters.consolidate(CHARTER, BASE, new VersionSummary(CHARTER, DRAFT, draftDate, base.summary().language(),
                VersionStatus.DRAFT, "", "sample: amendments " + String.join(", ", adopted) + " of " + body, 0), toApply, "");
        store.recordDraft(CHARTER, made.id(), body, BASE, adopted, secretary, at);
    }

    /** A new wording of the article: its paragraphs as they stand and one more, numbered next. */
    private static DraftAmendment amendment(String body, String number, Article article, String added, String consultation,
                                            List<String> cited, String secretary, Instant at) {
        StringBuilder wording = new StringBuilder();
        for (Paragraph p : article.paragraphs()) wording.append(p.plainText()).append('\n');
        // Numbered as the article's paragraphs are: the next number, or none when they have none.
        boolean numbered = !article.paragraphs().isEmpty() && !article.paragraphs().get(0).number().isEmpty();
        wording.append(numbered ? (article.paragraphs().size() + 1) + ". " : "").append(added);
        return new DraftAmendment(body, number, CHARTER, BASE, Amendment.Action.REPLACE, article.number(), null, null, null,
                wording.toString(), cited.isEmpty() ? null : consultation, cited, secretary, at, null, null, null);
    }
}

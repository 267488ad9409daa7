package org.atazan.charter.web;

import org.atazan.charter.CharterLibrary;
import org.atazan.charter.VersionSummary;
import org.atazan.charter.ArticleChange;
import org.atazan.charter.ChangeKind;
import org.atazan.charter.Comparison;
import org.atazan.kernel.BadInputException;
import org.atazan.kernel.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Locale;

/**
 * Two versions of a charter compared: counts first, then every article with its redline, inline or
 * side by side, all or changed only, or one kind only.
 */
@Controller
class ComparisonPage {

    private final CharterLibrary library;

    ComparisonPage(CharterLibrary library) {
        this.library = library;
    }

    @GetMapping("/charters/{charter}/compare")
    String compare(@PathVariable String charter,
                   @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to,
                   @RequestParam(defaultValue = "inline") String view,
                   @RequestParam(defaultValue = "changed") String show,
                   @RequestParam(required = false) String kind,
                   @RequestParam(defaultValue = "false") boolean full,
                   @RequestParam(required = false) String article,
                   Model model) {
        List<VersionSummary> versions = library.versions(charter);
        if (versions.size() < 2) throw new BadInputException("charter '" + charter + "' has only one version: nothing to compare");
        List<VersionSummary> pair = library.defaultPair(charter);
        String fromId = from == null ? pair.get(0).id() : from;
        String toId = to == null ? pair.get(1).id() : to;
        Comparison comparison = library.compare(charter, fromId, toId);
        ChangeKind only = parseKind(kind);
        ArticleChange focus = focus(comparison, article, fromId, toId);
        List<Row> rows = comparison.articles().stream()
                .filter(a -> focus != null ? a == focus
                        : only != null ? a.kind() == only : "all".equals(show) || a.kind() != ChangeKind.UNCHANGED)
                .map(a -> new Row(a, a.redline() == null ? null : RedlineView.of(a.redline(), full)))
                .toList();
        model.addAttribute("charter", library.charter(charter));
        model.addAttribute("versions", versions);
        model.addAttribute("from", library.version(charter, fromId).summary());
        model.addAttribute("to", library.version(charter, toId).summary());
        model.addAttribute("comparison", comparison);
        model.addAttribute("rows", rows);
        model.addAttribute("view", "side".equals(view) ? "side" : "inline");
        model.addAttribute("show", "all".equals(show) ? "all" : "changed");
        model.addAttribute("kind", only == null ? null : only.jsonName());
        model.addAttribute("kinds", ChangeKind.values());
        model.addAttribute("full", full);
        model.addAttribute("focus", focus);
        return "charter/compare";
    }

    /** One article of the comparison with its redline cut into lines for display. */
    record Row(ArticleChange change, RedlineView lines) {
    }

    /**
     * One article's change, named as the page's anchors name it: "new-42" (article 42 of the new
     * version) or "old-40" (article 40 of the old one); null for the whole comparison.
     */
    private static ArticleChange focus(Comparison c, String article, String from, String to) {
        if (article == null || article.isBlank()) return null;
        boolean isNew = article.startsWith("new-");
        if (!isNew && !article.startsWith("old-")) {
            throw new BadInputException("parameter 'article': '" + article
                    + "' should be new-NUMBER (an article of the new version) or old-NUMBER (of the old one)");
        }
        String number = article.substring(4);
        return (isNew ? c.ofNewArticle(number) : c.ofOldArticle(number)).orElseThrow(() -> new NotFoundException(
                "Version '" + (isNew ? to : from) + "' has no article " + number));
    }

    private static ChangeKind parseKind(String kind) {
        if (kind == null || kind.isBlank()) return null;
        try {
            return ChangeKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("unknown kind of change '" + kind + "': use unchanged, amended, added, repealed or moved");
        }
    }
}

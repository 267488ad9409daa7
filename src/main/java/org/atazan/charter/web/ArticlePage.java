package org.atazan.charter.web;

import org.atazan.charter.Article;
import org.atazan.charter.ArticleAddition;
import org.atazan.charter.CharterLibrary;
import org.atazan.charter.CharterVersion;
import org.atazan.charter.VersionSummary;
import org.atazan.charter.ArticleChange;
import org.atazan.charter.Comparison;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import java.util.Optional;

/** One article at its stable address, with the articles before and after it. */
@Controller
class ArticlePage {

    private final CharterLibrary library;
    private final List<ArticleAddition> additions;

    ArticlePage(CharterLibrary library, List<ArticleAddition> additions) {
        this.library = library;
        this.additions = additions;
    }

    @GetMapping("/charters/{charter}/versions/{version}/articles/{number}")
    String article(@PathVariable String charter, @PathVariable String version, @PathVariable String number, Model model) {
        CharterVersion v = library.version(charter, version);
        Article article = library.article(charter, version, number);
        List<Article> all = v.text().articles();
        int at = all.indexOf(article);
        model.addAttribute("charter", library.charter(charter));
        model.addAttribute("version", v.summary());
        model.addAttribute("article", article);
        model.addAttribute("previous", at > 0 ? all.get(at - 1) : null);
        model.addAttribute("next", at + 1 < all.size() ? all.get(at + 1) : null);
        var others = library.versions(charter).stream().filter(o -> !o.id().equals(version)).toList();
        model.addAttribute("counterparts", others.stream().map(o -> counterpart(charter, v.summary(), o, number)).toList());
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("additions", additions.stream()
                .flatMap(a -> a.about(charter, version, article.number(), locale).stream()).toList());
        return "charter/article";
    }

    /**
     * Where this article is in another version, by the comparison's pairing (by content as well as by
     * number): the reader of 1995's article 40 learns that it is article 42 in 2026. {@code from},
     * {@code to} and {@code focus} name this article's change in the comparison of the two versions, the
     * page that shows how it changed; a link to it is offered only when there is a change to show.
     */
    record Counterpart(String version, String number, String kind, String from, String to, String focus) {
        public boolean changed() {
            return number != null && !"unchanged".equals(kind);
        }
    }

    private Counterpart counterpart(String charter, VersionSummary here, VersionSummary other, String number) {
        boolean otherIsLater = here.date().isBefore(other.date())
                || (here.date().equals(other.date()) && here.id().compareTo(other.id()) < 0);
        String from = otherIsLater ? here.id() : other.id();
        String to = otherIsLater ? other.id() : here.id();
        Comparison c = library.compare(charter, from, to);
        Optional<ArticleChange> change = otherIsLater ? c.ofOldArticle(number) : c.ofNewArticle(number);
        String focus = (otherIsLater ? "old-" : "new-") + number;
        String counterpart = change.map(a -> otherIsLater ? a.newNumber() : a.oldNumber()).orElse(null);
        String kind = change.map(a -> a.kind().jsonName()).orElse(otherIsLater ? "repealed" : "added");
        return new Counterpart(other.id(), counterpart, kind, from, to, focus);
    }
}

package org.atazan.charter.web;

import org.atazan.charter.Article;
import org.atazan.charter.CharterLibrary;
import org.atazan.charter.CharterVersion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;

/** One article at its stable address, with the articles before and after it. */
@Controller
class ArticlePage {

    private final CharterLibrary library;

    ArticlePage(CharterLibrary library) {
        this.library = library;
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
        model.addAttribute("others", library.versions(charter).stream().filter(o -> !o.id().equals(version)).toList());
        return "charter/article";
    }
}

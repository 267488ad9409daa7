package org.atazan.charter.web;

import org.atazan.charter.CharterLibrary;
import org.atazan.charter.CharterVersion;
import org.atazan.charter.VersionSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/** Pages to browse charters: the list, one charter's versions, one version's contents and search. */
@Controller
class CharterPages {

    private final CharterLibrary library;

    /** Lines other modules add to a version's page (where it is in the public record, say). */
    private final org.springframework.beans.factory.ObjectProvider<org.atazan.charter.VersionAddition> additions;

    CharterPages(CharterLibrary library, org.springframework.beans.factory.ObjectProvider<org.atazan.charter.VersionAddition> additions) {
        this.library = library;
        this.additions = additions;
    }

    @GetMapping("/charters")
    String charters(Model model) {
        model.addAttribute("charters", library.charters().stream()
                .map(c -> new CharterCard(c, library.versions(c.id()))).toList());
        return "charter/charters";
    }

    @GetMapping("/charters/{charter}")
    String charter(@PathVariable String charter, Model model) {
        List<VersionSummary> versions = library.versions(charter);
        model.addAttribute("charter", library.charter(charter));
        List<VersionSummary> newestFirst = new java.util.ArrayList<>(versions);
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("versions", newestFirst);
        List<VersionSummary> pair = library.defaultPair(charter);
        if (!pair.isEmpty()) {
            model.addAttribute("from", pair.get(0));
            model.addAttribute("to", pair.get(1));
        }
        return "charter/charter";
    }

    @GetMapping("/charters/{charter}/versions/{version}")
    String version(@PathVariable String charter, @PathVariable String version,
                   @RequestParam(name = "q", required = false) String query, Model model) {
        CharterVersion v = library.version(charter, version);
        model.addAttribute("charter", library.charter(charter));
        model.addAttribute("version", v.summary());
        model.addAttribute("text", v.text());
        model.addAttribute("toc", TocEntry.of(v.text().body()));
        model.addAttribute("others", library.versions(charter).stream().filter(o -> !o.id().equals(version)).toList());
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("additions", additions.orderedStream()
                .flatMap(a -> a.about(v.summary().charterId(), v.summary().id(), locale).stream()).toList());
        if (query != null && !query.isBlank()) {
            model.addAttribute("q", query.strip());
            model.addAttribute("matches", library.search(charter, version, query, 50).stream().map(Snippet::of).toList());
        }
        return "charter/version";
    }

    /** A charter with its versions, for the list page. */
    record CharterCard(org.atazan.charter.Charter charter, List<VersionSummary> versions) {
    }
}

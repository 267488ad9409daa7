package org.atazan.charter.web;

import org.atazan.charter.Charter;
import org.atazan.charter.CharterLibrary;
import org.atazan.charter.CharterVersion;
import org.atazan.charter.VersionSummary;
import org.atazan.charter.ChangeKind;
import org.atazan.charter.Comparison;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The start page: what a citizen should see first is how the constitution changed, so it leads with
 * the comparison of the featured charter's last two versions.
 */
@Controller
class HomePage {

    private final CharterLibrary library;
    private final String featured;

    HomePage(CharterLibrary library, @Value("${atazan.featured-charter:kz}") String featured) {
        this.library = library;
        this.featured = featured;
    }

    @GetMapping("/")
    String home(Model model) {
        List<Charter> charters = new ArrayList<>(library.charters());
        charters.sort(Comparator.comparing((Charter c) -> !c.id().equals(featured)).thenComparing(c -> c.title()));
        model.addAttribute("charters", charters);
        if (!charters.isEmpty()) {
            Charter lead = charters.get(0);
            List<VersionSummary> versions = library.versions(lead.id());
            model.addAttribute("lead", lead);
            model.addAttribute("leadVersions", versions);
            List<VersionSummary> pair = library.defaultPair(lead.id());
            if (!pair.isEmpty()) {
                VersionSummary from = pair.get(0);
                VersionSummary to = pair.get(1);
                model.addAttribute("from", from);
                model.addAttribute("to", to);
                var comparison = library.compare(lead.id(), from.id(), to.id());
                model.addAttribute("comparison", comparison);
                model.addAttribute("added", headlines(comparison, ChangeKind.ADDED, library.version(lead.id(), to.id())));
                model.addAttribute("repealed", headlines(comparison, ChangeKind.REPEALED, library.version(lead.id(), from.id())));
            }
        }
        return "charter/home";
    }

    static final int HEADLINES = 8;

    /** The first articles of one kind of change, with the first words of each: what a reader scans first. */
    static List<TocEntry> headlines(Comparison c, ChangeKind kind, CharterVersion version) {
        return c.changes().stream().filter(a -> a.kind() == kind).limit(HEADLINES)
                .map(a -> version.article(a.number()).map(TocEntry::of).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
    }
}

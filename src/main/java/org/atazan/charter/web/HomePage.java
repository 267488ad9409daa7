package org.atazan.charter.web;

import org.atazan.charter.Charter;
import org.atazan.charter.CharterLibrary;
import org.atazan.charter.VersionSummary;
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
            if (versions.size() >= 2) {
                VersionSummary from = versions.get(versions.size() - 2);
                VersionSummary to = versions.get(versions.size() - 1);
                model.addAttribute("from", from);
                model.addAttribute("to", to);
                model.addAttribute("comparison", library.compare(lead.id(), from.id(), to.id()));
            }
        }
        return "charter/home";
    }
}

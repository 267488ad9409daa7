package org.atazan.trial;

import org.atazan.charter.Article;
import org.atazan.charter.ArticleChange;
import org.atazan.charter.CharterLibrary;
import org.atazan.charter.NewVersion;
import org.atazan.charter.VersionStatus;
import org.atazan.charter.VersionSummary;

import java.time.LocalDate;

/**
 * What the commission module will do with an adopted amendment: consolidate the text of a version
 * with one article's new wording, publish it as the next version, and show the redline.
 */
public record Amendment(String charterId, String fromVersion, String toVersion, String articleNumber, String wording) {

    public ArticleChange adopt(CharterLibrary charters, LocalDate date, String by) {
        VersionSummary from = charters.versions(charterId).stream().filter(v -> v.id().equals(fromVersion))
                .findFirst().orElseThrow();
        StringBuilder text = new StringBuilder(from.title()).append("\n\n");
        for (Article a : charters.articles(charterId, fromVersion)) {
            text.append("Article ").append(a.number()).append("\n")
                    .append(a.number().equals(articleNumber) ? wording : a.plainText()).append("\n\n");
        }
        charters.addVersion(NewVersion.ofText(new VersionSummary(charterId, toVersion, date, from.language(),
                VersionStatus.DRAFT, from.title(), "amendment to article " + articleNumber, 0), toVersion + ".txt", text.toString(), by));
        return charters.articleChange(charterId, fromVersion, toVersion, articleNumber);
    }
}

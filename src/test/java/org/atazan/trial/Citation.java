package org.atazan.trial;

import org.atazan.charter.Article;
import org.atazan.charter.ArticleChange;
import org.atazan.charter.CharterLibrary;
import org.atazan.charter.ChangeKind;

/**
 * What a citizen's proposal shows about the article it concerns (consultation's use of the charter):
 * the article's text, and where it came from in the previous version.
 */
public record Citation(String charterId, String versionId, String number, String text, ChangeKind sinceBefore,
                       String numberBefore) {

    public static Citation of(CharterLibrary charters, String charterId, String previous, String versionId, String number) {
        Article article = charters.article(charterId, versionId, number);
        ArticleChange change = charters.articleChange(charterId, previous, versionId, number);
        return new Citation(charterId, versionId, number, article.plainText(), change.kind(), change.oldNumber());
    }
}

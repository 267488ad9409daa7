package org.atazan.charter;

import java.util.Optional;

/** A version of a charter with its whole structured text. */
public record CharterVersion(VersionSummary summary, CharterText text) {

    public Optional<Article> article(String number) {
        return text.articles().stream().filter(a -> a.number().equals(number)).findFirst();
    }
}

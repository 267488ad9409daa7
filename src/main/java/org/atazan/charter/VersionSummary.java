package org.atazan.charter;

import org.atazan.kernel.BadInputException;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a version of a charter is, without its text: when it was expressed, in which language, where
 * it stands and where the text came from.
 */
public record VersionSummary(String charterId, String id, LocalDate date, String language,
                             VersionStatus status, String title, String source, int articleCount) {
    public VersionSummary {
        Charter.requireId("charter id", charterId);
        Charter.requireId("version id", id);
        Objects.requireNonNull(date, "date");
        if (language == null || !language.matches("[a-z]{2,3}")) {
            throw new BadInputException("version '" + id + "': language must be an ISO 639 code such as kk, ru, en, got '" + language + "'");
        }
        Objects.requireNonNull(status, "status");
        title = title == null ? "" : title;
        source = source == null ? "" : source;
    }

    public VersionSummary withArticleCount(int count) {
        return new VersionSummary(charterId, id, date, language, status, title, source, count);
    }
}

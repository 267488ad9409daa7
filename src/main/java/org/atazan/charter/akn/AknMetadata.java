package org.atazan.charter.akn;

import org.atazan.charter.VersionSummary;

/**
 * What Akoma Ntoso's FRBR identification needs to know about a charter version.
 *
 * @param country  ISO 3166-1 alpha-2 code in lower case, e.g. "kz"
 * @param charterId a short work name, e.g. "constitution"
 * @param date     the version's date, ISO yyyy-mm-dd
 * @param language ISO 639-2 code of the expression's language, e.g. "rus", "deu"
 * @param title    the title shown as the work's name
 */
public record AknMetadata(String country, String charterId, String date, String language, String title) {
    public AknMetadata {
        country = blankTo(country, "xx");
        charterId = blankTo(charterId, "charter").replaceAll("[^A-Za-z0-9_.-]", "-");
        date = blankTo(date, "0001-01-01");
        language = blankTo(language, "und");
        title = title == null ? "" : title;
    }

    /** A stored version's metadata: the same for the store, the export and the published hash. */
    public static AknMetadata of(String country, VersionSummary s) {
        return new AknMetadata(country, s.charterId(), s.date().toString(), s.language(), s.title());
    }

    /** The work's IRI: /akn/{country}/act/{date}/{id}. */
    public String workUri() {
        return "/akn/" + country + "/act/" + date + "/" + charterId;
    }

    /** The expression's IRI: the work's, then /{language}@{date}. */
    public String expressionUri() {
        return workUri() + "/" + language + "@" + date;
    }

    private static String blankTo(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s.strip();
    }
}

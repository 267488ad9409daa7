package org.atazan.record.web;

import org.atazan.charter.VersionAddition;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/** A charter version's page names its entry in the public record (the version's hash), linked to the entry and its proof. */
@Component
class VersionsInRecord implements VersionAddition {
    static final String KIND = "charter.version-published";
    private final EntryLines lines;

    VersionsInRecord(EntryLines lines) {
        this.lines = lines;
    }

    @Override
    public Optional<Line> about(String charterId, String versionId, Locale locale) {
        return lines.of(KIND, charterId + "/" + versionId, "record.addition.version", locale)
                .map(l -> new Line(l.text(), l.linkText(), l.link()));
    }
}

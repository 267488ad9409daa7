package org.atazan.charter.demo;

import org.atazan.charter.Charter;
import org.atazan.charter.CharterLibrary;
import org.atazan.charter.NewVersion;
import org.atazan.charter.VersionStatus;
import org.atazan.charter.VersionSummary;
import org.atazan.platform.DemoDataSet;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * The demo charters, from real texts only: Kazakhstan's Constitution of 1995 (as in force from
 * 2023) and of 2026, and two consecutive versions of Germany's Basic Law (July 2012).
 */
@Component
class CharterDemo implements DemoDataSet {

    private final CharterLibrary library;

    CharterDemo(CharterLibrary library) {
        this.library = library;
    }

    @Override
    public String name() {
        return "charter-1";
    }

    @Override
    public void load(Path data) {
        library.create(new Charter("kz", "Constitution of the Republic of Kazakhstan", "kz", Map.of(
                "kk", "Қазақстан Республикасының Конституциясы",
                "ru", "Конституция Республики Казахстан",
                "en", "Constitution of the Republic of Kazakhstan")));
        add(data, "kz", "1995", LocalDate.of(2023, 1, 1), "ru", VersionStatus.SUPERSEDED,
                "kz-constitution-1995.ru.txt",
                "Adilet K950001000_: the Constitution of 30 August 1995 as in force from 1 January 2023");
        add(data, "kz", "2026", LocalDate.of(2026, 7, 1), "ru", VersionStatus.IN_FORCE,
                "kz-constitution-2026.ru.txt",
                "Adilet K2600000000: the Constitution adopted by referendum on 15 March 2026, in force from 1 July 2026");
        library.create(new Charter("de-gg", "Grundgesetz für die Bundesrepublik Deutschland", "de", Map.of(
                "de", "Grundgesetz für die Bundesrepublik Deutschland",
                "en", "Basic Law for the Federal Republic of Germany",
                "ru", "Основной закон Федеративной Республики Германия",
                "kk", "Германия Федеративтік Республикасының Негізгі заңы")));
        add(data, "de-gg", "2012-07-02", LocalDate.of(2012, 7, 2), "de", VersionStatus.SUPERSEDED,
                "grundgesetz-2012-07-02.md", "bundestag/gesetze (gesetze-im-internet.de): as of 2 July 2012");
        add(data, "de-gg", "2012-07-11", LocalDate.of(2012, 7, 11), "de", VersionStatus.SUPERSEDED,
                "grundgesetz-2012-07-11.md", "bundestag/gesetze (gesetze-im-internet.de): as amended on 11 July 2012");
    }

    private void add(Path data, String charter, String id, LocalDate date, String language, VersionStatus status,
                     String file, String source) {
        try {
            byte[] content = Files.readAllBytes(data.resolve(file));
            library.addVersion(new NewVersion(new VersionSummary(charter, id, date, language, status, "", source, 0),
                    file, content, null));
        } catch (IOException e) {
            throw new UncheckedIOException("demo text missing: " + data.resolve(file), e);
        }
    }
}

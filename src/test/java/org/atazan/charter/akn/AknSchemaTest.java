package org.atazan.charter.akn;

import org.atazan.charter.CharterText;
import org.atazan.charter.VersionStatus;
import org.atazan.charter.VersionSummary;
import org.atazan.charter.text.RealCharters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Akoma Ntoso document the platform writes is valid against the OASIS schema: the export of each
 * real text, with the metadata the platform gives it (the charter's country, the version's date).
 */
class AknSchemaTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            RealCharters.KZ_1995 + ", kz, kz, 1995, 2023-01-01, ru",
            RealCharters.KZ_2026 + ", kz, kz, 2026, 2026-07-01, ru",
            RealCharters.GG_OLD + ", de, de-gg, 2012-07-02, 2012-07-02, de",
            RealCharters.GG_NEW + ", de, de-gg, 2012-07-11, 2012-07-11, de",
    })
    void theExportOfEveryRealTextIsValidAndReadsBackTheSame(String file, String country, String charter, String version,
                                                            String date, String language) {
        CharterText text = RealCharters.parsed(file);
        VersionSummary s = new VersionSummary(charter, version, LocalDate.parse(date), language, VersionStatus.ADOPTED,
                text.title(), "", text.articles().size());
        String xml = AknWriter.write(text, AknMetadata.of(country, s));
        assertThat(AknSchema.errors(xml)).as(file).isEmpty();
        // The act's own date and country, never the day of the export or a placeholder.
        assertThat(xml).contains("<FRBRcountry value=\"" + country + "\"/>")
                .contains("<FRBRdate date=\"" + date + "\" name=\"adoption\"/>")
                .contains("<FRBRthis value=\"/akn/" + country + "/act/" + date + "/" + charter + "/!main\"/>");
        assertThat(AknReader.read(file + ".xml", xml.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void theGrundgesetzsRepealedArticlesAreRemovedWithTheirRepealAsALifecycleEvent() {
        CharterText gg = RealCharters.parsed(RealCharters.GG_NEW);
        String xml = AknWriter.write(gg, new AknMetadata("de", "de-gg", "2012-07-11", "de", gg.title()));
        assertThat(xml).contains("<article eId=\"art_49\" status=\"removed\" period=\"#period_repealed\">")
                .contains("<lifecycle source=\"#atazan\">")
                .contains("<eventRef eId=\"e_repealed\" date=\"2012-07-11\" source=\"#atazan\" type=\"repeal\" refersTo=\"#repealedBy\"/>")
                .contains("<timeInterval end=\"#e_repealed\" refersTo=\"#inForce\"/>")
                .doesNotContain("status=\"repealed\"");
        assertThat(AknSchema.errors(xml)).isEmpty();
    }

    @Test
    void theSchemaCheckFindsWhatTheOldExportGotWrong() {
        CharterText gg = RealCharters.parsed(RealCharters.GG_NEW);
        String old = AknWriter.write(gg, new AknMetadata("de", "de-gg", "2012-07-11", "de", gg.title()))
                .replace("status=\"removed\" period=\"#period_repealed\"", "status=\"repealed\"");
        assertThat(AknSchema.errors(old)).isNotEmpty().anySatisfy(e -> assertThat(e).contains("repealed"));
    }

    @Test
    void aTextWithoutRepealsHasNoLifecycle() {
        CharterText kz = RealCharters.parsed(RealCharters.KZ_2026);
        assertThat(kz.articles()).noneMatch(org.atazan.charter.Article::repealed);
        String xml = AknWriter.write(kz, new AknMetadata("kz", "kz", "2026-07-01", "ru", kz.title()));
        assertThat(xml).doesNotContain("<lifecycle").doesNotContain("removed");
    }
}

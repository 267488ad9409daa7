package org.atazan.consultation.demo;

import org.atazan.PlatformTest;
import org.atazan.consultation.Consultation;
import org.atazan.consultation.ConsultationRegistry;
import org.atazan.consultation.Figures;
import org.atazan.consultation.ProposalQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo consultation loaded with --demo: over 2,000 sample proposals, marked, spread as stated. */
class ConsultationDemoTest extends PlatformTest {
    @Autowired
    ConsultationRegistry registry;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSampleConsultationIsLoadedMarkedAndSpread() {
        Consultation c = registry.consultation(ConsultationDemo.ID);
        assertThat(c.sample()).isTrue();
        // Marked as generated in each page language, with no English on the kk and ru pages.
        assertThat(c.title("en")).contains("SAMPLE");
        assertThat(c.title("kk")).contains("үлгі").doesNotContainPattern("[A-Za-z]{3,}");
        assertThat(c.title("ru")).contains("сгенерированные").doesNotContainPattern("[A-Za-z]{3,}");
        assertThat(c.charterId()).isEqualTo("kz");
        assertThat(c.versionId()).isEqualTo("2026");
        Figures f = registry.figures(c.id());
        assertThat(f.total()).isGreaterThanOrEqualTo(2000);
        // Parliament (52-62), president (42-51) and rights (12-41) articles draw more than half.
        Long top = jdbc.queryForObject("SELECT count(*) FROM consultation_proposal WHERE consultation_id = ? AND article ~ '^[0-9]+$'"
                + " AND article::int BETWEEN 12 AND 62", Long.class, c.id());
        assertThat(top).isGreaterThan(f.total() / 2);
        assertThat(f.byArticle().get(0).key()).matches("12|42|52");
        assertThat(f.byStatus()).hasSize(4);
        assertThat(f.byChannel().size()).isGreaterThanOrEqualTo(3);
        assertThat(f.byWeek().size()).isBetween(25, 28);
        assertThat(f.byRegion().size()).isEqualTo(20);
        Long languages = jdbc.queryForObject("SELECT count(DISTINCT language) FROM consultation_proposal WHERE consultation_id = ?",
                Long.class, c.id());
        assertThat(languages).isEqualTo(3);
        var overdue = registry.list(new ProposalQuery(c.id(), null, null, null, null, null, registry.today(), null, false, false,
                null, 50));
        assertThat(overdue.proposals()).hasSizeGreaterThan(20);
        Long answeredWithReason = jdbc.queryForObject("SELECT count(*) FROM consultation_proposal WHERE consultation_id = ?"
                + " AND status = 'answered' AND answer <> ''", Long.class, c.id());
        assertThat(answeredWithReason).isGreaterThan(500);
        Long merged = jdbc.queryForObject("SELECT count(*) FROM consultation_proposal WHERE consultation_id = ? AND outcome = 'merged'"
                + " AND merged_into IS NOT NULL", Long.class, c.id());
        assertThat(merged).isPositive();
        Long supported = jdbc.queryForObject("SELECT count(*) FROM consultation_proposal WHERE consultation_id = ? AND supports > 0",
                Long.class, c.id());
        assertThat(supported).isGreaterThan(400);
    }
}

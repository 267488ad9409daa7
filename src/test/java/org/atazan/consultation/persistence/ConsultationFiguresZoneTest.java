package org.atazan.consultation.persistence;

import org.atazan.PlatformTest;
import org.atazan.consultation.Consultation;
import org.atazan.consultation.ConsultationRegistry;
import org.atazan.consultation.Count;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The weeks of the figures are counted in the configured zone (atazan.consultation.zone), not a zone written in SQL. */
class ConsultationFiguresZoneTest extends PlatformTest {
    @Autowired
    ConsultationRegistry registry;
    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aProposalSentLateOnSundayInUtcIsInMondaysWeekInAlmaty() {
        String id = "zone-" + UUID.randomUUID().toString().substring(0, 8);
        registry.open(new Consultation(id, "Zones", "kz", "2026", 15, LocalDate.of(2026, 1, 31), null), ADMIN);
        // Sunday 1 February 2026, 19:30 UTC: already Monday 2 February in Almaty.
        jdbc.sql("""
                INSERT INTO consultation_proposal (consultation_id, year, seq, article, kind, wording, reasons, language, channel,
                    status, received_at) VALUES (?, 2026, 1, '1', 'amend', 'Text', '', 'ru', 'other', 'received',
                    '2026-02-01T19:30:00Z')""").param(id).update();
        assertThat(new JdbcConsultations(named, ZoneId.of("Asia/Almaty")).figures(id).byWeek()).extracting(Count::key)
                .containsExactly("2026-02-02");
        assertThat(new JdbcConsultations(named, ZoneId.of("UTC")).figures(id).byWeek()).extracting(Count::key)
                .containsExactly("2026-01-26");
    }
}

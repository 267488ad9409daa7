package org.atazan.systematization.persistence;

import org.atazan.systematization.ConversationSource;
import org.atazan.systematization.ConversationSources;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** Imported conversations' sources in PostgreSQL. */
@Repository
class JdbcConversationSources implements ConversationSources {
    private final JdbcClient jdbc;

    JdbcConversationSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(ConversationSource s) {
        jdbc.sql("""
                INSERT INTO systematization_source (consultation_id, name, topic, url, licence, attribution, case_study)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (consultation_id) DO NOTHING""")
                .params(s.consultationId(), s.name(), s.topic(), s.url(), s.licence(), s.attribution(), s.caseStudy()).update();
    }

    @Override
    public Optional<ConversationSource> of(String consultationId) {
        return jdbc.sql("SELECT consultation_id, name, topic, url, licence, attribution, case_study FROM systematization_source"
                + " WHERE consultation_id = ?").param(consultationId).query((rs, i) -> new ConversationSource(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))).optional();
    }
}

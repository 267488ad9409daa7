package org.atazan.systematization.demo;

import org.atazan.PlatformTest;
import org.atazan.SharedData;
import org.atazan.consultation.ConsultationRegistry;
import org.atazan.systematization.ConversationSources;
import org.atazan.systematization.polis.PolisExport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The four real Pol.is conversations loaded with --demo: statements as proposals, votes as reactions, the source kept. */
class PolisDemoTest extends PlatformTest {
    @Autowired
    ConsultationRegistry registry;
    @Autowired
    ConversationSources sources;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachConversationIsAConsultationWithItsStatementsItsReactionsAndItsSource() {
        for (String name : new String[]{"15-per-hour-seattle", "american-assembly.bowling-green", "brexit-consensus",
                "canadian-electoral-reform"}) {
            String id = PolisDemo.PREFIX + name;
            Path folder = SharedData.dir().resolve("polis").resolve(name);
            PolisExport.Conversation read = PolisExport.read(folder, PolisExport.Limits.DEFAULT);
            assertThat(registry.consultation(id).title("en")).startsWith("Pol.is conversation: ");
            Long proposals = jdbc.queryForObject("SELECT count(*) FROM consultation_proposal WHERE consultation_id = ?", Long.class, id);
            assertThat(proposals).as(name).isEqualTo(read.texts().values().stream().filter(t -> !t.isBlank()).count());
            Long reactions = jdbc.queryForObject("SELECT count(*) FROM consultation_reaction r JOIN consultation_proposal p"
                    + " ON p.id = r.proposal_id WHERE p.consultation_id = ?", Long.class, id);
            assertThat(reactions).as(name).isEqualTo(read.reactions().reactions());
            Long hidden = jdbc.queryForObject("SELECT count(*) FROM consultation_proposal WHERE consultation_id = ?"
                    + " AND hidden_reason IS NOT NULL", Long.class, id);
            assertThat(hidden).as(name).isEqualTo(read.hidden().size());
            Long named = jdbc.queryForObject("SELECT count(*) FROM consultation_proposal WHERE consultation_id = ?"
                    + " AND (author IS NOT NULL OR display_name !~ '^Participant [0-9]+$')", Long.class, id);
            assertThat(named).as(name).isZero();
            var source = sources.of(id).orElseThrow();
            assertThat(source.licence()).isEqualTo("CC BY 4.0");
            assertThat(source.url()).startsWith("https://pol.is/");
            assertThat(source.attribution()).contains("The Computational Democracy Project");
            assertThat(source.caseStudy()).startsWith("https://compdemocracy.org/case-studies/");
        }
        Long imported = jdbc.queryForObject("SELECT count(*) FROM consultation_reaction WHERE participant NOT LIKE 'imported:polis:%'"
                + " AND proposal_id IN (SELECT id FROM consultation_proposal WHERE consultation_id LIKE 'polis-%')", Long.class);
        assertThat(imported).isZero();
    }

    @Test
    void anAbsentFolderIsSkipped() {
        assertThat(registry.consultations()).isNotEmpty();
        new PolisDemo(registry, null, null, null).load(Path.of("/nonexistent-shared-data"));
    }
}

package org.atazan.voting;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On the platform (Spring, PostgreSQL, Spring Modulith's event registry): every public decision on a
 * vote is published once, in the transaction that stores it, and reaches listeners only if that
 * transaction commits.
 */
class VotingEventsTest extends PlatformTest {
    static final String TERRITORIES = """
            [{"code":"E","kind":"country"},{"code":"E/r","kind":"region","parent":"E"},
             {"code":"E/r/1","kind":"station","parent":"E/r","registered":1000},
             {"code":"E/r/2","kind":"station","parent":"E/r","registered":800}]""";

    @LocalServerPort
    int port;
    @Autowired
    AbstractApplicationContext context;
    @Autowired
    Referendums store;
    @Autowired
    VoteRegistry votes;
    @Autowired
    LiveTotals totals;
    @Autowired
    UnitOfWork unitOfWork;
    @Autowired
    DomainEvents events;
    @Autowired
    JdbcClient jdbc;

    HttpTestClient client;
    String id;
    /** Voting events as published, inside their transaction. */
    final List<VotingEvent> published = new CopyOnWriteArrayList<>();
    /** Voting events whose transaction committed. */
    final List<VotingEvent> committed = new CopyOnWriteArrayList<>();
    final ApplicationListener<ApplicationEvent> recorder = this::record;

    @BeforeEach
    void listen() {
        client = new HttpTestClient(port);
        id = "ev-" + UUID.randomUUID().toString().substring(0, 8);
        multicaster().addApplicationListener(recorder);
    }

    @AfterEach
    void stopListening() {
        multicaster().removeApplicationListener(recorder);
    }

    ApplicationEventMulticaster multicaster() {
        return context.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME, ApplicationEventMulticaster.class);
    }

    void record(ApplicationEvent e) {
        if (!(e instanceof PayloadApplicationEvent<?> p) || !(p.getPayload() instanceof VotingEvent event)) return;
        if (!event.referendum().equals(id)) return;
        published.add(event);
        assertThat(TransactionSynchronizationManager.isActualTransactionActive()).as("published inside a transaction").isTrue();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                committed.add(event);
            }
        });
    }

    HttpResponse<String> post(String path, String json) {
        return client.postJson("/api/referendums" + path, json, ADMIN, ADMIN_PASSWORD);
    }

    void createWithTerritories() {
        assertThat(post("", "{\"id\":\"" + id + "\",\"title\":\"Events\",\"date\":\"2026-03-15\"}").statusCode()).isEqualTo(201);
        assertThat(post("/" + id + "/territories", TERRITORIES).statusCode()).isEqualTo(201);
    }

    static String protocol(String station, long yes, long no) {
        return String.format("{\"station\":\"%s\",\"registered\":1000,\"issued\":600,\"inBoxes\":600,\"invalid\":0,\"yes\":%d,\"no\":%d}",
                station, yes, no);
    }

    @Test
    void everyDecisionThroughTheApiIsOneEventDeliveredAfterItCommits() {
        createWithTerritories();
        assertThat(post("/" + id + "/protocols", "[" + protocol("E/r/1", 400, 200) + "," + protocol("E/r/2", 300, 300)
                .replace("\"registered\":1000", "\"registered\":800") + "]").statusCode()).isEqualTo(201);
        assertThat(post("/" + id + "/corrections", protocol("E/r/1", 410, 190).replace("}", ",\"reason\":\"recount\"}"))
                .statusCode()).isEqualTo(201);
        assertThat(post("/" + id + "/turnout", "[{\"unit\":\"E\",\"at\":\"10:00\",\"percent\":12.5}]").statusCode()).isEqualTo(200);
        assertThat(post("/" + id + "/result", "").statusCode()).isEqualTo(201);

        assertThat(committed).extracting(e -> e.getClass().getSimpleName()).containsExactly("VoteCreated", "TerritoriesAdded",
                "ProtocolAccepted", "ProtocolAccepted", "ProtocolCorrected", "TurnoutReported", "ResultPublished");
        assertThat(committed).isEqualTo(published);
        ProtocolCorrected corrected = (ProtocolCorrected) committed.get(4);
        assertThat(corrected.station()).isEqualTo("E/r/1");
        assertThat(corrected.revision()).isEqualTo(2);
        assertThat(corrected.by()).isEqualTo(ADMIN);
        assertThat(corrected.reason()).isEqualTo("recount");
        assertThat(corrected.figures().yes()).isEqualTo(410);
        assertThat(corrected.at()).isEqualTo(store.history(id, "E/r/1").get(1).enteredAt());
        ResultPublished result = (ResultPublished) committed.get(6);
        assertThat(result.totals().yes()).isEqualTo(710);
        assertThat(result.totals().stations()).isEqualTo(2);
    }

    @Test
    void aProtocolFileIsOneEventNamingTheStationsItAdded() {
        createWithTerritories();
        committed.clear();
        byte[] csv = (org.atazan.voting.ProtocolImportTest.header() + "V,Reg,TIK,UIK 1,100,50,50,0,30,20,u\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> r = client.postFile("/api/referendums/" + id + "/imports", "p.csv", csv,
                ADMIN, ADMIN_PASSWORD, "mapping", "ru-2020");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(committed).singleElement().isInstanceOfSatisfying(ProtocolsImported.class, e -> {
            assertThat(e.file()).isEqualTo("p.csv");
            assertThat(e.protocols()).isEqualTo(1);
            assertThat(e.digest()).hasSize(64);
        });
    }

    @Test
    void aRefusedDecisionPublishesNothing() {
        createWithTerritories();
        committed.clear();
        published.clear();
        assertThat(post("/" + id + "/result", "").statusCode()).as("nothing counted").isEqualTo(422);
        assertThat(post("/" + id + "/protocols", protocol("E/r/1", 4000, 200)).statusCode()).isEqualTo(422);
        assertThat(post("/" + id + "/turnout", "[{\"unit\":\"nowhere\",\"at\":\"10:00\",\"percent\":1}]").statusCode()).isEqualTo(422);
        assertThat(post("/" + id + "/territories", "[{\"code\":\"E/r/3\",\"kind\":\"station\",\"parent\":\"none\"}]").statusCode())
                .isEqualTo(422);
        assertThat(published).isEmpty();
        assertThat(committed).isEmpty();
    }

    @Test
    void aDecisionThatFailsAfterPublishingIsRolledBackWithItsEvent() {
        createWithTerritories();
        committed.clear();
        published.clear();
        // The event is published, then the decision fails before its transaction commits.
        DomainEvents thenFail = event -> {
            events.publish(event);
            throw new IllegalStateException("failed after publishing");
        };
        ProtocolDesk desk = new ProtocolDesk(store, votes, totals, unitOfWork, thenFail, Clock.systemUTC());

        assertThatThrownBy(() -> desk.submit(id, List.of(Protocol.single("E/r/1", 1000, 600, 600, 0, 400, 200)), "official"))
                .hasMessage("failed after publishing");

        assertThat(published).hasSize(1);
        assertThat(committed).as("never delivered").isEmpty();
        assertThat(store.history(id, "E/r/1")).as("nothing stored").isEmpty();
        assertThat(totals.tree(id).protocol("E/r/1")).as("nothing counted").isNull();
        // Only this decision's kind: the referendum's creation and territories have publications of their own,
        // which other listeners (the public record) complete, and so delete, on their own threads.
        assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ? AND event_type LIKE ?")
                .param("%" + id + "%").param("%.ProtocolAccepted")
                .query(Long.class).single()).as("no publication kept").isZero();
    }

    @Test
    void noPublicationIsLeftIncompleteOnceTheLiveListenerHasHandledIt() throws InterruptedException {
        createWithTerritories();
        assertThat(post("/" + id + "/protocols", protocol("E/r/1", 400, 200)).statusCode()).isEqualTo(201);
        // LiveEvents handles it on another thread after the commit; until then the registry keeps it.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        long left;
        do {
            left = jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ? AND completion_date IS NULL")
                    .param("%" + id + "%").query(Long.class).single();
            if (left > 0) Thread.sleep(50);
        } while (left > 0 && Instant.now().isBefore(deadline));
        assertThat(left).isZero();
    }
}

package org.atazan.consultation;

import org.atazan.consultation.imports.ImportMapping;
import org.atazan.kernel.BadInputException;
import org.atazan.kernel.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Imports from other channels on the in-memory store: rows, modes, keys, limits and the mappings shipped. */
class ConsultationImportTest {
    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    static final String HEADER = "external_id,received_at,article,kind,language,wording,reasons,region,display_name,status,outcome,answer\n";
    final Clock clock = Clock.fixed(Instant.parse("2026-03-13T05:00:00Z"), ALMATY);
    final InMemoryConsultations store = new InMemoryConsultations();
    final List<Object> events = new ArrayList<>();
    final ArticleIndex index = (charter, version) -> Optional.of(Set.of("1", "42", "52"));
    final ConsultationRegistry registry = new ConsultationRegistry(store, index, UnitOfWork.DIRECT, events::add, clock);
    final ProposalDesk desk = new ProposalDesk(store, registry, UnitOfWork.DIRECT, events::add, clock);

    @BeforeEach
    void open() {
        registry.open(new Consultation("kz-2026", "Draft of 2026", "kz", "2026", 15, LocalDate.of(2026, 1, 31), null), "admin");
    }

    ProposalImport imports(ImportLimits limits) {
        return new ProposalImport(store, registry, desk, UnitOfWork.DIRECT, events::add, clock, limits);
    }

    ImportReport run(String text, String mapping, String format, ImportMode mode) {
        return run(text, mapping, format, mode, ImportLimits.DEFAULTS);
    }

    ImportReport run(String text, String mapping, String format, ImportMode mode, ImportLimits limits) {
        ImportMapping m = ImportMapping.shipped(mapping);
        return imports(limits).proposals(new ImportRequest("kz-2026", "portal." + format, m, format, m.channel(), mode, "secretary"),
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    ImportReport answers(String text, ImportMode mode) {
        ImportMapping m = ImportMapping.shipped("generic");
        return imports(ImportLimits.DEFAULTS).answers(new ImportRequest("kz-2026", "answers.csv", m, "csv", Channel.APPEALS_PORTAL,
                mode, "secretary"), new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String row(String id, String article, String wording) {
        return id + ",2026-02-03T10:15:00+05:00," + article + ",amend,ru,\"" + wording + "\",Потому что.,KZ-ALA,,,,\n";
    }

    List<Proposal> stored() {
        return store.list(new ProposalQuery("kz-2026", null, null, null, null, null, null, null, true, true, null, 200)).proposals();
    }

    @Test
    void rowsAreNumberedInTheOrderReceivedWithTheirStatusAndASecondImportChangesNothing() {
        String csv = HEADER
                + "A-2,2026-02-05T09:00:00+05:00,42,amend,ru,\"Ограничить срок, одним\",Сменяемость.,KZ-AST,Айгерим,registered,,\n"
                + "A-1,2026-02-03 10:15,whole,other,,Write the whole text plainly for everyone.,,KZ-ALA,,answered,rejected,Out of time.\n";
        ImportReport first = run(csv, "generic", "csv", ImportMode.ALL_OR_NOTHING);
        assertThat(first.read()).isEqualTo(2);
        assertThat(first.added()).isEqualTo(2);
        assertThat(first.unchanged()).isZero();
        Proposal a1 = store.byExternalId("kz-2026", Channel.OTHER, "A-1").orElseThrow();
        Proposal a2 = store.byExternalId("kz-2026", Channel.OTHER, "A-2").orElseThrow();
        assertThat(a1.reference()).hasToString("P-2026-000001");
        assertThat(a2.reference()).hasToString("P-2026-000002");
        assertThat(a1.language()).as("detected").isEqualTo(Language.EN);
        assertThat(a1.wholeText()).isTrue();
        assertThat(a1.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(a1.answer()).isEqualTo("Out of time.");
        assertThat(store.history(a1.id())).extracting(StatusChange::status)
                .containsExactly(ProposalStatus.RECEIVED, ProposalStatus.REGISTERED, ProposalStatus.ANSWERED);
        assertThat(a2.wording()).isEqualTo("Ограничить срок, одним");
        assertThat(a2.registeredOn()).isEqualTo(LocalDate.of(2026, 2, 5));
        assertThat(a2.due()).isNotNull();
        assertThat(a2.author().publicName()).contains("Айгерим");
        ProposalsImported event = (ProposalsImported) events.get(events.size() - 1);
        assertThat(event.added()).isEqualTo(2);
        assertThat(event.digest()).isEqualTo(first.digest()).isEqualTo(ProposalsImported.digest(List.of(a1, a2)));

        ImportReport again = run(csv, "generic", "csv", ImportMode.ALL_OR_NOTHING);
        assertThat(again.added()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(stored()).hasSize(2);
    }

    @Test
    void allOrNothingRefusesTheFileAtTheFirstBadRowNamingLineAndField() {
        String csv = HEADER + row("A-1", "42", "Fine text here.") + row("A-2", "999", "No such article.") + row("A-3", "1", "Fine.");
        assertThatThrownBy(() -> run(csv, "generic", "csv", ImportMode.ALL_OR_NOTHING))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("portal.csv line 3, field article")
                .hasMessageContaining("no article '999'")
                .hasMessageContaining("nothing was imported");
        assertThat(stored()).isEmpty();
        assertThatThrownBy(() -> run(HEADER + "A-9,2026-02-03,1,amend,ru,,,,,,,\n", "generic", "csv", ImportMode.ALL_OR_NOTHING))
                .hasMessageContaining("line 2, field wording");
        assertThatThrownBy(() -> run(HEADER + "A-9,yesterday,1,amend,ru,Text,,,,,,\n", "generic", "csv", ImportMode.ALL_OR_NOTHING))
                .hasMessageContaining("line 2, field received_at");
        assertThatThrownBy(() -> run(HEADER + "A-9,2027-01-01,1,amend,ru,Text,,,,,,\n", "generic", "csv", ImportMode.ALL_OR_NOTHING))
                .hasMessageContaining("in the future");
        assertThatThrownBy(() -> run(HEADER + "A-9,2026-01-01,1,amend,ru,Text,,,,answered,,\n", "generic", "csv", ImportMode.ALL_OR_NOTHING))
                .hasMessageContaining("field outcome");
        assertThat(stored()).isEmpty();
    }

    @Test
    void skipInvalidKeepsTheGoodRowsAndABoundedReportOfTheRest() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 250; i++) {
            csv.append(row("G-" + i, "42", "Good proposal number " + i + "."));
            csv.append(row("B-" + i, i % 2 == 0 ? "999" : "1", i % 2 == 0 ? "Bad article." : ""));
        }
        csv.append(row("G-1", "42", "Good proposal number 1."));
        ImportReport r = run(csv.toString(), "generic", "csv", ImportMode.SKIP_INVALID, new ImportLimits(1 << 20, 1000, 1000, 8, 100));
        assertThat(r.read()).isEqualTo(501);
        assertThat(r.added()).isEqualTo(250);
        assertThat(r.skippedTotal()).isEqualTo(251);
        assertThat(r.skipped()).hasSize(100);
        assertThat(r.skippedTruncated()).isTrue();
        assertThat(r.skipped().get(0)).isEqualTo(new RowIssue(3, "wording", "wording", "empty; write some text"));
        assertThat(r.skipped().get(1).field()).isEqualTo("article");
        assertThat(r.skipped().get(1).line()).isEqualTo(5);
        assertThat(r.skippedByReason()).containsEntry("field wording not accepted", 125L)
                .containsEntry("field article not accepted", 125L).containsEntry("external id repeated in the file", 1L);
        assertThat(stored()).hasSize(200); // one page; all 250 are there
        assertThat(store.byExternalId("kz-2026", Channel.OTHER, "G-250")).isPresent();
    }

    @Test
    void aRowChangedSinceItWasImportedIsRefusedNeverOverwritten() {
        run(HEADER + row("A-1", "42", "First text."), "generic", "csv", ImportMode.ALL_OR_NOTHING);
        assertThatThrownBy(() -> run(HEADER + row("A-1", "42", "Other text."), "generic", "csv", ImportMode.ALL_OR_NOTHING))
                .hasMessageContaining("line 2, field wording")
                .hasMessageContaining("imported before as P-2026-000001");
        ImportReport skip = run(HEADER + row("A-1", "42", "Other text.") + row("A-2", "42", "New."), "generic", "csv",
                ImportMode.SKIP_INVALID);
        assertThat(skip.added()).isEqualTo(1);
        assertThat(skip.skippedByReason()).containsEntry("imported before with other content", 1L);
        assertThat(store.byExternalId("kz-2026", Channel.OTHER, "A-1").orElseThrow().wording()).isEqualTo("First text.");
    }

    @Test
    void limitsAreCheckedWhileReadingAndNamed() {
        String many = HEADER + IntStream.rangeClosed(1, 20).mapToObj(i -> row("R-" + i, "1", "Text " + i)).collect(Collectors.joining());
        assertThatThrownBy(() -> run(many, "generic", "csv", ImportMode.SKIP_INVALID, new ImportLimits(1 << 20, 1000, 10, 8, 10)))
                .hasMessageContaining("line 12").hasMessageContaining("atazan.limits.consultation-import-rows");
        assertThatThrownBy(() -> run(many, "generic", "csv", ImportMode.SKIP_INVALID, new ImportLimits(500, 1000, 100, 8, 10)))
                .hasMessageContaining("larger than 500 bytes").hasMessageContaining("atazan.limits.consultation-import-bytes");
        String longLine = HEADER + row("L-1", "1", "x".repeat(2_000));
        assertThatThrownBy(() -> run(longLine, "generic", "csv", ImportMode.SKIP_INVALID, new ImportLimits(1 << 20, 1000, 100, 8, 10)))
                .hasMessageContaining("line 2").hasMessageContaining("atazan.limits.csv-line-chars");
        String deep = "[{\"external_id\":\"J-1\",\"a\":" + "{\"b\":".repeat(20) + "1" + "}".repeat(20) + "}]";
        assertThatThrownBy(() -> run(deep, "generic", "json", ImportMode.SKIP_INVALID, new ImportLimits(1 << 20, 1000, 100, 8, 10)))
                .hasMessageContaining("nested deeper than 8 levels").hasMessageContaining("atazan.limits.json-depth");
        String longString = "[{\"external_id\":\"" + "j".repeat(5_000) + "\"}]";
        assertThatThrownBy(() -> run(longString, "generic", "json", ImportMode.SKIP_INVALID, new ImportLimits(1 << 20, 1000, 100, 8, 10)))
                .hasMessageContaining("atazan.limits.csv-line-chars");
        byte[] latin = (HEADER + "W-1,2026-02-03,1,amend,ru,Texte fran\u00e7ais,,,,,,\n").getBytes(StandardCharsets.ISO_8859_1);
        ImportMapping g = ImportMapping.shipped("generic");
        assertThatThrownBy(() -> imports(ImportLimits.DEFAULTS).proposals(new ImportRequest("kz-2026", "w.csv", g, "csv",
                Channel.OTHER, ImportMode.SKIP_INVALID, "s"), new ByteArrayInputStream(latin)))
                .hasMessageContaining("w.csv line 2: not text");
        assertThatThrownBy(() -> run("{\"items\":", "generic", "json", ImportMode.SKIP_INVALID)).hasMessageContaining("not a JSON array");
        assertThat(stored()).isEmpty();
    }

    @Test
    void theAppealsPortalsCsvExportIsReadThroughItsMapping() {
        String csv = """
                Рег. номер;Дата поступления;Статья;Вид предложения;Язык обращения;Текст предложения;Обоснование;Регион;Заявитель;Статус;Результат;Ответ
                ЖТ-2026-0001;03.02.2026 10:15;42;Изменение;русский;Сократить срок полномочий;Сменяемость власти;KZ-ALA;;Зарегистрировано;;
                ЖТ-2026-0002;04.02.2026 11:00;52;Дополнить;казахский;Мемлекеттік тіл туралы бап қосу;;KZ-AST;Ерлан;Рассмотрено;Отклонено;Вне предмета.
                """;
        ImportReport r = run(csv, "kz-eotinish", "csv", ImportMode.ALL_OR_NOTHING);
        assertThat(r.added()).isEqualTo(2);
        Proposal p = store.byExternalId("kz-2026", Channel.APPEALS_PORTAL, "ЖТ-2026-0002").orElseThrow();
        assertThat(p.kind()).isEqualTo(ProposalKind.ADD);
        assertThat(p.language()).isEqualTo(Language.KK);
        assertThat(p.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(p.receivedAt()).isEqualTo(java.time.LocalDateTime.of(2026, 2, 4, 11, 0).atZone(ALMATY).toInstant());
        assertThatThrownBy(() -> run(csv.replace("Изменение", "Переписать"), "kz-eotinish", "csv", ImportMode.ALL_OR_NOTHING))
                .hasMessageContaining("line 2, field kind (column 'Вид предложения')");
    }

    @Test
    void theEGovernmentPortalsJsonExportIsReadThroughItsMapping() {
        String json = """
                {"exportedAt": "2026-03-01T00:00:00Z", "meta": {"deep": [1, 2, {"x": 3}]},
                 "items": [
                  {"id": "EG-1", "createdAt": "2026-02-10T12:00:00+05:00", "article": "1", "type": "AMENDMENT", "lang": "en",
                   "text": "Say it plainly.", "justification": null, "author": {"displayName": "Dana", "regionCode": "KZ-ALA"},
                   "state": "NEW", "tags": ["a", "b"]},
                  {"id": "EG-2", "createdAt": "2026-02-11T12:00:00+05:00", "article": "77", "type": "AMENDMENT", "lang": "en",
                   "text": "Nope.", "state": "NEW"}
                 ]}""";
        assertThatThrownBy(() -> run(json, "kz-egov", "json", ImportMode.ALL_OR_NOTHING))
                .hasMessageContaining("portal.json line 6, field article: ");
        ImportReport r = run(json, "kz-egov", "json", ImportMode.SKIP_INVALID);
        assertThat(r.added()).isEqualTo(1);
        Proposal p = store.byExternalId("kz-2026", Channel.EGOV_PORTAL, "EG-1").orElseThrow();
        assertThat(p.author().region()).isEqualTo("KZ-ALA");
        assertThat(p.author().publicName()).contains("Dana");
        assertThat(p.status()).isEqualTo(ProposalStatus.RECEIVED);
    }

    @Test
    void answersAreImportedByReferenceOrExternalIdOnceAndThroughTheStatusMachine() {
        ImportMapping m = ImportMapping.shipped("generic");
        imports(ImportLimits.DEFAULTS).proposals(new ImportRequest("kz-2026", "p.csv", m, "csv", Channel.APPEALS_PORTAL,
                ImportMode.ALL_OR_NOTHING, "s"), new ByteArrayInputStream((HEADER + row("E-1", "42", "One.") + row("E-2", "42", "Two."))
                .getBytes(StandardCharsets.UTF_8)));
        String file = """
                reference,external_id,status,outcome,merged_into,reason
                ,E-1,registered,,,Registered.
                P-2026-000001,,answered,accepted,,Taken into the draft.
                ,E-2,registered,,,Registered.
                ,E-2,answered,merged,P-2026-000001,Same as P-2026-000001.
                """;
        ImportReport r = answers(file, ImportMode.ALL_OR_NOTHING);
        assertThat(r.added()).isEqualTo(4);
        Proposal one = store.byExternalId("kz-2026", Channel.APPEALS_PORTAL, "E-1").orElseThrow();
        assertThat(one.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(one.answer()).isEqualTo("Taken into the draft.");
        assertThat(events).filteredOn(e -> e instanceof ProposalAnswered).hasSize(2);
        ImportReport again = answers(file, ImportMode.ALL_OR_NOTHING);
        assertThat(again.added()).isZero();
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(again.skippedTotal()).isZero();

        assertThatThrownBy(() -> answers("reference,status,outcome,reason\nP-2026-000002,answered,rejected,Late.\n", ImportMode.ALL_OR_NOTHING))
                .hasMessageContaining("answers.csv line 2, field status").hasMessageContaining("an answer is final");
        ImportReport skip = answers("reference,status,reason\nP-2026-000009,registered,R.\nP-2026,registered,R.\n", ImportMode.SKIP_INVALID);
        assertThat(skip.skipped()).extracting(RowIssue::field).containsExactly("reference", "reference");
        assertThat(skip.skippedByReason()).containsKeys("no such proposal", "field reference not accepted");
    }

    @Test
    void aMappingOrFormatNotShippedIsRefusedNamingTheField() {
        assertThatThrownBy(() -> ImportMapping.shipped("../etc/passwd")).hasMessageContaining("field mapping");
        assertThatThrownBy(() -> ImportMapping.shipped("kz-egov").formatOf("csv", "x.csv")).hasMessageContaining("field format");
        assertThat(ImportMapping.shipped("generic").formatOf(null, "export.JSON")).isEqualTo("json");
        assertThatThrownBy(() -> ImportMode.of("mode", "some")).hasMessageContaining("field mode");
    }
}

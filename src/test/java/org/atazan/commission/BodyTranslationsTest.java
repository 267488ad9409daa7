package org.atazan.commission;

import org.atazan.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The desk's rules for a body's translations, on the real store: only the secretary or chair, only the body's own texts,
 * bounded one-line translations, a blank one removes, one refused entry stores nothing, and each change is audited.
 */
class BodyTranslationsTest extends PlatformTest {
    static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    static final Instant AT = Instant.parse("2026-03-10T05:00:00Z");
    static final String PLACE = "Астана, Акорда";
    static final String ITEM = "Статья 52: однопалатный Курултай";
    static final String OTHER_ITEM = "Разное";
    static final String OFFICE = "Председатель Конституционного Суда";
    @Autowired
    CommissionDesk desk;
    @Autowired
    JdbcClient jdbc;
    String tag, body, chair, secretary, deputy, member;

    @BeforeEach
    void body() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        body = "texts-" + tag;
        chair = "chair-" + tag;
        secretary = "sec-" + tag;
        deputy = "dep-" + tag;
        member = "m-" + tag;
        LocalDate from = LocalDate.of(2026, 1, 1);
        desk.createBody(new Body(body, Body.Kind.WORKING_GROUP, "Рабочая группа", BodyRules.usual(), List.of(
                new Membership(chair, OFFICE, Role.CHAIR, from, null),
                new Membership(deputy, "Заместитель председателя", Role.DEPUTY_CHAIR, from, null),
                new Membership(secretary, "Айгерим Сапарова", Role.SECRETARY, from, null),
                new Membership(member, "Member One", Role.MEMBER, from, null))));
        // The same title twice and the same place at two meetings: each text is listed once.
        desk.plan(body, "texts-" + tag + "-2", DAY.plusDays(7), PLACE, List.of(new Meeting.Item(OTHER_ITEM, null)), secretary);
        desk.plan(body, "texts-" + tag + "-1", DAY, PLACE, List.of(new Meeting.Item(ITEM, "kz/2026/52"), new Meeting.Item(OTHER_ITEM, null)),
                secretary);
    }

    static Map<String, Map<String, String>> kk(String source, String text) {
        Map<String, String> one = new HashMap<>();
        one.put(source, text);
        return Map.of("kk", one);
    }

    @Test
    void theBodysTextsAreListedOnceInAStableOrderWithTheirTranslations() {
        List<BodyText> texts = desk.texts(body);
        assertThat(texts).extracting(BodyText::source).containsExactly(ITEM, OTHER_ITEM, PLACE, OFFICE, "Заместитель председателя",
                "Айгерим Сапарова", "Member One");
        assertThat(texts).extracting(BodyText::kind).containsExactly(BodyText.Kind.ITEM, BodyText.Kind.ITEM, BodyText.Kind.PLACE,
                BodyText.Kind.MEMBER, BodyText.Kind.MEMBER, BodyText.Kind.MEMBER, BodyText.Kind.MEMBER);
        assertThat(texts).allSatisfy(t -> assertThat(t.translations()).isEmpty());

        assertThat(desk.translate(body, Map.of("kk", Map.of(PLACE, "Астана, Ақорда"), "en", Map.of(PLACE, "Astana, Akorda")), AT, DAY, chair))
                .isEqualTo(2);
        BodyText place = desk.texts(body).get(2);
        assertThat(place.translations()).isEqualTo(Map.of("kk", "Астана, Ақорда", "en", "Astana, Akorda"));
        assertThat(desk.translations(body, "en")).isEqualTo(Map.of(PLACE, "Astana, Akorda"));
    }

    @Test
    void onlyTheSecretaryOrTheChairTranslates() {
        for (String who : List.of(deputy, member, "nobody-" + tag)) {
            assertThatThrownBy(() -> desk.translate(body, kk(ITEM, "52-бап"), AT, DAY, who)).as(who)
                    .isInstanceOf(CommissionRefusal.class).hasMessageContaining("only its secretary or chair translates its texts");
        }
        // A seat whose term has not begun yet is no seat.
        assertThatThrownBy(() -> desk.translate(body, kk(ITEM, "52-бап"), AT, LocalDate.of(2025, 12, 31), secretary))
                .isInstanceOf(CommissionRefusal.class);
        assertThat(desk.translations(body, "kk")).isEmpty();
        assertThat(desk.translate(body, kk(ITEM, "52-бап: бір палаталы Құрылтай"), AT, DAY, secretary)).isEqualTo(1);
        assertThat(desk.translate(body, kk(OTHER_ITEM, "Әртүрлі"), AT, DAY, chair)).isEqualTo(1);
        assertThat(desk.translations(body, "kk")).isEqualTo(Map.of(ITEM, "52-бап: бір палаталы Құрылтай", OTHER_ITEM, "Әртүрлі"));
    }

    @Test
    void aTextThatIsNotTheBodysIsRefusedByNameAndNothingOfTheRequestIsStored() {
        Map<String, String> kk = new java.util.LinkedHashMap<>();
        kk.put(ITEM, "52-бап");
        kk.put("Статья 99: не в повестке", "99-бап");
        var all = new java.util.LinkedHashMap<String, Map<String, String>>();
        all.put("en", Map.of(PLACE, "Astana, Akorda"));
        all.put("kk", kk);
        assertThatThrownBy(() -> desk.translate(body, all, AT, DAY, secretary))
                .isInstanceOfSatisfying(TranslationRefused.class, e -> {
                    assertThat(e.problem()).isEqualTo(TranslationRefused.Problem.NOT_A_TEXT);
                    assertThat(e.language()).isEqualTo("kk");
                    assertThat(e.source()).isEqualTo("Статья 99: не в повестке");
                })
                .hasMessageContaining("field translations.kk").hasMessageContaining("'Статья 99: не в повестке' is not a text of body " + body);
        // Another body's text is not this body's either.
        assertThatThrownBy(() -> desk.translate(body, kk("Председатель Конституционного Суда (другой)", "x"), AT, DAY, secretary))
                .isInstanceOf(TranslationRefused.class);
        assertThat(desk.translations(body, "kk")).isEmpty();
        assertThat(desk.translations(body, "en")).isEmpty();
        assertThat(audits()).isZero();
    }

    @Test
    void aTranslationIsOneLineOfAtMostTheTextLimit() {
        String longest = "қ".repeat(CommissionDesk.MAX_TEXT);
        assertThatThrownBy(() -> desk.translate(body, kk(ITEM, longest + "қ"), AT, DAY, secretary))
                .isInstanceOfSatisfying(TranslationRefused.class, e -> {
                    assertThat(e.problem()).isEqualTo(TranslationRefused.Problem.TOO_LONG);
                    assertThat(e.source()).isEqualTo(ITEM);
                }).hasMessageContaining("field translations.kk").hasMessageContaining("longer than 500");
        for (String control : List.of("52-бап\nекінші жол", "52-бап\u0007", "52-бап\u2028екінші жол", "52\tбап")) {
            assertThatThrownBy(() -> desk.translate(body, kk(ITEM, control), AT, DAY, secretary)).as(control)
                    .isInstanceOfSatisfying(TranslationRefused.class,
                            e -> assertThat(e.problem()).isEqualTo(TranslationRefused.Problem.CONTROL_CHARACTER));
        }
        assertThatThrownBy(() -> desk.translate(body, Map.of("fr", Map.of(ITEM, "Article 52")), AT, DAY, secretary))
                .isInstanceOfSatisfying(TranslationRefused.class, e -> assertThat(e.problem()).isEqualTo(TranslationRefused.Problem.LANGUAGE))
                .hasMessageContaining("field language");
        Map<String, String> many = new HashMap<>();
        for (int i = 0; i <= CommissionDesk.MAX_TRANSLATIONS; i++) many.put("text " + i, "мәтін");
        assertThatThrownBy(() -> desk.translate(body, Map.of("kk", many), AT, DAY, secretary))
                .isInstanceOfSatisfying(TranslationRefused.class, e -> assertThat(e.problem()).isEqualTo(TranslationRefused.Problem.TOO_MANY));
        assertThat(desk.translations(body, "kk")).isEmpty();
        // Exactly the limit, with spaces around it stripped, is stored.
        assertThat(desk.translate(body, kk(ITEM, "  " + longest + " "), AT, DAY, secretary)).isEqualTo(1);
        assertThat(desk.translations(body, "kk")).isEqualTo(Map.of(ITEM, longest));
    }

    @Test
    void aBlankTranslationRemovesItAndReplacingRemovesTheTextsNotNamed() {
        desk.translate(body, Map.of("en", Map.of(ITEM, "Article 52", OTHER_ITEM, "Other business", PLACE, "Astana, Akorda")), AT, DAY, secretary);
        assertThat(desk.translate(body, Map.of("en", Map.of(ITEM, "  ")), AT, DAY, secretary)).isEqualTo(1);
        assertThat(desk.translations(body, "en")).isEqualTo(Map.of(OTHER_ITEM, "Other business", PLACE, "Astana, Akorda"));
        Map<String, String> withNull = new HashMap<>();
        withNull.put(OTHER_ITEM, null);
        assertThat(desk.translate(body, Map.of("en", withNull), AT, DAY, secretary)).isEqualTo(1);
        assertThat(desk.translations(body, "en")).isEqualTo(Map.of(PLACE, "Astana, Akorda"));
        // Blank for a text without a translation, or the same translation again: nothing changes.
        assertThat(desk.translate(body, Map.of("en", Map.of(ITEM, "", PLACE, "Astana, Akorda")), AT, DAY, secretary)).isZero();

        assertThat(desk.replaceTranslations(body, "en", Map.of(ITEM, "Article 52: a unicameral Kurultai"), AT, DAY, chair)).isEqualTo(2);
        assertThat(desk.translations(body, "en")).isEqualTo(Map.of(ITEM, "Article 52: a unicameral Kurultai"));
    }

    @Test
    void eachChangeIsAuditedWithItsLanguageAndCounts() {
        desk.translate(body, Map.of("kk", Map.of(ITEM, "52-бап", PLACE, "Астана, Ақорда"), "en", Map.of(ITEM, "Article 52")), AT, DAY, secretary);
        desk.translate(body, Map.of("kk", Map.of(ITEM, "", PLACE, "Астана, Ақорда")), AT, DAY, chair);
        // Nothing changed: no entry.
        desk.translate(body, Map.of("kk", Map.of(PLACE, "Астана, Ақорда")), AT, DAY, chair);
        List<String> entries = jdbc.sql("SELECT actor || ' ' || summary FROM platform_audit WHERE action = 'commission.translations'"
                + " AND object_type = 'commission-body' AND object_id = ? ORDER BY id").param(body).query(String.class).list();
        assertThat(entries).containsExactlyInAnyOrder(secretary + " texts into kk: 2 translated, 0 removed",
                secretary + " texts into en: 1 translated, 0 removed", chair + " texts into kk: 0 translated, 1 removed");
    }

    int audits() {
        return jdbc.sql("SELECT count(*) FROM platform_audit WHERE action = 'commission.translations' AND object_id = ?").param(body)
                .query(Integer.class).single();
    }
}

package org.atazan.commission.demo;

import org.atazan.commission.Body;
import org.atazan.commission.BodyRules;
import org.atazan.commission.CommissionDesk;
import org.atazan.commission.CommissionStore;
import org.atazan.commission.Majority;
import org.atazan.commission.Meeting;
import org.atazan.commission.Membership;
import org.atazan.commission.MinutesApproval;
import org.atazan.commission.Poll;
import org.atazan.commission.PollResult;
import org.atazan.commission.Role;
import org.atazan.commission.Tally;
import org.atazan.commission.Threshold;
import org.atazan.consultation.ConsultationRegistry;
import org.atazan.consultation.Proposal;
import org.atazan.consultation.ProposalQuery;
import org.atazan.platform.DemoDataSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The demo Constitutional Commission of Kazakhstan's 2026 reform: 130 members (the chair, ex officio the
 * Chair of the Constitutional Court, and two deputy chairs, by office only since the case's sources used
 * here name no one; a secretary and 126 members with GENERATED SAMPLE names), ten closed meetings between
 * 22 January and 11 February 2026 (the commission was formed on 21 January, the first draft published on
 * 31 January, the final one on 12 February; the days between are the demo's), agendas on articles of the
 * 2026 text and the demo consultation's proposals, attendance, speakers, named votes, one secret and one
 * show of hands, and the minutes of each meeting approved at the next (the last ones still a draft).
 * <p>
 * Written in bulk straight to the tables, past-dated: running each step through the desk would reload the
 * meeting for every one of some five thousand votes. No events are published, as for the demo
 * consultation: no one decided anything, so nothing of it enters the public record.
 */
@Component
class CommissionDemo implements DemoDataSet {
    static final String BODY = "kz-constitutional-commission-2026-sample";
    static final Map<String, String> TITLES = Map.of(
            "kk", "Конституциялық комиссия (Қазақстан, 2026)",
            "ru", "Конституционная комиссия (Казахстан, 2026)",
            "en", "Constitutional Commission (Kazakhstan, 2026)");
    static final long SEED = 2026_01_21;
    static final int MEMBERS = 130;
    static final LocalDate FORMED = LocalDate.of(2026, 1, 21);
    static final String CHAIR = "sample:kz-cc:chair", SECRETARY = "sample:kz-cc:secretary";
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final String CONSULTATION = "kz-2026-sample";
    private static final String PLACE = "Астана, Дворец Независимости";
    private static final String MINUTES_ITEM = "Утверждение протокола заседания ";

    /**
     * The demo's texts, typed in Russian as its agendas were, in Kazakh and English (the demo's own translations):
     * the place, the offices the chair and deputies are named by, and every agenda item.
     */
    static final Map<String, String[]> TRANSLATED = Map.ofEntries(
            Map.entry(PLACE, new String[]{"Астана, Тәуелсіздік сарайы", "Astana, Palace of Independence"}),
            Map.entry("Председатель Конституционного Суда", new String[]{"Конституциялық Сот Төрағасы", "Chair of the Constitutional Court"}),
            Map.entry("Заместитель председателя комиссии (1)", new String[]{"Комиссия төрағасының орынбасары (1)", "Deputy chair of the commission (1)"}),
            Map.entry("Заместитель председателя комиссии (2)", new String[]{"Комиссия төрағасының орынбасары (2)", "Deputy chair of the commission (2)"}),
            Map.entry("Регламент работы Конституционной комиссии", new String[]{"Конституциялық комиссияның жұмыс регламенті",
                    "Rules of procedure of the Constitutional Commission"}),
            Map.entry("Обзор предложений граждан, поступивших с 2025 года", new String[]{"2025 жылдан бері түскен азаматтар ұсыныстарына шолу",
                    "Review of the citizens' proposals received since 2025"}),
            Map.entry("Преамбула новой Конституции", new String[]{"Жаңа Конституцияның преамбуласы", "Preamble of the new Constitution"}),
            Map.entry("Статья 1: основы конституционного строя", new String[]{"1-бап: конституциялық құрылыс негіздері",
                    "Article 1: foundations of the constitutional order"}),
            Map.entry("Руководитель рабочей группы по правам человека", new String[]{"Адам құқықтары жөніндегі жұмыс тобының жетекшісі",
                    "Head of the working group on human rights"}),
            Map.entry("Статья 18: помощь адвоката с момента задержания", new String[]{"18-бап: ұсталған сәттен бастап адвокат көмегі",
                    "Article 18: a lawyer from the moment of detention"}),
            Map.entry("Статья 20: частная жизнь и защита персональных данных", new String[]{"20-бап: жеке өмір және дербес деректерді қорғау",
                    "Article 20: private life and the protection of personal data"}),
            Map.entry("Статья 52: однопалатный Курултай", new String[]{"52-бап: бір палаталы Құрылтай", "Article 52: a unicameral Kurultai"}),
            Map.entry("Статья 53: сто сорок пять депутатов по пропорциональной системе", new String[]{
                    "53-бап: пропорционалдық жүйе бойынша жүз қырық бес депутат", "Article 53: one hundred and forty-five deputies elected proportionally"}),
            Map.entry("Статья 70: Қазақстан Халық Кеңесі", new String[]{"70-бап: Қазақстан Халық Кеңесі", "Article 70: the People's Council of Kazakhstan"}),
            Map.entry("Одобрение первого проекта Конституции к опубликованию 31 января", new String[]{
                    "Конституцияның бірінші жобасын 31 қаңтарда жариялауға мақұлдау", "Approval of the first draft of the Constitution for publication on 31 January"}),
            Map.entry("Статья 72: Конституционный Суд и обращения граждан", new String[]{"72-бап: Конституциялық Сот және азаматтардың өтініштері",
                    "Article 72: the Constitutional Court and citizens' petitions"}),
            Map.entry("Предложение: второй срок полномочий Президента", new String[]{"Ұсыныс: Президенттің екінші өкілеттік мерзімі",
                    "Proposal: a second term of office of the President"}),
            Map.entry("Порядок обсуждения поправок второго чтения", new String[]{"Екінші оқылымдағы түзетулерді талқылау тәртібі",
                    "Order of debate on the amendments of the second reading"}),
            Map.entry("Статья 92: изменения Конституции только референдумом", new String[]{"92-бап: Конституцияны тек референдуммен өзгерту",
                    "Article 92: the Constitution amended only by referendum"}),
            Map.entry("Статья 12: права и свободы человека", new String[]{"12-бап: адамның құқықтары мен бостандықтары",
                    "Article 12: human rights and freedoms"}),
            Map.entry("Статья 87: местное государственное управление", new String[]{"87-бап: жергілікті мемлекеттік басқару",
                    "Article 87: local public administration"}),
            Map.entry("Раздел XI: заключительные и переходные положения", new String[]{"XI бөлім: қорытынды және өтпелі ережелер",
                    "Section XI: final and transitional provisions"}),
            Map.entry("Редакционные поправки по итогам обсуждения", new String[]{"Талқылау қорытындысы бойынша редакциялық түзетулер",
                    "Editorial amendments after the debate"}),
            Map.entry("Одобрение окончательного проекта Конституции к опубликованию 12 февраля", new String[]{
                    "Конституцияның түпкілікті жобасын 12 ақпанда жариялауға мақұлдау", "Approval of the final draft of the Constitution for publication on 12 February"}),
            Map.entry("Внесение проекта Президенту для вынесения на республиканский референдум", new String[]{
                    "Жобаны республикалық референдумға шығару үшін Президентке енгізу", "Submission of the draft to the President to be put to a national referendum"}));

    private final CommissionStore store;
    private final CommissionDesk desk;
    private final ConsultationRegistry consultations;
    private final JdbcTemplate jdbc;

    private final DemoAmendments amendments;
    private final Map<String, List<String>> cited = new java.util.HashMap<>();

    CommissionDemo(CommissionStore store, CommissionDesk desk, ConsultationRegistry consultations, JdbcTemplate jdbc,
                   DemoAmendments amendments) {
        this.amendments = amendments;
        this.store = store;
        this.desk = desk;
        this.consultations = consultations;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        // After "charter-1" and "consultation-1" (the agendas cite the 2026 text and the demo proposals).
        return "kz-commission-1";
    }

    record PollSpec(Poll.Kind kind, BodyRules.DecisionKind decision, double forShare) {
    }

    /** An agenda item: its title, the article it is on (null: none), how many take the floor, its polls. */
    record ItemSpec(String title, String article, int speakers, List<PollSpec> polls) {
    }

    static PollSpec named(BodyRules.DecisionKind d, double forShare) {
        return new PollSpec(Poll.Kind.NAMED, d, forShare);
    }

    static ItemSpec item(String title, String article, int speakers, PollSpec... polls) {
        return new ItemSpec(title, article, speakers, List.of(polls));
    }

    /** The ten meetings: day and agenda; from the second on, the first item approves the previous minutes. */
    static List<Map.Entry<LocalDate, List<ItemSpec>>> plan() {
        var P = BodyRules.DecisionKind.PROCEDURE;
        var A = BodyRules.DecisionKind.AMENDMENT;
        var D = BodyRules.DecisionKind.DRAFT;
        return List.of(
                Map.entry(LocalDate.of(2026, 1, 22), List.of(
                        item("Регламент работы Конституционной комиссии", null, 3, named(P, 0.97)),
                        item("Обзор предложений граждан, поступивших с 2025 года", null, 4))),
                Map.entry(LocalDate.of(2026, 1, 24), List.of(
                        item("Преамбула новой Конституции", null, 5, named(A, 0.92)),
                        item("Статья 1: основы конституционного строя", "1", 3, named(A, 0.88)))),
                Map.entry(LocalDate.of(2026, 1, 26), List.of(
                        item("Руководитель рабочей группы по правам человека", null, 2,
                                new PollSpec(Poll.Kind.SECRET, P, 0.74)),
                        item("Статья 18: помощь адвоката с момента задержания", "18", 4, named(A, 0.9)),
                        item("Статья 20: частная жизнь и защита персональных данных", "20", 4, named(A, 0.94)))),
                Map.entry(LocalDate.of(2026, 1, 28), List.of(
                        item("Статья 52: однопалатный Курултай", "52", 5, named(A, 0.86)),
                        item("Статья 53: сто сорок пять депутатов по пропорциональной системе", "53", 4, named(A, 0.81)))),
                Map.entry(LocalDate.of(2026, 1, 30), List.of(
                        item("Статья 70: Қазақстан Халық Кеңесі", "70", 3, named(A, 0.84)),
                        item("Одобрение первого проекта Конституции к опубликованию 31 января", null, 2, named(D, 0.95)))),
                Map.entry(LocalDate.of(2026, 2, 2), List.of(
                        item("Статья 72: Конституционный Суд и обращения граждан", "72", 4, named(A, 0.9)),
                        item("Предложение: второй срок полномочий Президента", "42", 3, named(A, 0.12)))),
                Map.entry(LocalDate.of(2026, 2, 4), List.of(
                        item("Порядок обсуждения поправок второго чтения", null, 1,
                                new PollSpec(Poll.Kind.ANALOG, P, 0.9)),
                        item("Статья 92: изменения Конституции только референдумом", "92", 4, named(A, 0.83)))),
                Map.entry(LocalDate.of(2026, 2, 6), List.of(
                        item("Статья 12: права и свободы человека", "12", 3, named(A, 0.93)),
                        item("Статья 87: местное государственное управление", "87", 2, named(A, 0.79)))),
                Map.entry(LocalDate.of(2026, 2, 9), List.of(
                        item("Раздел XI: заключительные и переходные положения", "94", 3, named(A, 0.88)),
                        item("Редакционные поправки по итогам обсуждения", null, 2, named(A, 0.91)))),
                Map.entry(LocalDate.of(2026, 2, 11), List.of(
                        item("Одобрение окончательного проекта Конституции к опубликованию 12 февраля", null, 5, named(D, 0.96)),
                        item("Внесение проекта Президенту для вынесения на республиканский референдум", null, 1, named(P, 0.97)))));
    }

    @Override
    public void load(Path sharedData) {
        Random r = new Random(SEED);
        Body body = body();
        store.createBody(body);
        store.bodyTitles(BODY, TITLES);
        List<String> accounts = body.members().stream().map(Membership::account).toList();
        List<String> runners = List.of(CHAIR, "sample:kz-cc:deputy-1", "sample:kz-cc:deputy-2", SECRETARY);

        List<Object[]> items = new ArrayList<>(), attendance = new ArrayList<>(), speeches = new ArrayList<>(),
                polls = new ArrayList<>(), votes = new ArrayList<>(), voters = new ArrayList<>();
        List<String> meetingIds = new ArrayList<>();
        Map<String, String[]> amendmentPolls = new java.util.HashMap<>();
        List<Map.Entry<LocalDate, List<ItemSpec>>> plan = plan();
        for (int n = 0; n < plan.size(); n++) {
            LocalDate day = plan.get(n).getKey();
            String id = "kz-cc-2026-" + String.format("%02d", n + 1);
            meetingIds.add(id);
            List<ItemSpec> agenda = new ArrayList<>();
            if (n > 0) {
                agenda.add(item(MINUTES_ITEM + plan.get(n - 1).getKey().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                        null, 0, named(BodyRules.DecisionKind.MINUTES, 0.96)));
            }
            agenda.addAll(plan.get(n).getValue());
            // Between 112 and 126 of the 130 are present; those who run the meeting always are.
            List<String> present = new ArrayList<>(runners);
            List<String> others = new ArrayList<>(accounts.subList(runners.size(), accounts.size()));
            Collections.shuffle(others, r);
            present.addAll(others.subList(0, 108 + r.nextInt(15)));
            for (String a : present) attendance.add(new Object[]{id, a});
            int pollNo = 0;
            int seq = 0;
            for (int i = 0; i < agenda.size(); i++) {
                ItemSpec it = agenda.get(i);
                items.add(new Object[]{id, i, it.title(), reference(it.article())});
                for (int s = 0; s < it.speakers(); s++) {
                    speeches.add(new Object[]{id, seq++, i, s == 0 && it.article() == null ? SECRETARY : present.get(4 + r.nextInt(present.size() - 4))});
                }
                for (PollSpec ps : it.polls()) {
                    String pollId = String.valueOf(++pollNo);
                    Tally t = ballots(r, ps, present, id, pollId, votes, voters);
                    PollResult res = PollResult.of(t, MEMBERS, present.size(), body.rules(), body.rules().majorityFor(ps.decision()));
                    Majority m = res.majority();
                    polls.add(new Object[]{id, pollId, pollNo - 1, ps.kind().name(), ps.decision().name(), t.forVotes(), t.against(),
                            t.abstain(), res.members(), res.present(), res.quorum(), res.base(), res.needed(), res.outcome().name(),
                            m.base().name(), m.share().numerator(), m.share().denominator(), m.share().strictlyMore(),
                            m.abstentionsCount(), i});
                    if (ps.decision() == BodyRules.DecisionKind.AMENDMENT && it.article() != null) {
                        amendmentPolls.putIfAbsent(it.article(), new String[]{id, pollId});
                    }
                }
            }
            jdbc.update("INSERT INTO commission_meeting (id, body_id, day, place, state, current_item) VALUES (?, ?, ?, ?, 'CLOSED', ?)",
                    id, BODY, java.sql.Date.valueOf(day), PLACE, agenda.size() - 1);
        }
        jdbc.batchUpdate("INSERT INTO commission_agenda_item (meeting_id, position, title, reference) VALUES (?, ?, ?, ?)", items);
        translations(plan);
        jdbc.batchUpdate("INSERT INTO commission_attendance (meeting_id, member) VALUES (?, ?)", attendance);
        jdbc.batchUpdate("INSERT INTO commission_speech (meeting_id, seq, item, member) VALUES (?, ?, ?, ?)", speeches);
        jdbc.batchUpdate("""
                INSERT INTO commission_poll (meeting_id, poll_id, position, kind, decision, for_votes, against, abstain, closed,
                  members, present, quorum, base, needed, outcome, majority_base, share_num, share_den, share_strict,
                  abstentions_count, item)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", polls);
        jdbc.batchUpdate("INSERT INTO commission_vote (meeting_id, poll_id, member, choice) VALUES (?, ?, ?, ?)", votes);
        jdbc.batchUpdate("INSERT INTO commission_voter (meeting_id, poll_id, member) VALUES (?, ?, ?)", voters);
        // Each meeting's minutes approved by the first poll of the next; the last meeting's stay a draft.
        for (int n = 0; n + 1 < meetingIds.size(); n++) {
            String approving = meetingIds.get(n + 1);
            var at = plan.get(n + 1).getKey().atTime(LocalTime.of(11, 0)).atZone(ALMATY).toInstant();
            String digest = desk.minutes(meetingIds.get(n)).digest();
            store.approveMinutes(meetingIds.get(n), new MinutesApproval(at, SECRETARY, approving, "1", null, digest));
        }
        // The amendments decided by those polls, and the draft made from the adopted ones on the last day.
        LocalDate last = plan.get(plan.size() - 1).getKey();
        amendments.load(BODY, SECRETARY, amendmentPolls, cited, CONSULTATION, FORMED.plusDays(1).atTime(LocalTime.of(10, 0)).atZone(ALMATY)
                .toInstant(), last);
    }

    /** Kazakh and English for every text the pages show as typed in Russian (the minutes' items: one per meeting's date). */
    private void translations(List<Map.Entry<LocalDate, List<ItemSpec>>> plan) {
        Map<String, String> kk = new java.util.HashMap<>(), en = new java.util.HashMap<>();
        TRANSLATED.forEach((ru, t) -> {
            kk.put(ru, t[0]);
            en.put(ru, t[1]);
        });
        for (int n = 0; n + 1 < plan.size(); n++) {
            LocalDate d = plan.get(n).getKey();
            String date = d.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
            kk.put(MINUTES_ITEM + date, date + " отырысының хаттамасын бекіту");
            en.put(MINUTES_ITEM + date, "Approval of the minutes of the meeting of " + date);
        }
        store.translations(BODY, "kk", kk);
        store.translations(BODY, "en", en);
    }

    /** Every present member votes; the share for is about {@code forShare}, the rest split against and abstaining. */
    private static Tally ballots(Random r, PollSpec ps, List<String> present, String meeting, String poll, List<Object[]> votes,
                                 List<Object[]> voters) {
        int f = 0, a = 0, x = 0;
        for (String m : present) {
            double d = r.nextDouble();
            Poll.Choice c = d < ps.forShare() ? Poll.Choice.FOR : d < ps.forShare() + (1 - ps.forShare()) * 0.6 ? Poll.Choice.AGAINST
                    : Poll.Choice.ABSTAIN;
            switch (c) {
                case FOR -> f++;
                case AGAINST -> a++;
                case ABSTAIN -> x++;
            }
            if (ps.kind() == Poll.Kind.NAMED) votes.add(new Object[]{meeting, poll, m, c.name()});
            else if (ps.kind() == Poll.Kind.SECRET) voters.add(new Object[]{meeting, poll, m});
        }
        return new Tally(f, a, x);
    }

    /** The 2026 text's article and up to three of the demo consultation's proposals on it. */
    private String reference(String article) {
        if (article == null) return null;
        List<Proposal> found = consultations.list(new ProposalQuery(CONSULTATION, article, null, null, null, null, null, null,
                false, true, null, 3, null)).proposals();
        cited.put(article, found.stream().map(p -> p.reference().toString()).toList());
        String ref = "kz/2026, ст. " + article;
        if (!found.isEmpty()) {
            ref += "; " + CONSULTATION + ": " + found.stream().map(p -> p.reference().toString()).collect(Collectors.joining(", "));
        }
        return ref;
    }

    static Body body() {
        BodyRules rules = new BodyRules(Threshold.MORE_THAN_HALF, Map.of(
                BodyRules.DecisionKind.AMENDMENT, Majority.OF_ALL_MEMBERS,
                BodyRules.DecisionKind.DRAFT, Majority.TWO_THIRDS_OF_ALL), true);
        List<Membership> members = new ArrayList<>();
        // By office only: the case's sources say who holds the chair (the Chair of the Constitutional Court) but
        // this demo names no real person.
        members.add(new Membership(CHAIR, "Председатель Конституционного Суда", Role.CHAIR, FORMED, null));
        members.add(new Membership("sample:kz-cc:deputy-1", "Заместитель председателя комиссии (1)", Role.DEPUTY_CHAIR, FORMED, null));
        members.add(new Membership("sample:kz-cc:deputy-2", "Заместитель председателя комиссии (2)", Role.DEPUTY_CHAIR, FORMED, null));
        List<String> names = SampleMembers.names(SEED, MEMBERS - 3);
        members.add(new Membership(SECRETARY, names.get(0), Role.SECRETARY, FORMED, null));
        for (int i = 1; i < names.size(); i++) {
            members.add(new Membership("sample:kz-cc:" + String.format("%03d", i), names.get(i), Role.MEMBER, FORMED, null));
        }
        return new Body(BODY, Body.Kind.REFORM_COMMISSION, TITLES.get("ru"), rules, members);
    }
}

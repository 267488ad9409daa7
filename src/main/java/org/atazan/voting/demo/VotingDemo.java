package org.atazan.voting.demo;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.atazan.platform.DemoDataSet;
import org.atazan.voting.PartyResult;
import org.atazan.voting.Protocol;
import org.atazan.voting.ProtocolImport;
import org.atazan.voting.Referendum;
import org.atazan.voting.Referendums;
import org.atazan.voting.ReferendumRule;
import org.atazan.voting.Revision;
import org.atazan.voting.SeatRule;
import org.atazan.voting.Territory;
import org.atazan.voting.TurnoutReport;
import org.atazan.voting.VoteKind;
import org.atazan.voting.ColumnMapping;
import org.atazan.voting.ImportMode;
import org.atazan.voting.ImportReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo votes, real figures only: Kazakhstan's referendums of 2022 and 2026 at the level that is
 * public (national totals; 2026 turnout per unit through the day), the 2023 Mazhilis party-list vote,
 * and the Russian 2020 vote at full polling-station level.
 */
@Component
class VotingDemo implements DemoDataSet {
    private static final Logger log = LoggerFactory.getLogger(VotingDemo.class);
    private static final String CEC = "Central Election/Referendum Commission of Kazakhstan, national totals (kz-referendums.csv)";

    private final Referendums store;
    private final ProtocolImport imports;
    private final boolean russia;

    VotingDemo(Referendums store, ProtocolImport imports, @Value("${atazan.demo.voting.ru-2020:true}") boolean russia) {
        this.store = store;
        this.imports = imports;
        this.russia = russia;
    }

    @Override
    public String name() {
        return "voting-1";
    }

    @Override
    public void load(Path data) {
        List<CSVRecord> totals = csv(data.resolve("kz-referendums.csv"));
        kazakhstan("kz-2022", "Referendum on amendments to the Constitution of Kazakhstan", Map.of(
                "ru", "Республиканский референдум по поправкам в Конституцию Республики Казахстан",
                "kk", "Қазақстан Республикасының Конституциясына өзгерістер енгізу жөніндегі республикалық референдум"),
                totals.get(0), List.of());
        List<CSVRecord> day = csv(data.resolve("kz-2026-turnout-through-the-day.csv"));
        kazakhstan("kz-2026", "Referendum on the new Constitution of Kazakhstan", Map.of(
                "ru", "Республиканский референдум по новой Конституции Республики Казахстан",
                "kk", "Қазақстан Республикасының жаңа Конституциясы жөніндегі республикалық референдум"),
                totals.get(1), day);
        turnout2026(day);
        parties(data.resolve("kz-mazhilis-2023-party-list.csv"));
        if (russia) {
            store.create(new Referendum("ru-2020", VoteKind.REFERENDUM,
                    "Всероссийское голосование по вопросу одобрения изменений в Конституцию Российской Федерации",
                    LocalDate.of(2020, 7, 1), ReferendumRule.nationalMajority(0), "RU", true,
                    "CEC of Russia, polling-station protocols scraped by S. Shpilkin (dkobak/elections, data/2020.csv.zip)")
                    .withTitles(Map.of("en", "All-Russian vote on the amendments to the Constitution of the Russian Federation",
                            "kk", "Ресей Федерациясы Конституциясына өзгерістерді мақұлдау жөніндегі жалпыресейлік дауыс беру")));
            ImportReport r = imports.run("ru-2020", data.resolve("ru-2020-constitutional-vote.csv.zip"),
                    ColumnMapping.load("ru-2020"), ImportMode.STRICT, "demo");
            log.info("Russian 2020 vote imported: {} protocols, {} territories in {} ms", r.added(), r.newTerritories(), r.millis());
        }
    }

    private void kazakhstan(String id, String title, Map<String, String> titles, CSVRecord t, List<CSVRecord> units) {
        store.create(new Referendum(id, VoteKind.REFERENDUM, title, LocalDate.parse(t.get("date")), ReferendumRule.kazakhstan(), "KZ",
                false, CEC + "; " + t.get("units") + " voting units; results per unit not published").withTitles(titles));
        List<Territory> tree = new ArrayList<>();
        tree.add(new Territory("KZ", "country", Map.of("en", "Kazakhstan", "ru", "Казахстан", "kk", "Қазақстан"), null, 0));
        Map<String, Map<String, String>> names = UnitNames.kazakhstan();
        for (CSVRecord u : units) {
            String en = u.get("region");
            tree.add(new Territory("KZ/" + en, "region", names.getOrDefault(en, Map.of("en", en)), "KZ", 0));
        }
        long yes = n(t, "yes");
        long no = n(t, "no");
        long invalid = n(t, "invalid");
        Protocol national = Protocol.single("KZ", n(t, "registered"), n(t, "voted"), yes + no + invalid, invalid, yes, no);
        store.append(id, tree, List.of(new Revision("KZ", 1, national, "demo", Instant.now(),
                "national totals as published; " + n(t, "not_counted") + " ballots not counted")));
    }

    private void turnout2026(List<CSVRecord> day) {
        List<TurnoutReport> reports = new ArrayList<>();
        for (CSVRecord u : day) {
            for (String hour : List.of("12", "16", "18")) {
                reports.add(new TurnoutReport("KZ/" + u.get("region"), LocalTime.of(Integer.parseInt(hour), 0),
                        new BigDecimal(u.get("turnout_percent_at_" + hour + "_00")), null));
            }
        }
        // National figures announced on the day (README of the data set).
        Object[][] national = {{12, 0, "37.54", 4_677_595L}, {14, 0, "51.93", 6_471_378L}, {16, 0, "64.43", 8_029_286L},
                {18, 0, "70.98", 8_845_280L}, {20, 30, "73.24", 9_126_850L}};
        for (Object[] n : national) {
            reports.add(new TurnoutReport("KZ", LocalTime.of((Integer) n[0], (Integer) n[1]), new BigDecimal((String) n[2]), (Long) n[3]));
        }
        store.addTurnout("kz-2026", reports);
    }

    private void parties(Path file) {
        store.create(new Referendum("kz-mazhilis-2023", VoteKind.PARTY_LIST,
                "Election to the Mazhilis of Kazakhstan, party lists", LocalDate.of(2023, 3, 19), SeatRule.parse("hare:5"), "KZ", true,
                "Central Election Commission of Kazakhstan, final figures (kz-mazhilis-2023-party-list.csv)")
                .withTitles(Map.of("ru", "Выборы депутатов Мажилиса Парламента Республики Казахстан, партийные списки",
                        "kk", "Қазақстан Республикасы Парламенті Мәжілісінің депутаттарын сайлау, партиялық тізімдер")));
        List<PartyResult> rows = new ArrayList<>();
        for (CSVRecord r : csv(file)) {
            String seats = r.get("official_seats");
            rows.add(new PartyResult(r.get("party"), n(r, "votes"), seats.isBlank() ? null : Integer.valueOf(seats)));
        }
        store.saveParties("kz-mazhilis-2023", rows);
    }

    private static long n(CSVRecord r, String column) {
        return Long.parseLong(r.get(column).trim());
    }

    private static List<CSVRecord> csv(Path file) {
        try (Reader in = Files.newBufferedReader(file);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(in)) {
            return p.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("demo data missing: " + file, e);
        }
    }
}

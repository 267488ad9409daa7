package org.atazan.voting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.atazan.kernel.CsvCells;
import org.atazan.voting.LiveTotals;
import org.atazan.voting.Protocol;
import org.atazan.voting.QuestionResult;
import org.atazan.voting.Referendum;
import org.atazan.voting.TallyFigures;
import org.atazan.voting.TallyTree;
import org.atazan.voting.Territory;
import org.atazan.voting.VoteRegistry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Open data: every protocol (latest revision) and every unit's totals, as CSV (commons-csv) and JSON
 * (Jackson's streaming writer), streamed so that 100,000 stations take no more memory than one.
 * Columns: code, name, parent, then the figures; yes/no for the first question, yes_ID/no_ID for the
 * others of a multi-question referendum. In CSV a text cell that a spreadsheet would take for a
 * formula (it starts with =, +, -, @, TAB or CR) begins with a single quote ({@link CsvCells}).
 */
@RestController
@Tag(name = "Open data", description = "Every protocol and total of a referendum, as CSV and JSON")
class OpenDataApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final VoteRegistry votes;
    private final LiveTotals totals;

    OpenDataApi(VoteRegistry votes, LiveTotals totals) {
        this.votes = votes;
        this.totals = totals;
    }

    /** One row of open data: a station's protocol or a unit's totals. */
    private record Row(Territory territory, String name, TallyFigures figures) {
        /** Yes and no of every question, the first one included. */
        List<QuestionResult> answers() {
            return figures.questions() != null ? figures.questions() : List.of(new QuestionResult("", figures.yes(), figures.no()));
        }
    }

    @GetMapping("/api/referendums/{id}/protocols.csv")
    @Operation(summary = "Every station's protocol (latest revision) as CSV")
    void protocolsCsv(@PathVariable String id, HttpServletResponse res) throws IOException {
        csv(id, res, "protocols.csv", "station", true);
    }

    @GetMapping("/api/referendums/{id}/protocols.json")
    @Operation(summary = "Every station's protocol (latest revision) as JSON")
    void protocolsJson(@PathVariable String id, HttpServletResponse res) throws IOException {
        json(id, res, "protocols.json", "station", true);
    }

    @GetMapping("/api/referendums/{id}/totals.csv")
    @Operation(summary = "Totals of every unit above the stations as CSV")
    void totalsCsv(@PathVariable String id, HttpServletResponse res) throws IOException {
        csv(id, res, "totals.csv", "unit", false);
    }

    @GetMapping("/api/referendums/{id}/totals.json")
    @Operation(summary = "Totals of every unit above the stations as JSON")
    void totalsJson(@PathVariable String id, HttpServletResponse res) throws IOException {
        json(id, res, "totals.json", "unit", false);
    }

    private void csv(String id, HttpServletResponse res, String file, String codeColumn, boolean stations) throws IOException {
        Referendum r = votes.vote(id);
        List<String> header = new ArrayList<>(List.of(codeColumn, "name", "parent"));
        if (!stations) header.addAll(List.of("kind", "stations"));
        header.addAll(List.of("registered", "issued", "in_boxes", "invalid"));
        header.addAll(questionColumns(r, "_"));
        header.replaceAll(CsvCells::text);
        try (CSVPrinter out = new CSVPrinter(start(res, id, file, "text/csv"),
                CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setHeader(header.toArray(String[]::new)).get())) {
            rows(id, stations, row -> {
                // Text cells neutralised against formula injection; figures stay numbers.
                List<Object> values = new ArrayList<>(List.of(CsvCells.text(row.territory().code()), CsvCells.text(nullToEmpty(row.name())),
                        CsvCells.text(nullToEmpty(row.territory().parentCode()))));
                TallyFigures t = row.figures();
                if (!stations) values.addAll(List.of(CsvCells.text(row.territory().kind()), t.stations()));
                values.addAll(List.of(t.registered(), t.issued(), t.inBoxes(), t.invalid()));
                for (QuestionResult q : row.answers()) values.addAll(List.of(q.yes(), q.no()));
                try {
                    out.printRecord(values);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    private void json(String id, HttpServletResponse res, String file, String codeField, boolean stations) throws IOException {
        Referendum r = votes.vote(id);
        List<String> names = questionColumns(r, "_");
        try (JsonGenerator g = JSON.createGenerator(start(res, id, file, "application/json"))) {
            g.writeStartArray();
            rows(id, stations, row -> {
                TallyFigures t = row.figures();
                List<QuestionResult> answers = row.answers();
                g.writeStartObject();
                g.writeStringProperty(codeField, row.territory().code());
                g.writeStringProperty("name", row.name());
                g.writeStringProperty("parent", row.territory().parentCode());
                if (!stations) {
                    g.writeStringProperty("kind", row.territory().kind());
                    g.writeNumberProperty("stations", t.stations());
                }
                g.writeNumberProperty("registered", t.registered());
                g.writeNumberProperty("issued", t.issued());
                g.writeNumberProperty("inBoxes", t.inBoxes());
                g.writeNumberProperty("invalid", t.invalid());
                for (int i = 0; i < answers.size() && 2 * i + 1 < names.size(); i++) {
                    g.writeNumberProperty(names.get(2 * i), answers.get(i).yes());
                    g.writeNumberProperty(names.get(2 * i + 1), answers.get(i).no());
                }
                g.writeEndObject();
            });
            g.writeEndArray();
        }
    }

    private static List<String> questionColumns(Referendum r, String separator) {
        List<String> cols = new ArrayList<>();
        for (int i = 0; i < r.questions().size(); i++) {
            String suffix = i == 0 ? "" : separator + r.questions().get(i).id();
            cols.add("yes" + suffix);
            cols.add("no" + suffix);
        }
        return cols;
    }

    /** Every station with a protocol, or every unit above the stations; parents before children. */
    private void rows(String id, boolean stations, Consumer<Row> visit) {
        TallyTree tree = totals.tree(id);
        String lang = Views.language();
        Deque<String> stack = new ArrayDeque<>();
        pushReversed(stack, tree.roots());
        while (!stack.isEmpty()) {
            String code = stack.pop();
            Territory t = tree.territory(code);
            boolean leaf = tree.children(code).isEmpty();
            if (stations && leaf) {
                Protocol p = tree.protocol(code);
                if (p != null) visit.accept(new Row(t, t.name(lang), TallyFigures.of(p)));
            } else if (!stations && !leaf) {
                visit.accept(new Row(t, t.name(lang), TallyFigures.of(tree.total(code), 2)));
            }
            pushReversed(stack, tree.children(code));
        }
    }

    private static void pushReversed(Deque<String> stack, List<String> codes) {
        for (int i = codes.size() - 1; i >= 0; i--) stack.push(codes.get(i));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Writer start(HttpServletResponse res, String id, String file, String type) throws IOException {
        res.setContentType(type + ";charset=UTF-8");
        res.setHeader("Content-Disposition", "inline; filename=\"" + id.replaceAll("[^a-z0-9._-]", "") + "-" + file + "\"");
        return res.getWriter();
    }
}

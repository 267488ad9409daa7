package org.atazan.voting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.atazan.voting.Protocol;
import org.atazan.voting.ReferendumDesk;
import org.atazan.voting.Tally;
import org.atazan.voting.TallyTree;
import org.atazan.voting.Territory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BiConsumer;

/** Open data: every protocol (latest revision) and every unit's totals, as CSV and JSON. */
@RestController
@Tag(name = "Open data", description = "Every protocol and total of a referendum, as CSV and JSON")
class OpenDataApi {
    private final ReferendumDesk desk;

    OpenDataApi(ReferendumDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/api/referendums/{id}/protocols.csv")
    @Operation(summary = "Every station's protocol (latest revision) as CSV")
    void protocolsCsv(@PathVariable String id, HttpServletResponse res) throws IOException {
        PrintWriter w = start(res, id, "protocols.csv", "text/csv");
        w.print("station,parent,registered,issued,in_boxes,invalid,yes,no\n");
        walk(Views.tree(desk, id), (t, tree) -> {
            Protocol p = tree.protocol(t.code());
            if (p != null) w.print(csv(t.code()) + "," + csv(t.parentCode()) + "," + p.registered() + "," + p.issued() + ","
                    + p.inBoxes() + "," + p.invalid() + "," + p.yes() + "," + p.no() + "\n");
        });
        w.flush();
    }

    @GetMapping("/api/referendums/{id}/protocols.json")
    @Operation(summary = "Every station's protocol (latest revision) as JSON")
    void protocolsJson(@PathVariable String id, HttpServletResponse res) throws IOException {
        PrintWriter w = start(res, id, "protocols.json", "application/json");
        w.print("[");
        boolean[] first = {true};
        walk(Views.tree(desk, id), (t, tree) -> {
            Protocol p = tree.protocol(t.code());
            if (p == null) return;
            w.print((first[0] ? "\n" : ",\n") + "{\"station\":" + json(t.code()) + ",\"registered\":" + p.registered()
                    + ",\"issued\":" + p.issued() + ",\"inBoxes\":" + p.inBoxes() + ",\"invalid\":" + p.invalid()
                    + ",\"yes\":" + p.yes() + ",\"no\":" + p.no() + "}");
            first[0] = false;
        });
        w.print("\n]\n");
        w.flush();
    }

    @GetMapping("/api/referendums/{id}/totals.csv")
    @Operation(summary = "Totals of every unit above the stations as CSV")
    void totalsCsv(@PathVariable String id, HttpServletResponse res) throws IOException {
        PrintWriter w = start(res, id, "totals.csv", "text/csv");
        w.print("unit,kind,parent,stations,registered,issued,in_boxes,invalid,yes,no\n");
        walk(Views.tree(desk, id), (t, tree) -> {
            if (tree.children(t.code()).isEmpty()) return;
            Tally s = tree.total(t.code());
            w.print(csv(t.code()) + "," + t.kind() + "," + csv(t.parentCode()) + "," + s.stations() + "," + s.registered() + ","
                    + s.issued() + "," + s.inBoxes() + "," + s.invalid() + "," + s.yes() + "," + s.no() + "\n");
        });
        w.flush();
    }

    @GetMapping("/api/referendums/{id}/totals.json")
    @Operation(summary = "Totals of every unit above the stations as JSON")
    void totalsJson(@PathVariable String id, HttpServletResponse res) throws IOException {
        PrintWriter w = start(res, id, "totals.json", "application/json");
        w.print("[");
        boolean[] first = {true};
        walk(Views.tree(desk, id), (t, tree) -> {
            if (tree.children(t.code()).isEmpty()) return;
            Tally s = tree.total(t.code());
            w.print((first[0] ? "\n" : ",\n") + "{\"unit\":" + json(t.code()) + ",\"kind\":" + json(t.kind())
                    + ",\"stations\":" + s.stations() + ",\"registered\":" + s.registered() + ",\"issued\":" + s.issued()
                    + ",\"inBoxes\":" + s.inBoxes() + ",\"invalid\":" + s.invalid() + ",\"yes\":" + s.yes() + ",\"no\":" + s.no() + "}");
            first[0] = false;
        });
        w.print("\n]\n");
        w.flush();
    }

    private static PrintWriter start(HttpServletResponse res, String id, String file, String type) throws IOException {
        res.setContentType(type + ";charset=UTF-8");
        res.setHeader("Content-Disposition", "inline; filename=\"" + id.replaceAll("[^a-z0-9._-]", "") + "-" + file + "\"");
        return res.getWriter();
    }

    /** Visits every territory, parents before children. */
    private static void walk(TallyTree tree, BiConsumer<Territory, TallyTree> visit) {
        Deque<String> stack = new ArrayDeque<>();
        pushReversed(stack, tree.roots());
        while (!stack.isEmpty()) {
            String code = stack.pop();
            visit.accept(tree.territory(code), tree);
            pushReversed(stack, tree.children(code));
        }
    }

    private static void pushReversed(Deque<String> stack, java.util.List<String> codes) {
        for (int i = codes.size() - 1; i >= 0; i--) stack.push(codes.get(i));
    }

    private static String csv(String s) {
        if (s == null) return "";
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }
}

package org.atazan.record.web;

import jakarta.servlet.http.HttpServletResponse;
import org.atazan.record.ProtocolCheck;
import org.atazan.record.ProtocolCode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The check of a printed protocol's code as a page: a plain GET form (no JavaScript; the check changes
 * nothing), the answer in the reader's language, and a 422 page naming what is wrong with a bad code.
 */
@Controller
class ProtocolCheckPage {
    private final ProtocolRecords records;
    private final ProtocolSheets sheets;
    private final MessageSource messages;

    ProtocolCheckPage(ProtocolRecords records, ProtocolSheets sheets, MessageSource messages) {
        this.records = records;
        this.sheets = sheets;
        this.messages = messages;
    }

    /** One figure as printed and as published, both written in the reader's format ("none" where absent). */
    record Row(String label, String printed, String published, boolean differs) {
    }

    @GetMapping("/record/check")
    String check(@RequestParam(required = false) String code, Model model, HttpServletResponse response) {
        model.addAttribute("site", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        model.addAttribute("verdict", null);
        if (code == null) return "record/check";
        // The form's own text stays in the box, cut to what the box takes.
        model.addAttribute("codeText", code.length() > ProtocolCode.MAX_CHARS ? code.substring(0, ProtocolCode.MAX_CHARS) : code);
        ProtocolCode parsed;
        try {
            parsed = ProtocolCode.parse(code);
        } catch (ProtocolCode.BadCode e) {
            response.setStatus(422);
            model.addAttribute("codeError", text("record.code.bad." + e.reason(), e.field()));
            return "record/check";
        }
        ProtocolCheck.Verdict v = records.check(parsed);
        model.addAttribute("verdict", v);
        boolean several = parsed.figures().stream().filter(f -> f.key().startsWith("y.")).count() > 1;
        Map<String, Long> published = new LinkedHashMap<>();
        if (v.published() != null) v.published().figures().forEach(f -> published.put(f.key(), f.value()));
        List<Row> rows = new ArrayList<>();
        if (v.outcome() != ProtocolCheck.Outcome.UNKNOWN && v.printedRevisionPublished()) {
            Map<String, Long> rest = new LinkedHashMap<>(published);
            for (ProtocolCode.Figure f : parsed.figures()) {
                Long p = rest.remove(f.key());
                rows.add(new Row(sheets.label(f.key(), several), integer(f.value()), p == null ? text("record.code.none") : integer(p),
                        p == null || p != f.value()));
            }
            rest.forEach((k, p) -> rows.add(new Row(sheets.label(k, several), text("record.code.none"), integer(p), true)));
        }
        model.addAttribute("rows", rows);
        if (v.current() != null) {
            model.addAttribute("currentRows", v.current().figures().stream()
                    .map(f -> new Row(sheets.label(f.key(), several), "", integer(f.value()), false)).toList());
        }
        model.addAttribute("problems", v.problems().stream()
                .map(p -> text("record.code.problem." + p.code(), p.args().toArray())).toList());
        model.addAttribute("entryText", v.entryIndex() == null ? "" : integer(v.entryIndex()));
        model.addAttribute("treeText", v.treeSize() == null ? "" : integer(v.treeSize()));
        return "record/check";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static String integer(long n) {
        return NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(n);
    }
}

package org.atazan.consultation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.atazan.consultation.ConsultationRegistry;
import org.atazan.consultation.ConsultationStore;
import org.atazan.consultation.Proposal;
import org.atazan.kernel.CsvCells;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Open data: every public proposal of a consultation, one row each, streamed (commons-csv; Jackson's
 * streaming writer). No personal data: no account, no name, no region, no assignee. Text cells a
 * spreadsheet would take for a formula begin with a single quote ({@link CsvCells}).
 */
@RestController
@Tag(name = "Open data")
class ConsultationOpenData {
    static final String[] HEADER = {"reference", "article", "kind", "language", "channel", "status", "outcome", "merged_into",
            "received_at", "registered_on", "due_on", "supports", "wording", "answer"};
    private final ConsultationRegistry registry;
    private final ConsultationStore store;

    ConsultationOpenData(ConsultationRegistry registry, ConsultationStore store) {
        this.registry = registry;
        this.store = store;
    }

    @GetMapping("/api/consultations/{id}/proposals.csv")
    @Operation(summary = "Every public proposal of a consultation as CSV: reference, article, kind, language, status, dates, "
            + "supports and the public answer; no personal data")
    void csv(@PathVariable String id, HttpServletResponse res) throws IOException {
        registry.consultation(id);
        res.setContentType("text/csv;charset=UTF-8");
        res.setHeader("Content-Disposition", "attachment; filename=\"" + id + "-proposals.csv\"");
        Writer w = res.getWriter();
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(w)) {
            store.forEachPublic(id, p -> {
                try {
                    csv.printRecord(p.reference().toString(), CsvCells.text(p.article() == null ? "whole" : p.article()),
                            p.kind().code(), p.language().code(), p.channel().code(), p.status().code(),
                            p.outcome() == null ? "" : p.outcome().code(), p.mergedInto() == null ? "" : p.mergedInto().toString(),
                            p.receivedAt().toString(), p.registeredOn() == null ? "" : p.registeredOn().toString(),
                            p.due() == null ? "" : p.due().toString(), p.supports(), CsvCells.text(p.wording()), CsvCells.text(p.answer()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @GetMapping("/api/consultations/{id}/proposals.json")
    @Operation(summary = "Every public proposal of a consultation as JSON, the same fields as the CSV; no personal data")
    void json(@PathVariable String id, HttpServletResponse res) throws IOException {
        registry.consultation(id);
        res.setContentType("application/json");
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        ObjectMapper mapper = new ObjectMapper();
        try (JsonGenerator g = mapper.createGenerator(res.getWriter())) {
            g.writeStartArray();
            store.forEachPublic(id, p -> {
                g.writeStartObject();
                g.writeStringProperty("reference", p.reference().toString());
                g.writeStringProperty("article", p.article() == null ? "whole" : p.article());
                g.writeStringProperty("kind", p.kind().code());
                g.writeStringProperty("language", p.language().code());
                g.writeStringProperty("channel", p.channel().code());
                g.writeStringProperty("status", p.status().code());
                g.writeStringProperty("outcome", p.outcome() == null ? null : p.outcome().code());
                g.writeStringProperty("mergedInto", p.mergedInto() == null ? null : p.mergedInto().toString());
                g.writeStringProperty("receivedAt", p.receivedAt().toString());
                g.writeStringProperty("registeredOn", p.registeredOn() == null ? null : p.registeredOn().toString());
                g.writeStringProperty("dueOn", p.due() == null ? null : p.due().toString());
                g.writeNumberProperty("supports", p.supports());
                g.writeStringProperty("wording", p.wording());
                g.writeStringProperty("answer", p.answer());
                g.writeEndObject();
            });
            g.writeEndArray();
        }
    }
}

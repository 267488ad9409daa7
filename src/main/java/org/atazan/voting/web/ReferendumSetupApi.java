package org.atazan.voting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atazan.kernel.BadInputException;
import org.atazan.voting.ImportReport;
import org.atazan.voting.ProtocolImport;
import org.atazan.voting.Referendum;
import org.atazan.voting.ReferendumDesk;
import org.atazan.voting.Territory;
import org.atazan.voting.ColumnMapping;
import org.atazan.voting.ImportMode;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** REST API to set up a referendum: create it, add its territories, import protocol files (election officials). */
@RestController
@RequestMapping("/api/referendums")
@Tag(name = "Referendums", description = "Protocols, totals at every level, results and live updates")
@PreAuthorize("hasAnyRole('ELECTION_OFFICIAL','ADMIN')")
class ReferendumSetupApi {
    private final ReferendumDesk desk;
    private final ProtocolImport imports;

    ReferendumSetupApi(ReferendumDesk desk, ProtocolImport imports) {
        this.desk = desk;
        this.imports = imports;
    }

    record NewQuestion(String id, String text) {
    }

    record NewReferendum(String id, String title, String date, String rule, String country, List<NewQuestion> questions,
                         Map<String, String> titles) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @Operation(summary = "Create a referendum (election official): {id, title, date, rule, country, questions: [{id, text}], titles: {language: title}}; one question worded as the title when none is given")
    Referendum create(@RequestBody NewReferendum b) {
        if (b == null || b.id() == null || b.title() == null || b.date() == null) {
            throw new BadInputException("request body: expected {\"id\", \"title\", \"date\", \"rule\", \"country\"}");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(b.date());
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadInputException("field date: not a date (YYYY-MM-DD): " + b.date());
        }
        List<org.atazan.voting.Question> questions = b.questions() == null ? List.of() : b.questions().stream()
                .map(q -> new org.atazan.voting.Question(q.id(), q.text())).toList();
        Referendum r = new Referendum(b.id(), Referendum.REFERENDUM, b.title(), date, b.rule() == null ? "majority" : b.rule(),
                b.country() == null ? "XX" : b.country().toUpperCase(Locale.ROOT), true, "entered through the API", questions,
                b.titles());
        try {
            r.referendumRule();
        } catch (IllegalArgumentException e) {
            throw new BadInputException("field rule: " + e.getMessage());
        }
        desk.store().create(r);
        return r;
    }

    @PostMapping(value = "/{id}/territories", consumes = "text/csv")
    @ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @Operation(summary = "Add territories from CSV: code,parent,kind,registered,name_kk,name_ru,name_en,... (parents first; all or nothing)")
    Map<String, Object> territoriesCsv(@PathVariable String id, @RequestBody String csv) {
        List<Territory> ts = org.atazan.voting.protocols.TerritoryCsv.read("territories.csv", new java.io.StringReader(csv));
        desk.addTerritories(id, ts);
        return Map.of("added", ts.size());
    }

    @PostMapping(value = "/{id}/territories", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @Operation(summary = "Add territories: [{\"code\", \"kind\", \"parent\", \"names\": {\"en\": ...}, \"registered\"}], parents first")
    Map<String, Object> territories(@PathVariable String id, @RequestBody JsonNode body) {
        if (body == null || !body.isArray()) throw new BadInputException("request body: expected an array of territories");
        List<Territory> ts = new java.util.ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            JsonNode n = body.get(i);
            String where = "territory " + (i + 1) + ", field ";
            if (!n.hasNonNull("code") || !n.hasNonNull("kind")) throw new BadInputException(where + "code/kind: missing");
            Map<String, String> names = new LinkedHashMap<>();
            if (n.has("names") && n.get("names").isObject()) {
                n.get("names").properties().forEach(e -> names.put(e.getKey(), e.getValue().asString()));
            }
            JsonNode reg = n.get("registered");
            if (reg != null && !reg.isIntegralNumber()) throw new BadInputException(where + "registered: not a whole number: " + reg);
            ts.add(new Territory(n.get("code").asString(), n.get("kind").asString(), names,
                    n.hasNonNull("parent") ? n.get("parent").asString() : null, reg == null ? 0 : reg.asLong()));
        }
        desk.addTerritories(id, ts);
        return Map.of("added", ts.size());
    }

    @PostMapping(value = "/{id}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a protocol file (CSV or zipped CSV) with a column mapping; mode strict (default) or skip-invalid")
    ImportReport importFile(@PathVariable String id, @RequestPart("file") MultipartFile file,
                            @RequestParam(defaultValue = "ru-2020") String mapping,
                            @RequestParam(defaultValue = "strict") String mode, Authentication who) {
        ImportMode m = switch (mode.toLowerCase(Locale.ROOT)) {
            case "strict" -> ImportMode.STRICT;
            case "skip-invalid", "skip_invalid" -> ImportMode.SKIP_INVALID;
            default -> throw new BadInputException("field mode: expected strict or skip-invalid, was '" + mode + "'");
        };
        if (mapping.contains("/") || mapping.contains("\\")) throw new BadInputException("field mapping: a shipped mapping name");
        try {
            Path dir = Files.createTempDirectory("atazan-import");
            Path tmp = dir.resolve(UploadName.safe(file.getOriginalFilename()));
            file.transferTo(tmp);
            try {
                return imports.run(id, tmp, ColumnMapping.shipped(mapping), m, who.getName());
            } finally {
                Files.deleteIfExists(tmp);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

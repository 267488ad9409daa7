package org.atazan.voting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atazan.kernel.BadInputException;
import org.atazan.voting.ColumnMapping;
import org.atazan.voting.ImportMode;
import org.atazan.voting.ImportReport;
import org.atazan.voting.ProtocolImport;
import org.atazan.voting.Territory;
import org.atazan.voting.VoteSetup;
import org.atazan.voting.protocols.TerritoryCsv;
import org.springframework.http.HttpStatus;
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
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** REST API to set up a referendum: create it, add its territories, import protocol files (election officials). */
@RestController
@RequestMapping("/api/referendums")
@Tag(name = "Referendums", description = "Protocols, totals at every level, results and live updates")
@PreAuthorize("hasAnyRole('ELECTION_OFFICIAL','ADMIN')")
class ReferendumSetupApi {
    private final VoteSetup setup;
    private final ProtocolImport imports;
    private final RequestBodies bodies;
    private final VoteAccess access;

    ReferendumSetupApi(VoteSetup setup, ProtocolImport imports, RequestBodies bodies, VoteAccess access) {
        this.access = access;
        this.setup = setup;
        this.imports = imports;
        this.bodies = bodies;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a referendum (election official): {id, title, date, rule, country, questions: [{id, text}], titles: {language: title}}; "
            + "one question worded as the title when none is given. The account that creates it may act on it from then on.")
    VoteJson create(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                            schema = @Schema(implementation = SetupRequests.NewReferendum.class)))
                    @RequestBody JsonNode body, Authentication who) {
        SetupRequests.NewReferendum asked = bodies.one(body, SetupRequests.NewReferendum.class,
                "{\"id\", \"title\", \"date\", \"rule\", \"country\"}");
        return VoteJson.of(setup.create(asked.vote(), who.getName()));
    }

    @PostMapping(value = "/{id}/territories", consumes = "text/csv")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add territories from CSV (officials assigned to the vote): code,parent,kind,registered,name_kk,name_ru,name_en,... (parents first; all or nothing)")
    Map<String, Object> territoriesCsv(@PathVariable String id, @RequestBody String csv, Authentication who) {
        access.require(who, id);
        List<Territory> ts = TerritoryCsv.read("territories.csv", new StringReader(csv));
        setup.addTerritories(id, ts, who.getName());
        return Map.of("added", ts.size());
    }

    @PostMapping(value = "/{id}/territories", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add territories (officials assigned to the vote): [{\"code\", \"kind\", \"parent\", \"names\": {\"en\": ...}, \"registered\"}], parents first")
    Map<String, Object> territories(@PathVariable String id, Authentication who,
                                    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                            array = @ArraySchema(schema = @Schema(implementation = SetupRequests.NewTerritory.class))))
                                    @RequestBody JsonNode body) {
        access.require(who, id);
        List<Territory> ts = bodies.list(body, SetupRequests.NewTerritory.class, "territory").stream()
                .map(SetupRequests.NewTerritory::territory).toList();
        setup.addTerritories(id, ts, who.getName());
        return Map.of("added", ts.size());
    }

    @PostMapping(value = "/{id}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a protocol file (officials assigned to the vote; CSV or zipped CSV) with a column mapping; mode strict (default) or skip-invalid")
    ImportReport importFile(@PathVariable String id, @RequestPart("file") MultipartFile file,
                            @RequestParam(defaultValue = "ru-2020") String mapping,
                            @RequestParam(defaultValue = "strict") String mode, Authentication who) {
        access.require(who, id);
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

package org.atazan.charter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.atazan.charter.Charter;
import org.atazan.charter.CharterLibrary;
import org.atazan.charter.CharterVersion;
import org.atazan.charter.NewVersion;
import org.atazan.charter.TextMatch;
import org.atazan.charter.VersionStatus;
import org.atazan.charter.VersionSummary;
import org.atazan.charter.akn.AknMetadata;
import org.atazan.charter.akn.AknWriter;
import org.atazan.charter.compare.ComparisonJson;
import org.atazan.kernel.BadInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** REST API for charters, their versions and articles (reading is public, writing needs the secretariat). */
@RestController
@RequestMapping("/api/charters")
@Tag(name = "Charters", description = "Constitutions as structured, versioned text")
class CharterApi {

    private final CharterLibrary library;
    private final Validator validator;

    CharterApi(CharterLibrary library, Validator validator) {
        this.library = library;
        this.validator = validator;
    }

    /** A new charter; the core checks the same rules again, for callers that are not this API. */
    record CharterBody(
            @NotBlank(message = "is missing or blank")
            @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,63}", message = "must be 1-64 characters: a-z, 0-9, '.', '_', '-'")
            String id,
            @NotBlank(message = "is missing or blank")
            String title,
            @NotBlank(message = "is missing or blank")
            @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter ISO 3166 code such as kz")
            String country,
            Map<@Pattern(regexp = "[a-z]{2,3}", message = "must be a language code such as kk, ru, en") String,
                    @NotBlank(message = "is missing or blank") String> titles) {
    }

    record CharterOut(String id, String title, String country, Map<String, String> titles,
                      List<CharterJson.Version> versions) {
    }

    @GetMapping
    @Operation(summary = "All charters with their versions")
    List<CharterOut> charters() {
        return library.charters().stream().map(this::out).toList();
    }

    @GetMapping("/{charter}")
    @Operation(summary = "One charter with its versions")
    CharterOut charter(@PathVariable String charter) {
        return out(library.charter(charter));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('SECRETARY', 'ADMIN')")
    @Operation(summary = "Create a charter (secretariat): {id, title, country, titles: {language: title}}")
    ResponseEntity<CharterOut> create(@RequestBody CharterBody body) {
        RequestChecks.valid(validator, body, "{\"id\", \"title\", \"country\", \"titles\"}");
        Charter c = new Charter(body.id(), body.title(), body.country() == null ? null : body.country().toLowerCase(Locale.ROOT),
                body.titles());
        library.create(c);
        return ResponseEntity.created(URI.create("/api/charters/" + c.id())).body(out(c));
    }

    @GetMapping("/{charter}/versions")
    @Operation(summary = "The versions of a charter, oldest first")
    List<CharterJson.Version> versions(@PathVariable String charter) {
        return library.versions(charter).stream().map(CharterJson.Version::of).toList();
    }

    @PostMapping(value = "/{charter}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('SECRETARY', 'ADMIN')")
    @Operation(summary = "Add a version from a text, Markdown or Akoma Ntoso file (secretariat); all or nothing")
    ResponseEntity<CharterJson.Version> addVersion(@PathVariable String charter,
                                                   @RequestPart("file") MultipartFile file,
                                                   @RequestParam String id,
                                                   @RequestParam String date,
                                                   @RequestParam String language,
                                                   @RequestParam(defaultValue = "draft") String status,
                                                   @RequestParam(defaultValue = "") String title,
                                                   @RequestParam(defaultValue = "") String source,
                                                   @RequestParam(required = false) String patterns,
                                                   Authentication who) throws IOException {
        VersionSummary s = new VersionSummary(charter, id, date(date), language, status(status), title, source, 0);
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        VersionSummary stored = library.addVersion(new NewVersion(s, name, file.getBytes(), patterns, who.getName()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/charters/" + charter + "/versions/" + stored.id()))
                .body(CharterJson.Version.of(stored));
    }

    @GetMapping("/{charter}/versions/{version}")
    @Operation(summary = "A version's whole structured text")
    CharterJson.Text version(@PathVariable String charter, @PathVariable String version) {
        CharterVersion v = library.version(charter, version);
        return CharterJson.Text.of(v.summary(), v.text());
    }

    @GetMapping(value = "/{charter}/versions/{version}/akn", produces = "application/akn+xml")
    @Operation(summary = "A version as Akoma Ntoso 3.0 XML")
    ResponseEntity<String> akn(@PathVariable String charter, @PathVariable String version) {
        CharterVersion v = library.version(charter, version);
        VersionSummary s = v.summary();
        String xml = AknWriter.write(v.text(), AknMetadata.of(library.charter(charter).country(), s));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/akn+xml;charset=UTF-8")).body(xml);
    }

    @GetMapping("/{charter}/versions/{version}/articles")
    @Operation(summary = "The articles of a version in reading order")
    List<CharterJson.Node> articles(@PathVariable String charter, @PathVariable String version) {
        return library.version(charter, version).text().articles().stream().map(CharterJson.Node::article).toList();
    }

    @GetMapping("/{charter}/versions/{version}/articles/{number}")
    @Operation(summary = "One article by its number as written (\"1\", \"3-1\", \"91a\")")
    CharterJson.Node article(@PathVariable String charter, @PathVariable String version, @PathVariable String number) {
        return CharterJson.Node.article(library.article(charter, version, number));
    }

    @GetMapping("/{charter}/versions/{version}/search")
    @Operation(summary = "Full-text search in a version")
    List<TextMatch> search(@PathVariable String charter, @PathVariable String version, @RequestParam String q,
                           @RequestParam(defaultValue = "20") int limit) {
        return library.search(charter, version, q, limit).stream()
                .map(m -> new TextMatch(m.articleNumber(), m.heading(),
                        m.snippet().replace(TextMatch.START, '[').replace(TextMatch.END, ']'), m.rank()))
                .toList();
    }

    @GetMapping("/{charter}/comparisons")
    @Operation(summary = "Compare two versions of a charter: counts, changed-word share and a redline per change")
    ComparisonJson compare(@PathVariable String charter, @RequestParam String from, @RequestParam String to) {
        return ComparisonJson.of(charter, from, to, library.compare(charter, from, to));
    }

    private CharterOut out(Charter c) {
        return new CharterOut(c.id(), c.title(), c.country(), c.titles(),
                library.versions(c.id()).stream().map(CharterJson.Version::of).toList());
    }

    private static LocalDate date(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new BadInputException("field 'date': '" + date + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static VersionStatus status(String status) {
        try {
            return VersionStatus.valueOf(status.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("field 'status': '" + status + "' is not one of draft, adopted, in_force, superseded");
        }
    }
}

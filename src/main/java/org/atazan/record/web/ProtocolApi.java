package org.atazan.record.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atazan.kernel.BadInputException;
import org.atazan.record.ProtocolCheck;
import org.atazan.record.ProtocolCode;
import org.atazan.record.SignedNote;
import org.atazan.voting.Revision;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A station's protocol for observers: printed (PDF with the QR code), as published with its record
 * entries and proofs (what the command line checks a code against), and a code checked on the server.
 */
@RestController
@Tag(name = "Public record", description = "A tamper-evident log of every public decision, verifiable offline")
class ProtocolApi {
    private final ProtocolRecords records;
    private final ProtocolSheets sheets;

    ProtocolApi(ProtocolRecords records, ProtocolSheets sheets) {
        this.records = records;
        this.sheets = sheets;
    }

    @GetMapping(value = "/api/record/protocols/{vote}/protocol.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "A station's protocol to print (PDF, in the language of ?lang=kk|ru|en): the figures, the revision, "
            + "the public record's entry and a QR code holding the payload that `record check-protocol` and /record/check read")
    @ApiResponse(responseCode = "200", description = "one A4 page", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "no such vote, station, protocol or revision")
    @ApiResponse(responseCode = "422", description = "a revision below 1")
    ResponseEntity<byte[]> pdf(@PathVariable String vote,
                               @Parameter(description = "the station's code") @RequestParam String station,
                               @Parameter(description = "the revision (default: the current one)") @RequestParam(required = false) Integer revision) {
        if (revision != null && revision < 1) throw new BadInputException("parameter revision: a revision is 1 or more");
        byte[] pdf = sheets.pdf(vote, station, revision);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.maxAge(Duration.ofSeconds(10)).cachePublic())
                .header("Content-Disposition", ContentDisposition.inline()
                        .filename("protocol-" + station.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    /** One revision's entry in the record, with its inclusion proof in the tree of the checkpoint; hashes in hex. */
    record EntryOut(long index, long treeSize, String entry, String leafHash, List<String> inclusionProof) {
    }

    record RevisionOut(int revision, Instant acceptedAt, Map<String, Long> figures, EntryOut entry) {
    }

    record PublishedOut(String vote, String station, int currentRevision, List<RevisionOut> revisions, String checkpoint) {
    }

    @GetMapping("/api/record/protocols/{vote}")
    @Operation(summary = "A station's protocol as published: every revision with its figures (by the keys of the printed code) "
            + "and its public record entry with an inclusion proof in the tree of the signed checkpoint given (null while not appended)")
    @ApiResponse(responseCode = "404", description = "no such vote, station or protocol")
    PublishedOut published(@PathVariable String vote, @Parameter(description = "the station's code") @RequestParam String station) {
        ProtocolRecords.Station s = records.station(vote, station);
        SignedNote note = records.checkpoint();
        HexFormat hex = HexFormat.of();
        List<RevisionOut> revisions = s.revisions().stream().map(r -> new RevisionOut(r.number(), r.enteredAt(), figures(r),
                records.evidence(vote, station, r.number(), note).map(e -> new EntryOut(e.index(), e.checkpoint().size(),
                        new String(e.entry(), StandardCharsets.UTF_8), hex.formatHex(org.atazan.record.Merkle.leafHash(e.entry())),
                        e.proof().stream().map(hex::formatHex).toList())).orElse(null))).toList();
        return new PublishedOut(vote, station, s.current().number(), revisions, note.serialized());
    }

    private static Map<String, Long> figures(Revision r) {
        Map<String, Long> m = new LinkedHashMap<>();
        ProtocolCode.figures(r.protocol()).forEach(f -> m.put(f.key(), f.value()));
        return m;
    }

    record DifferenceOut(String figure, Long printed, Long published) {
    }

    record ProblemOut(String code, String text) {
    }

    record VerdictOut(String outcome, String vote, String station, int printedRevision, boolean corrected, Integer currentRevision,
                      Map<String, Long> currentFigures, List<DifferenceOut> differences, List<ProblemOut> problems,
                      Long entryIndex, String leafHash, Long treeSize, boolean proofVerified) {
    }

    @GetMapping("/api/record/protocol-check")
    @Operation(summary = "Check the text of a printed protocol's QR code against what was published: outcome HOLDS (exactly these "
            + "figures, and the record entry proved in the signed checkpoint when the code names one), DIFFERS (the figures that "
            + "differ, or what does not hold in the record), CORRECTED (a later revision counts: its figures) or UNKNOWN (nothing "
            + "published for that station)")
    @ApiResponse(responseCode = "422", description = "the code is not a protocol's code: the problem names the field")
    VerdictOut check(@Parameter(description = "the code's text, ATZP1;v=…") @RequestParam String code) {
        return verdict(records.check(ProtocolCode.parse(code)));
    }

    static VerdictOut verdict(ProtocolCheck.Verdict v) {
        Map<String, Long> current = null;
        if (v.current() != null) {
            current = new LinkedHashMap<>();
            for (ProtocolCode.Figure f : v.current().figures()) current.put(f.key(), f.value());
        }
        return new VerdictOut(v.outcome().name(), v.code().vote(), v.code().station(), v.code().revision(), v.corrected(),
                v.current() == null ? null : v.current().revision(), current,
                v.differences().stream().map(d -> new DifferenceOut(d.key(), d.printed(), d.published())).toList(),
                v.problems().stream().map(p -> new ProblemOut(p.code(), p.english())).toList(),
                v.entryIndex(), v.leafHash(), v.treeSize(), v.proofVerified());
    }
}

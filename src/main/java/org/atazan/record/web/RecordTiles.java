package org.atazan.record.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.atazan.record.PublicRecord;
import org.atazan.record.Tiles;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The log as static resources (C2SP tlog-tiles) under {@code /record}: the signed checkpoint,
 * hash tiles and entry bundles, which anyone (or any cache) can copy. A full tile never changes and
 * is cached for a year; a partial tile and the checkpoint for seconds. Public as every GET of a
 * page is (platform security); a bad path is a 400 problem, a tile the log does not have yet a 404.
 */
@RestController
@Tag(name = "Public record")
class RecordTiles {
    static final String PREFIX = "/record/";
    static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);
    static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    static final CacheControl SHORT = CacheControl.maxAge(Duration.ofSeconds(10)).cachePublic();

    private final PublicRecord record;

    RecordTiles(PublicRecord record) {
        this.record = record;
    }

    @GetMapping(value = "/record/checkpoint", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "The log's latest checkpoint as a signed note (C2SP tlog-checkpoint, signed-note)")
    ResponseEntity<String> checkpoint() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofSeconds(5)).cachePublic())
                .contentType(TEXT).body(record.checkpoint().serialized());
    }

    @GetMapping(value = "/record/key", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "The verifier key of the checkpoints (signed-note vkey: name+keyhash+base64 key)")
    ResponseEntity<String> key() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .contentType(TEXT).body(record.verifier().text() + "\n");
    }

    @GetMapping(value = "/record/keys", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Every verifier key of the log, one per line: the current one first, then earlier ones (after a rotation)")
    ResponseEntity<String> keys() {
        StringBuilder b = new StringBuilder();
        for (var k : record.keys()) b.append(k.text()).append('\n');
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .contentType(TEXT).body(b.toString());
    }

    @GetMapping("/record/tile/**")
    @Operation(summary = "A hash tile tile/<L>/<N>[.p/<W>] or an entry bundle tile/entries/<N>[.p/<W>] (C2SP tlog-tiles)")
    ResponseEntity<byte[]> tile(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Tiles.Tile tile;
        try {
            tile = Tiles.parse(path.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new BadTilePath(path + ": " + e.getMessage());
        }
        byte[] body = record.tile(tile).orElseThrow(() -> new TileNotThere(
                path + ": the log does not have this " + (tile.entries() ? "bundle" : "tile") + " (yet)"));
        return ResponseEntity.ok().cacheControl(tile.full() ? IMMUTABLE : SHORT)
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(body);
    }

    static final class BadTilePath extends RuntimeException {
        BadTilePath(String message) {
            super(message);
        }
    }

    static final class TileNotThere extends RuntimeException {
        TileNotThere(String message) {
            super(message);
        }
    }

    @ExceptionHandler(BadTilePath.class)
    ResponseEntity<ProblemDetail> badPath(BadTilePath e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("Not a tile path");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    @ExceptionHandler(TileNotThere.class)
    ResponseEntity<ProblemDetail> notThere(TileNotThere e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setTitle("Not in the log");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.maxAge(Duration.ofSeconds(10)))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}

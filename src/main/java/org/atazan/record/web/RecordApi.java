package org.atazan.record.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atazan.kernel.BadInputException;
import org.atazan.kernel.NotFoundException;
import org.atazan.record.PublicRecord;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * The public record for anyone: the signed checkpoint (cacheable for seconds), the log's verifier key,
 * an entry with its inclusion proof, and consistency proofs between two sizes. Hashes are base64, as
 * in the checkpoint.
 */
@RestController
@Tag(name = "Public record", description = "A tamper-evident log of every public decision, verifiable offline")
class RecordApi {
    private final PublicRecord record;

    RecordApi(PublicRecord record) {
        this.record = record;
    }

    @GetMapping(value = "/api/record/checkpoint", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "The log's latest checkpoint (C2SP tlog-checkpoint) as a signed note (C2SP signed-note, Ed25519)")
    @ApiResponse(responseCode = "200", description = "origin, tree size, base64 root hash; an empty line; the signature lines")
    ResponseEntity<String> checkpoint() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofSeconds(5)).cachePublic())
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)).body(record.checkpoint().serialized());
    }

    @GetMapping(value = "/api/record/key", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "The verifier key of the log's checkpoints: name+keyhash+base64 key (signed-note format)")
    @ApiResponse(responseCode = "200", description = "one line")
    ResponseEntity<String> key() {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(record.verifier().text() + "\n");
    }

    /** @param signing whether it signs new checkpoints (the current key, or an earlier one still co-signing) */
    record KeyOut(String key, String keyHash, boolean current, boolean signing) {
    }

    @GetMapping("/api/record/keys")
    @Operation(summary = "Every verifier key of the log: the current one first, then earlier ones after a rotation")
    List<KeyOut> keys() {
        return record.keys().stream().map(k -> new KeyOut(k.text(), String.format("%08x", k.keyHash()),
                k.equals(record.verifier()), record.signs(k))).toList();
    }

    record EntryOut(long index, long treeSize, String entry, String leafHash, List<String> inclusionProof) {
    }

    @GetMapping("/api/record/entries/{index}")
    @Operation(summary = "One entry (canonical JSON, RFC 8785) with its RFC 9162 inclusion proof in the tree of treeSize "
            + "(default: the latest checkpoint's size)")
    @ApiResponse(responseCode = "200", description = "the entry, its leaf hash and the proof, hashes in base64")
    EntryOut entry(@PathVariable long index, @RequestParam(required = false) Long treeSize) {
        long size = treeSize != null ? treeSize : sizeOfLatest();
        if (index < 0 || index >= size) throw new NotFoundException("no entry " + index + " in a tree of " + size);
        try {
            PublicRecord.Inclusion in = record.inclusion(index, size);
            return new EntryOut(index, size, new String(in.entry(), StandardCharsets.UTF_8), b64(in.leafHash()),
                    in.proof().stream().map(RecordApi::b64).toList());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("parameter treeSize: " + e.getMessage());
        }
    }

    record ConsistencyOut(long first, long second, List<String> proof) {
    }

    @GetMapping("/api/record/consistency")
    @Operation(summary = "RFC 9162 consistency proof that the tree of size first is a prefix of the tree of size second")
    @ApiResponse(responseCode = "200", description = "the proof, hashes in base64")
    ConsistencyOut consistency(@RequestParam long first, @RequestParam long second) {
        if (first < 1 || first > second) throw new BadInputException("parameters first and second: 1 <= first <= second");
        try {
            return new ConsistencyOut(first, second, record.consistency(first, second).stream().map(RecordApi::b64).toList());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("parameter second: " + e.getMessage());
        }
    }

    private long sizeOfLatest() {
        String text = record.checkpoint().text();
        return Long.parseLong(text.split("\n")[1]);
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }
}

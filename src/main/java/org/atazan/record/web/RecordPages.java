package org.atazan.record.web;

import org.atazan.kernel.NotFoundException;
import org.atazan.record.Checkpoint;
import org.atazan.record.PublicRecord;
import org.atazan.record.SignedNote;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The public record explained to a reader: what it is, the latest signed checkpoint, how to verify it
 * with the command line, and one entry with its leaf hash and inclusion proof. Pages, not the API: the
 * JSON stays at /api/record/…, the tiles at /record/tile/…, /record/checkpoint and /record/key.
 */
@Controller
class RecordPages {
    record KeyLine(String text, String status) {
    }

    static final int LATEST = 10;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PublicRecord record;
    private final ZoneId zone;

    RecordPages(PublicRecord record, @Value("${atazan.consultation.zone:Asia/Almaty}") ZoneId zone) {
        this.record = record;
        this.zone = zone;
    }

    /** One line of the latest entries: its index, kind, the object it concerns and when it was decided. */
    record Line(long index, String indexText, String kind, String object, String at) {
    }

    @GetMapping("/record")
    String index(Model model) {
        SignedNote note = record.checkpoint();
        Checkpoint cp = Checkpoint.parse(note.text());
        model.addAttribute("size", cp.size());
        model.addAttribute("sizeText", integer(cp.size()));
        model.addAttribute("lastText", integer(Math.max(0, cp.size() - 1)));
        model.addAttribute("rootBase64", Base64.getEncoder().encodeToString(cp.rootHash()));
        model.addAttribute("note", note.serialized());
        model.addAttribute("origin", record.origin());
        model.addAttribute("keyName", record.verifier().name());
        // After a rotation: each key with what it does now (signs, co-signs, or only verifies old checkpoints).
        model.addAttribute("keys", record.keys().stream().map(k -> new KeyLine(k.text(),
                k.equals(record.verifier()) ? "current" : record.signs(k) ? "co-signing" : "retired")).toList());
        model.addAttribute("base", base());
        model.addAttribute("site", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        List<Line> latest = new ArrayList<>();
        long from = Math.max(0, cp.size() - LATEST);
        long i = from;
        for (byte[] e : record.entries(from, (int) (cp.size() - from))) {
            JsonNode n = parse(e);
            latest.add(new Line(i, integer(i), text(n, "kind"), text(n, "object"), when(n)));
            i++;
        }
        java.util.Collections.reverse(latest); // newest first
        model.addAttribute("latest", latest);
        return "record/index";
    }

    /** The lookup form without JavaScript: a number goes to its page, anything else back with the reason. */
    @GetMapping("/record/entry")
    String lookup(@RequestParam(required = false) String index, Model model) {
        long n;
        try {
            n = Long.parseLong(index == null ? "" : index.strip());
        } catch (NumberFormatException e) {
            model.addAttribute("lookupError", "record.lookup.notANumber");
            return index(model);
        }
        return "redirect:/record/entry/" + n;
    }

    @GetMapping("/record/entry/{index}")
    String entry(@PathVariable long index, Model model) {
        SignedNote note = record.checkpoint();
        Checkpoint cp = Checkpoint.parse(note.text());
        if (index < 0 || index >= cp.size()) throw new NotFoundException("no entry " + index + " in a tree of " + cp.size());
        PublicRecord.Inclusion in = record.inclusion(index, cp.size());
        JsonNode n = parse(in.entry());
        HexFormat hex = HexFormat.of();
        model.addAttribute("index", index);
        model.addAttribute("indexText", integer(index));
        model.addAttribute("size", cp.size());
        model.addAttribute("sizeText", integer(cp.size()));
        model.addAttribute("kind", text(n, "kind"));
        model.addAttribute("object", text(n, "object"));
        model.addAttribute("at", when(n));
        model.addAttribute("entryText", new String(in.entry(), StandardCharsets.UTF_8));
        model.addAttribute("entryBase64", Base64.getEncoder().encodeToString(in.entry()));
        model.addAttribute("leafHex", hex.formatHex(in.leafHash()));
        model.addAttribute("proofHex", in.proof().stream().map(hex::formatHex).toList());
        model.addAttribute("proofData", String.join(",", in.proof().stream().map(hex::formatHex).toList()));
        model.addAttribute("rootHex", hex.formatHex(cp.rootHash()));
        model.addAttribute("rootBase64", Base64.getEncoder().encodeToString(cp.rootHash()));
        model.addAttribute("note", note.serialized());
        model.addAttribute("base", base());
        return "record/entry";
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/record").toUriString();
    }

    private static JsonNode parse(byte[] entry) {
        try {
            return JSON.readTree(entry);
        } catch (RuntimeException e) {
            return JSON.createObjectNode(); // an entry is canonical JSON; should one not be, its page still shows its bytes
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asString();
    }

    /** The decision's own time ({@code decision.at}, ISO-8601), written in the reader's language; empty if it has none. */
    private String when(JsonNode n) {
        JsonNode d = n.get("decision");
        JsonNode at = d == null ? null : d.get("at");
        if (at == null || !at.isString()) return "";
        try {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                    .withLocale(LocaleContextHolder.getLocale()).withZone(zone).format(Instant.parse(at.asString()));
        } catch (java.time.DateTimeException e) { // a parse error too: the raw value is still the truth
            return at.asString();
        }
    }

    private static String integer(long n) {
        return NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(n);
    }
}

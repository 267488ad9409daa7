package org.atazan.record.cli;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** A proof file (JSON, hashes in hex) read field by field; anything unusable is refused naming the field. */
final class ProofFile {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HexFormat HEX = HexFormat.of();

    private final Path file;
    private final JsonNode root;

    private ProofFile(Path file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    static ProofFile read(Path file) {
        String text = Inputs.text(file, Inputs.MAX_PROOF, "proof file");
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ": not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) throw new IllegalArgumentException(file + ": not a JSON object");
        return new ProofFile(file, root);
    }

    private JsonNode field(String name) {
        JsonNode n = root.get(name);
        if (n == null || n.isNull()) throw new IllegalArgumentException(file + ": field '" + name + "' is missing");
        return n;
    }

    long number(String name) {
        JsonNode n = field(name);
        if (n.isIntegralNumber() && !n.canConvertToLong()) {
            throw new IllegalArgumentException(file + ": field '" + name + "' is out of range: " + n);
        }
        if (!n.isIntegralNumber()) {
            throw new IllegalArgumentException(file + ": field '" + name + "' is not a whole number: " + n);
        }
        long v = n.longValue();
        if (v < 0) throw new IllegalArgumentException(file + ": field '" + name + "' is negative: " + v);
        return v;
    }

    byte[] hash(String name) {
        JsonNode n = field(name);
        if (!n.isString()) throw new IllegalArgumentException(file + ": field '" + name + "' is not a string of hex digits");
        return hex(n.asString(), "field '" + name + "'");
    }

    List<byte[]> hashes(String name) {
        JsonNode n = field(name);
        if (!n.isArray()) throw new IllegalArgumentException(file + ": field '" + name + "' is not an array of hashes");
        if (n.size() > 128) throw new IllegalArgumentException(file + ": field '" + name + "' has " + n.size() + " hashes; no proof has more than 128");
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode h = n.get(i);
            if (!h.isString()) throw new IllegalArgumentException(file + ": field '" + name + "', item " + i + ": not a string of hex digits");
            out.add(hex(h.asString(), "field '" + name + "', item " + i));
        }
        return out;
    }

    private byte[] hex(String s, String where) {
        if (s.length() != 64) throw new IllegalArgumentException(file + ": " + where + ": " + s.length() + " characters, a SHA-256 hash is 64 hex digits");
        try {
            return HEX.parseHex(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + where + ": not hex digits: " + s);
        }
    }
}

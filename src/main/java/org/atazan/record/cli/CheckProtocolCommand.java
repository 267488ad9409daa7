package org.atazan.record.cli;

import org.atazan.record.Checkpoint;
import org.atazan.record.NoteKey;
import org.atazan.record.ProtocolCheck;
import org.atazan.record.ProtocolCode;
import org.atazan.record.SignedNote;
import org.atazan.record.TileSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code record check-protocol}: the QR code of a printed protocol (an image, a text file or the text)
 * held against what the platform published for that station; the record entry's inclusion proof is
 * verified here, against the signed checkpoint, not taken from the server's word.
 */
@Command(name = "check-protocol", mixinStandardHelpOptions = true,
        description = {"Check a printed protocol's QR code (a PNG or JPEG image of it, a text file holding its text, or the text) "
                + "against the figures the platform published for that station and against the public record.",
                "Exit 0: exactly these figures were published and count, and the record's proof holds; 1: a figure differs, "
                        + "the revision was corrected, nothing was published, or the record does not hold; "
                        + "2: the input cannot be used (no code in the image, a malformed code, the server unreachable)."})
final class CheckProtocolCommand implements Callable<Integer> {
    static final int MAX_IMAGE_BYTES = 20 * 1024 * 1024;
    static final int MAX_TEXT_BYTES = 8 * 1024;
    static final int MAX_ANSWER_BYTES = 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|TEXT", description = "An image of the code, a text file with its text, or the text (ATZP1;…).")
    String input;

    @Option(names = "--url", paramLabel = "URL", defaultValue = "http://localhost:8080",
            description = "The platform's address (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--key", paramLabel = "PUBLIC_KEY_FILE",
            description = "Check the checkpoint's signature with this verifier key (default: the key the platform serves at /record/key).")
    Path keyFile;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @Override
    public Integer call() {
        ProtocolCode code = ProtocolCode.parse(payload());
        NoteKey trusted = keyFile == null ? null : Inputs.key(keyFile);
        String base = base();
        PrintWriter out = spec.commandLine().getOut();
        out.println("code: vote " + code.vote() + ", station " + code.station() + ", revision " + code.revision()
                + (code.entryIndex() == null ? ", no record entry named" : ", record entry " + code.entryIndex()));
        String path = "/api/record/protocols/" + URLEncoder.encode(code.vote(), StandardCharsets.UTF_8).replace("+", "%20")
                + "?station=" + URLEncoder.encode(code.station(), StandardCharsets.UTF_8);
        Answer answer = get(base + path);
        if (answer.status() == 404) {
            out.println("UNKNOWN: " + base + " has published nothing for station " + code.station() + " of vote " + code.vote());
            out.flush();
            return 1;
        }
        if (answer.status() != 200) throw new IllegalArgumentException(base + path + ": the server answered " + answer.status());
        JsonNode root;
        try {
            root = JSON.readTree(answer.body());
        } catch (JacksonException e) {
            throw new IllegalArgumentException(base + path + ": the answer is not JSON");
        }
        List<ProtocolCheck.Published> published = new ArrayList<>();
        ProtocolCheck.Evidence evidence = null;
        SignedNote note;
        try {
            note = SignedNote.parse(root.path("checkpoint").asString(""));
            Checkpoint cp = Checkpoint.parse(note.text());
            for (JsonNode r : root.path("revisions")) {
                List<ProtocolCode.Figure> figures = new ArrayList<>();
                for (Map.Entry<String, JsonNode> f : r.path("figures").properties()) {
                    figures.add(new ProtocolCode.Figure(f.getKey(), f.getValue().asLong()));
                }
                int n = r.path("revision").asInt();
                published.add(new ProtocolCheck.Published(n, figures));
                JsonNode e = r.path("entry");
                if (n == code.revision() && e.isObject()) {
                    List<byte[]> proof = new ArrayList<>();
                    for (JsonNode h : e.path("inclusionProof")) proof.add(HexFormat.of().parseHex(h.asString()));
                    // A proof for another tree than the checkpoint's cannot verify against it: the check says so.
                    evidence = new ProtocolCheck.Evidence(e.path("index").asLong(), e.path("entry").asString("").getBytes(StandardCharsets.UTF_8),
                            proof, e.path("treeSize").asLong() == cp.size() ? cp : new Checkpoint(cp.origin(), e.path("treeSize").asLong(), cp.rootHash()));
                }
            }
        } catch (IllegalArgumentException | JacksonException e) {
            throw new IllegalArgumentException(base + path + ": not the answer of an Atazan platform (" + e.getMessage() + ")");
        }
        ProtocolCheck.Verdict v = ProtocolCheck.check(code, published, evidence);
        boolean signed = signature(note, trusted, base, out);
        report(v, out);
        int status = signed ? v.exitStatus() : 1;
        out.println(status == 0 ? "holds: every check holds" : "does not hold: see the lines above");
        out.flush();
        return status;
    }

    /** The code's text from the argument: an image file, a text file, or the text itself. */
    private String payload() {
        Path file = null;
        try {
            Path p = Path.of(input);
            if (Files.isRegularFile(p)) file = p;
        } catch (InvalidPathException e) {
            // not a file name: the text itself
        }
        if (file == null) {
            if (input.strip().startsWith("ATZP")) return input;
            throw new IllegalArgumentException(shorten(input) + ": neither a file nor the text of a protocol's code (ATZP1;…)");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = TileSource.readBounded(in, file.toString(), MAX_IMAGE_BYTES);
        } catch (TileSource.TooLarge e) {
            throw new IllegalArgumentException(file + ": larger than " + MAX_IMAGE_BYTES + " bytes; not a protocol's code");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage());
        }
        if (QrImages.isImage(Arrays.copyOf(bytes, Math.min(bytes.length, 8)))) return QrImages.decode(bytes, file.toString());
        if (bytes.length > MAX_TEXT_BYTES) throw new IllegalArgumentException(file + ": neither a PNG or JPEG image nor a short text file");
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.strip().startsWith("ATZP")) throw new IllegalArgumentException(file + ": neither a PNG or JPEG image nor the text of a protocol's code");
        return text;
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private String base() {
        if (!HttpTiles.isUrl(url)) throw new IllegalArgumentException("--url " + url + ": not an http(s) address");
        String b = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        try {
            if (URI.create(b).getHost() == null) throw new IllegalArgumentException("no host");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--url " + url + ": not a web address (" + e.getMessage() + ")");
        }
        return b;
    }

    record Answer(int status, String body) {
    }

    private Answer get(String address) {
        try {
            HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = r.body()) {
                return new Answer(r.statusCode(), new String(TileSource.readBounded(in, address, MAX_ANSWER_BYTES), StandardCharsets.UTF_8));
            }
        } catch (ConnectException e) {
            throw new IllegalArgumentException(address + ": the server cannot be reached (" + e.getMessage() + ")");
        } catch (HttpTimeoutException e) {
            throw new IllegalArgumentException(address + ": the server did not answer in time");
        } catch (TileSource.TooLarge e) {
            throw new IllegalArgumentException(address + ": the answer is longer than " + MAX_ANSWER_BYTES + " bytes");
        } catch (IOException e) {
            throw new IllegalArgumentException(address + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException(address + ": interrupted");
        }
    }

    /** Checks the checkpoint's signature: with the key given, else with the one the server serves (said so). */
    private boolean signature(SignedNote note, NoteKey trusted, String base, PrintWriter out) {
        NoteKey key = trusted;
        String whose = "";
        if (key == null) {
            Answer a = get(base + "/record/key");
            if (a.status() != 200) throw new IllegalArgumentException(base + "/record/key: the server answered " + a.status());
            try {
                key = NoteKey.parse(a.body().strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(base + "/record/key: not a verifier key (" + e.getMessage() + ")");
            }
            whose = " (the key this server gives; pass --key with one you keep to trust it less)";
        }
        if (note.verifiedBy(key)) {
            out.println("ok: the checkpoint is signed by " + key.name() + whose);
            return true;
        }
        out.println("FAIL: the checkpoint is not signed by " + key.name() + whose);
        return false;
    }

    static void report(ProtocolCheck.Verdict v, PrintWriter out) {
        ProtocolCode c = v.code();
        switch (v.outcome()) {
            case UNKNOWN -> out.println("UNKNOWN: nothing is published for station " + c.station() + " of vote " + c.vote());
            default -> {
                for (ProtocolCheck.Difference d : v.differences()) {
                    out.println("DIFFERS: " + d.key() + " (" + label(d.key()) + "): printed " + value(d.printed()) + ", published " + value(d.published()));
                }
                if (v.printedRevisionPublished() && v.differences().isEmpty()) {
                    out.println("ok: exactly these figures were published for station " + c.station() + ", revision " + c.revision());
                }
                for (ProtocolCheck.Problem p : v.problems()) out.println("FAIL: " + p.english());
                if (v.proofVerified()) {
                    out.println("ok: entry " + v.entryIndex() + " of the public record holds them (leaf hash " + v.leafHash()
                            + "); its inclusion proof in the signed checkpoint of " + v.treeSize() + " entries is verified");
                } else if (v.entryIndex() == null && v.problems().isEmpty() && v.printedRevisionPublished()) {
                    out.println("note: this revision's entry is not in the public record yet");
                }
                if (v.corrected()) {
                    out.println("CORRECTED: revision " + c.revision() + " was corrected; revision " + v.current().revision() + " counts now: "
                            + v.current().figures().stream().map(f -> f.key() + "=" + f.value()).collect(Collectors.joining(", ")));
                }
            }
        }
    }

    private static String value(Long v) {
        return v == null ? "none" : v.toString();
    }

    static String label(String key) {
        return switch (key) {
            case "reg" -> "registered voters";
            case "iss" -> "ballots issued";
            case "box" -> "ballots in the boxes";
            case "inv" -> "invalid ballots";
            default -> (key.startsWith("y.") ? "yes" : "no") + ", question " + key.substring(2);
        };
    }
}

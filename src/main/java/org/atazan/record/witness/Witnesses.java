package org.atazan.record.witness;

import org.atazan.record.Checkpoint;
import org.atazan.record.CosignerKey;
import org.atazan.record.Cosignatures;
import org.atazan.record.PublicRecord;
import org.atazan.record.SignedNote;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Asks the configured witnesses to cosign the log's latest checkpoint (C2SP tlog-witness
 * {@code add-checkpoint}), with a consistency proof from the size each witness last cosigned, and
 * keeps the cosignatures that verify against the witness's key, to be served with the checkpoint. A
 * witness that is down, refuses or answers with a bad line only costs its own cosignature; the log
 * goes on. Rounds run on one background thread, every few seconds.
 */
public final class Witnesses implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Witnesses.class);
    /** The most a witness's answer may hold: a few signature lines. */
    private static final int MAX_ANSWER = 16 * 1024;

    /** A witness: where its submission prefix is, and its cosigning key. */
    public record Witness(URI url, CosignerKey key) {
        /** Reads "URL VKEY" (the witness's address and its vkey, separated by a space). */
        public static Witness parse(String line) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length != 2) throw new IllegalArgumentException("a witness is configured as 'URL VKEY', not '" + line.strip() + "'");
            URI url = URI.create(parts[0].endsWith("/") ? parts[0].substring(0, parts[0].length() - 1) : parts[0]);
            if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
                throw new IllegalArgumentException("a witness's address is http(s)://…, not '" + parts[0] + "'");
            }
            return new Witness(url, CosignerKey.parse(parts[1]));
        }
    }

    private final PublicRecord record;
    private final List<Witness> witnesses;
    /**
     * Made at the first round, not with the bean: a JDK HttpClient sets up TLS (the trust store read),
     * about a second of every start, for witnesses most platforms do not have.
     */
    private HttpClient http;
    /** The size each witness last cosigned, as far as this process knows (0 at start: the witness says). */
    private final Map<CosignerKey, Long> cosigned = new ConcurrentHashMap<>();
    private ScheduledExecutorService rounds;

    public Witnesses(PublicRecord record, List<Witness> witnesses) {
        this.record = record;
        this.witnesses = List.copyOf(witnesses);
    }

    /** Starts a round every {@code every}. */
    public synchronized void start(Duration every) {
        if (rounds != null || witnesses.isEmpty()) return;
        rounds = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "record-witnesses");
            t.setDaemon(true);
            return t;
        });
        rounds.scheduleWithFixedDelay(() -> {
            try {
                round();
            } catch (RuntimeException e) {
                log.warn("Witness round failed: {}", e.getMessage());
            }
        }, 1, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One round: each witness asked once; how many cosigned the checkpoint. */
    public int round() {
        SignedNote note = record.checkpoint();
        Checkpoint cp = Checkpoint.parse(note.text());
        List<SignedNote.Line> got = new ArrayList<>();
        for (Witness w : witnesses) {
            try {
                ask(w, note, cp).ifPresent(got::add);
            } catch (IOException e) {
                log.warn("Witness {} not reached: {}", w.url(), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (!got.isEmpty()) record.addCosignatures(note.text(), got);
        return got.size();
    }

    private synchronized HttpClient http() {
        if (http == null) http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return http;
    }

    private Optional<SignedNote.Line> ask(Witness w, SignedNote note, Checkpoint cp) throws IOException, InterruptedException {
        long old = Math.min(cosigned.getOrDefault(w.key(), 0L), cp.size());
        for (int attempt = 0; attempt < 2; attempt++) {
            StringBuilder body = new StringBuilder("old ").append(old).append('\n');
            if (old > 0 && old < cp.size()) {
                for (byte[] h : record.consistency(old, cp.size())) body.append(Base64.getEncoder().encodeToString(h)).append('\n');
            }
            body.append('\n').append(note.serialized());
            HttpResponse<String> r = http().send(HttpRequest.newBuilder(URI.create(w.url() + "/add-checkpoint"))
                    .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            String answer = r.body() == null ? "" : r.body();
            if (answer.length() > MAX_ANSWER) {
                log.warn("Witness {} answered {} characters; ignored", w.url(), answer.length());
                return Optional.empty();
            }
            if (r.statusCode() == 409 && r.headers().firstValue("Content-Type").orElse("").startsWith("text/x.tlog.size")) {
                // It cosigned another size than this process thought: prove consistency from that one.
                try {
                    long theirs = Long.parseLong(answer.strip());
                    if (theirs > cp.size() || theirs == old) {
                        log.warn("Witness {} has cosigned size {} of this log, the log has {}: not cosigned", w.url(), theirs, cp.size());
                        return Optional.empty();
                    }
                    old = theirs;
                    continue;
                } catch (NumberFormatException e) {
                    log.warn("Witness {} answered 409 without a size", w.url());
                    return Optional.empty();
                }
            }
            if (r.statusCode() != 200) {
                log.warn("Witness {} refused the checkpoint of size {}: HTTP {}", w.url(), cp.size(), r.statusCode());
                return Optional.empty();
            }
            List<SignedNote.Line> lines;
            try {
                lines = SignedNote.lines(answer);
            } catch (IllegalArgumentException e) {
                log.warn("Witness {} answered lines that are not signatures: {}", w.url(), e.getMessage());
                return Optional.empty();
            }
            for (SignedNote.Line l : lines) {
                if (Cosignatures.verifies(note.text(), l, w.key())) {
                    cosigned.put(w.key(), cp.size());
                    return Optional.of(l);
                }
            }
            log.warn("Witness {} answered no valid cosignature by its key", w.url());
            return Optional.empty();
        }
        return Optional.empty();
    }

    @Override
    public synchronized void close() {
        if (rounds != null) rounds.shutdownNow();
    }
}

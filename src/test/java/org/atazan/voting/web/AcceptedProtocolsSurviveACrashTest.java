package org.atazan.voting.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer of 201 means the protocol is durable: the platform runs as a process of its own with its
 * own embedded PostgreSQL (a real postmaster, fsync and synchronous commit on) under a fresh data
 * directory; several threads submit protocols through the API; while submissions are in flight the
 * platform's JVM and every PostgreSQL process are killed with SIGKILL; the platform is started again
 * on the same directory, and every station that was answered 201 has its protocol.
 */
class AcceptedProtocolsSurviveACrashTest {
    static final Duration PATIENCE = Duration.ofMinutes(4);
    static final String PASSWORD = "crash-test-admin-password";
    static final int STATIONS = 300;
    static final int THREADS = 4;
    static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

    @TempDir
    Path dir;
    final List<Process> processes = new ArrayList<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stop() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void everyProtocolAnswered201IsThereAfterTheServerAndItsDatabaseAreKilled() throws Exception {
        Path data = dir.resolve("data");
        Process first = start("first", data);
        int port = awaitReady(first, "first");
        String id = "crash";
        assertThat(post(port, "/api/referendums", "{\"id\":\"" + id + "\",\"title\":\"Crash\",\"date\":\"2026-03-15\"}").statusCode())
                .isEqualTo(201);
        StringBuilder territories = new StringBuilder("[{\"code\":\"K\",\"kind\":\"country\"}");
        for (int i = 0; i < STATIONS; i++) {
            territories.append(",{\"code\":\"K/").append(i).append("\",\"kind\":\"station\",\"parent\":\"K\",\"registered\":1000}");
        }
        assertThat(post(port, "/api/referendums/" + id + "/territories", territories.append(']').toString()).statusCode())
                .isEqualTo(201);

        Set<String> accepted = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            pool.execute(() -> {
                for (int i = thread; i < STATIONS && !stop.get(); i += THREADS) {
                    String station = "K/" + i;
                    try {
                        HttpResponse<String> r = post(port, "/api/referendums/" + id + "/protocols", "{\"station\":\"" + station
                                + "\",\"registered\":1000,\"issued\":700,\"inBoxes\":700,\"invalid\":10,\"yes\":" + (400 + i % 100)
                                + ",\"no\":" + (290 - i % 100) + "}");
                        if (r.statusCode() == 201) accepted.add(station);
                    } catch (IOException e) {
                        return; // the server is gone
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (accepted.size() < STATIONS / 3 && System.nanoTime() < deadline && first.isAlive()) Thread.sleep(20);
        assertThat(accepted.size()).as("submissions were accepted before the crash").isGreaterThanOrEqualTo(STATIONS / 3);

        // The crash: every PostgreSQL process (the postmaster and its backends, WAL writer included), then
        // the platform, all with SIGKILL, while the threads are still submitting.
        long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postgres").resolve("postmaster.pid")).get(0).trim());
        ProcessHandle pg = ProcessHandle.of(postmaster).orElseThrow();
        String firstCpu = cpu(first.toHandle());
        List<ProcessHandle> database = Stream.concat(Stream.of(pg), pg.descendants()).toList();
        database.forEach(ProcessHandle::destroyForcibly);
        first.destroyForcibly();
        stop.set(true);
        pool.shutdown();
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        first.waitFor();
        for (ProcessHandle p : database) p.onExit().get(1, TimeUnit.MINUTES);
        Set<String> answered = new HashSet<>(accepted);
        assertThat(answered.size()).as("the crash came while submissions were in flight").isLessThan(STATIONS);

        Process second = start("second", data);
        int port2 = awaitReady(second, "second");
        HttpResponse<String> all = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port2
                + "/api/referendums/" + id + "/protocols.json")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(all.statusCode()).isEqualTo(200);
        Set<String> stored = new HashSet<>();
        for (JsonNode p : json.readTree(all.body())) stored.add(p.get("station").asString());
        Set<String> lost = new HashSet<>(answered);
        lost.removeAll(stored);
        System.out.printf("crash test: %d protocols answered 201 before the kill, %d stored after the restart;"
                + " platform CPU %s before the kill, %s after the restart%n", answered.size(), stored.size(), firstCpu, cpu(second.toHandle()));
        assertThat(lost).as("%d protocols answered 201, %d stored after the crash", answered.size(), stored.size()).isEmpty();
    }

    private static String cpu(ProcessHandle p) {
        return p.info().totalCpuDuration().map(d -> d.toMillis() / 1000.0 + " s").orElse("?");
    }

    private HttpResponse<String> post(int port, String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Process start(String name, Path data) throws IOException {
        List<String> cmd = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), PlatformProcess.class.getName(),
                "--server.port=0", "--atazan.demo=false", "--atazan.data-dir=" + data,
                "--atazan.admin.password=" + PASSWORD, "--spring.main.banner-mode=off");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        // Its own embedded database, whatever this test JVM was given.
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("ATAZAN_DB"));
        Process p = pb.start();
        processes.add(p);
        return p;
    }

    /** Waits until the process has started and its health is UP; returns its port. */
    private int awaitReady(Process p, String name) throws Exception {
        File log = dir.resolve(name + ".log").toFile();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        int port = -1;
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (port < 0) {
                Matcher m = STARTED.matcher(Files.readString(log.toPath()));
                if (m.find()) port = Integer.parseInt(m.group(1));
            } else {
                try {
                    HttpResponse<String> h = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    if (h.statusCode() == 200) return port;
                } catch (IOException e) {
                    // not yet
                }
            }
            Thread.sleep(200);
        }
        String text = Files.readString(log.toPath());
        throw new AssertionError("the " + name + " platform did not become ready; its log ends:\n"
                + text.substring(Math.max(0, text.length() - 4000)));
    }
}

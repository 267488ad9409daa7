package org.atazan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connections the server holds on its port to given client ports, read from /proc/net/tcp and tcp6:
 * ESTABLISHED (01) or CLOSE_WAIT (08; a closed client leaves the server's side so until the server closes
 * it). Only the given client ports count, so other tests' keep-alive connections do not. Also how the tests of
 * live pages open an event stream on a raw socket (so that closing it is a client leaving) and wait for counts.
 */
public final class ServerConnections {
    private ServerConnections() {
    }

    public static long to(int serverPort, Set<Integer> clientPorts) {
        String portHex = String.format(":%04X", serverPort);
        long n = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path p = Path.of(table);
            if (!Files.exists(p)) continue;
            try {
                List<String> lines = Files.readAllLines(p);
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = line.trim().split("\\s+");
                    int remotePort = Integer.parseInt(f[2].substring(f[2].lastIndexOf(':') + 1), 16);
                    if (f[1].endsWith(portHex) && clientPorts.contains(remotePort)
                            && (f[3].equals("01") || f[3].equals("08"))) n++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return n;
    }

    /** An event stream opened over a raw socket: its response status and headers (lower case) read, the rest to read. */
    public record Stream(Socket socket, int status, String headers, BufferedReader reader) {
    }

    /**
     * Opens {@code path} as an event stream on the server's port for a client address, sent as
     * X-Forwarded-For (Tomcat believes it from loopback, as from a reverse proxy, so that made-up addresses
     * keep the tests' streams apart); reads the status line and headers, waiting at most {@code patience}
     * for each read.
     */
    public static Stream openStream(int serverPort, String path, String client, Duration patience) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), serverPort);
        try {
            s.setSoTimeout((int) patience.toMillis());
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                    + "X-Forwarded-For: " + client + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            String statusLine = in.readLine();
            StringBuilder headers = new StringBuilder();
            for (String h = in.readLine(); h != null && !h.isEmpty(); h = in.readLine()) {
                headers.append(h.toLowerCase(Locale.ROOT)).append('\n');
            }
            return new Stream(s, Integer.parseInt(statusLine.split(" ")[1]), headers.toString(), in);
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** Reads lines until one starts with {@code prefix}; false when the stream ends first. */
    public static boolean lineStartingWith(BufferedReader in, String prefix) throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.startsWith(prefix)) return true;
        }
        return false;
    }

    /** Waits up to {@code patience} until {@code count} is at most {@code atMost}, and fails if it is not. */
    public static void await(String what, LongSupplier count, long atMost, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        long now = count.getAsLong();
        while (now > atMost && System.nanoTime() < deadline) {
            Thread.sleep(100);
            now = count.getAsLong();
        }
        assertThat(now).as("waited up to %s for %s", patience, what).isLessThanOrEqualTo(atMost);
    }
}

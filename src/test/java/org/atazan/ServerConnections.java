package org.atazan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The connections the server holds on its port to given client ports, read from /proc/net/tcp and tcp6:
 * ESTABLISHED (01) or CLOSE_WAIT (08; a closed client leaves the server's side so until the server closes
 * it). Only the given client ports count, so other tests' keep-alive connections do not.
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
}

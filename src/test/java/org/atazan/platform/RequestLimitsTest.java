package org.atazan.platform;

import org.atazan.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request body is bounded while it is read: 413 with a problem that names the limit. Spoken
 * over a raw socket, so that the test controls what is sent (and what is not).
 */
class RequestLimitsTest extends PlatformTest {

    @LocalServerPort
    int port;

    String headers(String path, String contentType, String framing) {
        String auth = Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth + "\r\nContent-Type: "
                + contentType + "\r\n" + framing + "\r\nConnection: close\r\n\r\n";
    }

    /**
     * The response: its head, then its body by its framing (Content-Length or chunks). Not read to the
     * end of the stream: a server may keep the connection open a while, waiting for the body a client
     * announced and never sent, which is no fault of the answer.
     */
    static String readAll(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while (b.indexOf("\r\n\r\n") < 0 && (c = in.read()) >= 0) b.append((char) c);
        String head = b.toString().toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("content-length: *(\\d+)").matcher(head);
        if (length.find()) {
            b.append(new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.ISO_8859_1));
        } else if (head.contains("transfer-encoding: chunked")) {
            while (!b.toString().endsWith("\r\n0\r\n\r\n") && (c = in.read()) >= 0) b.append((char) c);
        } else {
            b.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
        }
        return b.toString();
    }

    @Test
    void aJsonBodyOverTheLimitIsRefusedBeforeItIsSent() throws Exception {
        try (Socket s = new Socket("localhost", port)) {
            s.setSoTimeout(60_000);
            // Nine megabytes announced, not one byte of them sent: the answer must not wait for them.
            s.getOutputStream().write(headers("/api/accounts", "application/json", "Content-Length: " + 9 * 1024 * 1024)
                    .getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            String response = readAll(s.getInputStream());
            assertThat(response).startsWith("HTTP/1.1 413");
            assertThat(response).contains("application/problem+json").contains("atazan.limits.json-body");
        }
    }

    @Test
    void aChunkedJsonBodyIsCutOffAtTheLimit() throws Exception {
        try (Socket s = new Socket("localhost", port)) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write(headers("/api/accounts", "application/json", "Transfer-Encoding: chunked").getBytes(StandardCharsets.ISO_8859_1));
            // No length announced: only counting while reading can stop it. Sent while the answer is read.
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) 'a');
                byte[] start = "{\"username\":\"".getBytes(StandardCharsets.ISO_8859_1);
                System.arraycopy(start, 0, chunk, 0, start.length);
                try {
                    for (int i = 0; i < 12 * 16; i++) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        Arrays.fill(chunk, 0, start.length, (byte) 'a');
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                } catch (IOException closedByTheServer) {
                    // expected: the server stops reading at the limit
                }
            });
            String response = readAll(s.getInputStream());
            sending.join();
            assertThat(response).startsWith("HTTP/1.1 413");
            assertThat(response).contains("atazan.limits.json-body");
        }
    }

    @Test
    void anUploadOverTheMultipartLimitIsRefusedWithAProblem() throws Exception {
        String boundary = "atazan-limit-test";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
        int size = 50 * 1024 * 1024 + 100_000;
        try (Socket s = new Socket("localhost", port)) {
            s.setSoTimeout(120_000);
            OutputStream out = s.getOutputStream();
            out.write(headers("/api/charters/kz/versions", "multipart/form-data; boundary=" + boundary,
                    "Content-Length: " + (head.length + size + tail.length)).getBytes(StandardCharsets.ISO_8859_1));
            // Sent while the answer is read, so that the answer is not lost when the server stops reading.
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
                try {
                    out.write(head);
                    byte[] chunk = new byte[64 * 1024];
                    for (int sent = 0; sent < size; sent += chunk.length) out.write(chunk, 0, Math.min(chunk.length, size - sent));
                    out.write(tail);
                } catch (IOException closedByTheServer) {
                    // expected once the server has refused the upload
                }
            });
            String response = readAll(s.getInputStream());
            sending.join();
            assertThat(response).startsWith("HTTP/1.1 413");
            assertThat(response).contains("max-file-size");
        }
    }
}

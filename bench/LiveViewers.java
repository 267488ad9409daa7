import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * N viewers of a commission meeting's live page, on one thread (NIO): each opens the meeting's event
 * stream as a browser's EventSource does; once all are open, a change is signalled the way another
 * node's decision arrives (NOTIFY on the platform's channel), and the time until each viewer has its
 * 'changed' event is measured. Usage: java bench/LiveViewers.java HOST PORT MEETING N JDBC_URL
 */
public class LiveViewers {
    public static void main(String[] a) throws Exception {
        String host = a[0], meeting = a[2], jdbc = a[4];
        int port = Integer.parseInt(a[1]), n = Integer.parseInt(a[3]);
        byte[] request = ("GET /api/commission/meetings/" + meeting + "/events HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        Selector selector = Selector.open();
        StringBuilder[] seen = new StringBuilder[n];
        long[] got = new long[n];
        boolean[] open = new boolean[n];
        long t0 = System.nanoTime();
        int opened = 0, failed = 0;
        List<SocketChannel> channels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SocketChannel c = SocketChannel.open(new InetSocketAddress(host, port));
            c.write(ByteBuffer.wrap(request));
            c.configureBlocking(false);
            c.register(selector, SelectionKey.OP_READ, i);
            seen[i] = new StringBuilder();
            channels.add(c);
        }
        ByteBuffer buf = ByteBuffer.allocate(8192);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (opened + failed < n && System.nanoTime() < deadline) {
            int[] counts = poll(selector, buf, seen, got, open, false, 0);
            opened += counts[0];
            failed += counts[1];
        }
        double openSecs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("viewers %,d: %,d streams open in %.1f s (%,d refused or closed)%n", n, opened, openSecs, failed);

        long signal = System.nanoTime();
        try (var db = DriverManager.getConnection(jdbc); var st = db.createStatement()) {
            st.execute("NOTIFY atazan_commission_meeting, '" + meeting.replace("'", "''") + "'");
        }
        int received = 0;
        deadline = System.nanoTime() + 60_000_000_000L;
        while (received < opened && System.nanoTime() < deadline) {
            received += poll(selector, buf, seen, got, open, true, signal)[2];
        }
        long[] times = Arrays.stream(got).filter(t -> t > 0).sorted().toArray();
        if (times.length == 0) {
            System.out.println("no viewer received the change");
        } else {
            System.out.printf("change received by %,d of %,d open viewers: p50 %.0f ms, p99 %.0f ms, last %.0f ms after the signal%n",
                    times.length, opened, times[times.length / 2] / 1e6, times[(int) (times.length * 0.99)] / 1e6, times[times.length - 1] / 1e6);
        }
        for (SocketChannel c : channels) c.close();
    }

    /** Reads what arrived; counts streams now open, streams closed, and viewers who now have the change. */
    static int[] poll(Selector selector, ByteBuffer buf, StringBuilder[] seen, long[] got, boolean[] open, boolean waiting, long signal)
            throws Exception {
        int[] counts = new int[3];
        if (selector.select(200) == 0) return counts;
        var it = selector.selectedKeys().iterator();
        while (it.hasNext()) {
            SelectionKey k = it.next();
            it.remove();
            int i = (Integer) k.attachment();
            SocketChannel c = (SocketChannel) k.channel();
            buf.clear();
            int r;
            try {
                r = c.read(buf);
            } catch (java.io.IOException e) {
                r = -1;
            }
            if (r < 0) {
                k.cancel();
                if (!open[i]) counts[1]++;
                if (!open[i] && System.getenv("DEBUG") != null) System.err.println("closed: " + seen[i].toString().replace("\r\n", " / ").substring(0, Math.min(300, seen[i].length())));
                continue;
            }
            seen[i].append(new String(buf.array(), 0, r, StandardCharsets.UTF_8));
            if (!open[i] && seen[i].indexOf(":open") >= 0) {
                open[i] = true;
                counts[0]++;
                if (seen[i].indexOf(" 200 ") < 0) counts[1]++;
            }
            if (waiting && got[i] == 0 && seen[i].indexOf("event:changed") >= 0) {
                got[i] = System.nanoTime() - signal;
                counts[2]++;
            }
            if (seen[i].length() > 4096) seen[i].delete(0, seen[i].length() - 64);
        }
        return counts;
    }
}

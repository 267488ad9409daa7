package org.atazan.record.web;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.atazan.Cli;
import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.atazan.record.ProtocolCode;
import org.atazan.record.cli.QrImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printed protocol and the check of its code, end to end over HTTP: the PDF in kk/ru/en with the
 * QR code whose decoded text is the published protocol and its record entry; the command line on an
 * image, a text file and the text, a figure altered, a corrected revision and unusable input; the
 * record page's form and the API.
 */
class ProtocolSheetsTest extends PlatformTest {
    @LocalServerPort
    int port;
    HttpTestClient http;
    final ObjectMapper json = new ObjectMapper();
    String id;
    static final String STATION = "KZ/ала/s1";

    static final String TERRITORIES = """
            [{"code":"KZ","kind":"country","names":{"kk":"Қазақстан","ru":"Казахстан","en":"Kazakhstan"}},
             {"code":"KZ/ала","kind":"region","parent":"KZ","names":{"kk":"Алматы облысы","ru":"Алматинская область","en":"Almaty Region"}},
             {"code":"KZ/ала/s1","kind":"station","parent":"KZ/ала","names":{"kk":"Үшқоңыр № 5 учаскесі","ru":"Участок № 5 Ушконыр","en":"Station 5 Ushkonyr"},"registered":1000}]""";

    @BeforeEach
    void aVoteWithOneProtocol() throws Exception {
        http = new HttpTestClient(port);
        id = "qr-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.postJson("/api/referendums", "{\"id\":\"" + id + "\",\"title\":\"Референдум\",\"date\":\"2026-03-15\",\"rule\":\"majority\",\"country\":\"kz\"}",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        assertThat(http.postJson("/api/referendums/" + id + "/territories", TERRITORIES, ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        HttpResponse<String> p = http.postJson("/api/referendums/" + id + "/protocols", protocol(400, 190, ""), ADMIN, ADMIN_PASSWORD);
        assertThat(p.statusCode()).as(p.body()).isEqualTo(201);
        awaitEntry(1);
    }

    static String protocol(long yes, long no, String reason) {
        return "{\"station\":\"" + STATION + "\",\"registered\":1000,\"issued\":600,\"inBoxes\":600,\"invalid\":" + (600 - yes - no)
                + ",\"yes\":" + yes + ",\"no\":" + no + reason + "}";
    }

    String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    JsonNode published() {
        HttpResponse<String> r = http.get("/api/record/protocols/" + id + "?station=" + q(STATION));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    /** The sequencer appends within milliseconds; the next checkpoint then holds the entry. */
    void awaitEntry(int revision) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode revs = published().get("revisions");
            if (revs.size() >= revision && revs.get(revision - 1).get("entry").isObject()) return;
            Thread.sleep(50);
        }
        throw new AssertionError("revision " + revision + " of " + STATION + " never reached the record");
    }

    byte[] pdf(String query) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/record/protocols/" + id + "/protocol.pdf?station=" + q(STATION) + query)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        return r.body();
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** The PDF's page as a printer would make it, then its QR code read back as a phone would. */
    static byte[] png(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(page, "png", out);
            return out.toByteArray();
        }
    }

    @Test
    void thePdfHoldsTheFiguresInTheReadersLanguageAndAQrCodeOfThePublishedProtocol() throws Exception {
        JsonNode rev = published().get("revisions").get(0);
        long entry = rev.get("entry").get("index").asLong();
        String leaf = rev.get("entry").get("leafHash").asString();
        byte[] kk = pdf("&lang=kk");
        assertThat(text(kk)).contains("Учаскелік сайлау комиссиясының", "Үшқоңыр № 5 учаскесі", "Қазақстан › Алматы облысы",
                "Сайлаушыларға берілген бюллетеньдер саны", "«Иә» дауыстары", "Ашық тізілім", leaf.substring(0, 20))
                .doesNotContain(ADMIN);
        assertThat(text(pdf("&lang=ru"))).contains("Участок № 5 Ушконыр", "Голосов «за»", "Это действующая редакция");
        assertThat(text(pdf("&lang=en"))).contains("Ballots issued to voters", "Public record: entry", "This is the revision that counts now");
        byte[] page = png(kk);
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/protocol-kk.png"), page); // to look at, as the pages' screenshots
        ProtocolCode code = ProtocolCode.parse(QrImages.decode(page, "page"));
        assertThat(code).isEqualTo(new ProtocolCode(id, STATION, 1, ProtocolCode.figures(
                org.atazan.voting.Protocol.single(STATION, 1000, 600, 600, 10, 400, 190)), entry, leaf));
        // The station's page offers it.
        assertThat(http.get("/voting/referendums/" + id + "?unit=" + q(STATION) + "&lang=en").body())
                .contains("/api/record/protocols/" + id + "/protocol.pdf?station=", "Print this protocol (PDF)");
    }

    @Test
    void theCommandSaysTheCodeHoldsOrNamesTheFigureThatDiffers(@TempDir Path dir) throws Exception {
        Path image = dir.resolve("code.png");
        Files.write(image, png(pdf("")));
        String url = "http://localhost:" + port;
        Cli ok = Cli.run("record", "check-protocol", image.toString(), "--url", url);
        assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("ok: exactly these figures were published for station " + STATION + ", revision 1",
                "inclusion proof in the signed checkpoint of", "is verified", "ok: the checkpoint is signed by", "holds: every check holds");

        // A key of one's own that did not sign the checkpoint: the check does not hold.
        var other = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path otherKey = dir.resolve("other.vkey");
        Files.writeString(otherKey, org.atazan.record.NoteKey.of("someone.else/record", other.getPublic()).text() + "\n");
        Cli wrongKey = Cli.run("record", "check-protocol", image.toString(), "--url", url, "--key", otherKey.toString());
        assertThat(wrongKey.exit()).isOne();
        assertThat(wrongKey.out()).contains("FAIL: the checkpoint is not signed by someone.else/record");

        String payload = QrImages.decode(Files.readAllBytes(image), "code");
        Path textFile = dir.resolve("code.txt");
        Files.writeString(textFile, payload + "\n");
        assertThat(Cli.run("record", "check-protocol", textFile.toString(), "--url", url).exit()).isZero();

        Cli altered = Cli.run("record", "check-protocol", payload.replace(";y.1=400;", ";y.1=401;"), "--url", url);
        assertThat(altered.exit()).isOne();
        assertThat(altered.out()).contains("DIFFERS: y.1 (yes, question 1): printed 401, published 400").contains("does not hold");

        Cli garbage = Cli.run("record", "check-protocol", "ATZP1;v=x;hello", "--url", url);
        assertThat(garbage.exit()).isEqualTo(2);
        assertThat(garbage.err()).contains("code, part 3: not key=value").doesNotContain("Exception").doesNotContain("\tat ");
        Path notAnImage = dir.resolve("blank.png");
        Files.write(notAnImage, png(blankPdf()));
        Cli blank = Cli.run("record", "check-protocol", notAnImage.toString(), "--url", url);
        assertThat(blank.exit()).isEqualTo(2);
        assertThat(blank.err()).contains("no readable QR code in the image");
        Cli nowhere = Cli.run("record", "check-protocol", payload, "--url", "http://localhost:1");
        assertThat(nowhere.exit()).isEqualTo(2);
        assertThat(nowhere.err()).contains("cannot be reached");
        assertThat(Cli.run("record", "check-protocol", "not a code", "--url", url).err()).contains("neither a file nor the text");
        Cli unknown = Cli.run("record", "check-protocol", payload.replace("v=" + id, "v=nosuchvote"), "--url", url);
        assertThat(unknown.exit()).isOne();
        assertThat(unknown.out()).contains("UNKNOWN");
    }

    static byte[] blankPdf() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aCorrectedRevisionSaysSoOnPaperOnThePageAndInTheCommand(@TempDir Path dir) throws Exception {
        String first = QrImages.decode(png(pdf("&revision=1")), "code");
        HttpResponse<String> c = http.postJson("/api/referendums/" + id + "/corrections",
                protocol(450, 140, ",\"reason\":\"recount\""), ADMIN, ADMIN_PASSWORD);
        assertThat(c.statusCode()).as(c.body()).isEqualTo(201);
        awaitEntry(2);
        // The correction's entry points to the one it corrects, by its key and its leaf hash.
        JsonNode revisions = published().get("revisions");
        JsonNode corrected = json.readTree(revisions.get(1).get("entry").get("entry").asString()).get("decision").get("corrects");
        assertThat(corrected.get("object").asString()).isEqualTo(id + "/" + STATION + "#1");
        assertThat(corrected.get("leafHash").asString()).isEqualTo(revisions.get(0).get("entry").get("leafHash").asString());
        String old = text(pdf("&revision=1&lang=en"));
        assertThat(old).contains("CORRECTED: this revision no longer counts. Revision 2", "revision=2");
        String now = text(pdf("&lang=en"));
        assertThat(now).contains("Revision 2 of 2", "This revision corrects revision 1. The reason given: recount", "revision=1");

        Cli cli = Cli.run("record", "check-protocol", first, "--url", "http://localhost:" + port);
        assertThat(cli.exit()).isOne();
        assertThat(cli.out()).contains("ok: exactly these figures were published for station " + STATION + ", revision 1",
                "is verified", "CORRECTED: revision 1 was corrected; revision 2 counts now: reg=1000, iss=600, box=600, inv=10, y.1=450, n.1=140");

        JsonNode api = json.readTree(http.get("/api/record/protocol-check?code=" + q(first)).body());
        assertThat(api.get("outcome").asString()).isEqualTo("CORRECTED");
        assertThat(api.get("currentRevision").asInt()).isEqualTo(2);
        assertThat(api.get("currentFigures").get("y.1").asLong()).isEqualTo(450);
        String page = http.get("/record/check?lang=ru&code=" + q(first)).body();
        assertThat(page).contains("Эта редакция была опубликована, а затем исправлена: сейчас учитывается редакция 2");
    }

    @Test
    void theStationsPageSaysWhichEntryEachRevisionIsAndLinksToItsProof() throws Exception {
        String page = "/voting/referendums/" + id + "?unit=" + q(STATION);
        long one = published().get("revisions").get(0).get("entry").get("index").asLong();
        assertThat(http.get(page + "&lang=en").body()).contains("This protocol is entry " + String.format(java.util.Locale.ENGLISH, "%,d", one)
                + " of the public record.").contains("href=\"/record/entry/" + one + "\"");
        assertThat(http.postJson("/api/referendums/" + id + "/corrections", protocol(450, 140, ",\"reason\":\"recount\""),
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        awaitEntry(2);
        long two = published().get("revisions").get(1).get("entry").get("index").asLong();
        String ru = http.get(page + "&lang=ru").body();
        java.text.NumberFormat russian = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("ru"));
        assertThat(ru).contains("Редакция 1 этого протокола записана в открытый реестр под номером " + russian.format(one),
                "Редакция 2 этого протокола записана в открытый реестр под номером " + russian.format(two))
                .contains("href=\"/record/entry/" + one + "\"", "href=\"/record/entry/" + two + "\"");
        // The entry's page holds this station's revision: the link leads to the decision it names.
        assertThat(http.get("/record/entry/" + two + "?lang=en").body()).contains(STATION);
        // A unit without a protocol of its own gets no line about one.
        assertThat(http.get("/voting/referendums/" + id + "?unit=KZ%2F%D0%B0%D0%BB%D0%B0&lang=en").body()).doesNotContain("This protocol is entry");
    }

    @Test
    void theRecordPageChecksAPastedCodeAndSaysWhatIsWrongWithABadOne() throws Exception {
        String payload = QrImages.decode(png(pdf("")), "code");
        assertThat(http.get("/record?lang=en").body()).contains("action=\"/record/check\"", "Check a printed protocol", "name=\"code\"");
        HttpResponse<String> ok = http.get("/record/check?lang=kk&code=" + q(payload));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("Бұл учаске үшін дәл осы сандар жарияланған, 1-редакция", "тексерілді", "<html lang=\"kk\"");
        HttpResponse<String> differs = http.get("/record/check?lang=en&code=" + q(payload.replace(";iss=600;", ";iss=601;")));
        assertThat(differs.statusCode()).isEqualTo(200);
        assertThat(differs.body()).contains("This code does not match what was published.", "class=\"differs\"", "Ballots issued to voters",
                "The published figures are entry").doesNotContain("Exactly these figures were published");
        HttpResponse<String> bad = http.get("/record/check?lang=ru&code=" + q(payload.replace(";iss=600;", ";iss=six;")));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("Это не код распечатанного протокола.", "Поле iss — не целое число", "aria-invalid=\"true\"");
        assertThat(http.get("/record/check?lang=en&code=hello").body()).contains("does not begin with ATZP1");
        assertThat(http.get("/record/check?lang=en&code=").statusCode()).isEqualTo(422);
        HttpResponse<String> unknown = http.get("/record/check?lang=en&code=" + q(payload.replace("v=" + id, "v=nosuchvote")));
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains("Nothing is published for station " + STATION + " of vote nosuchvote.");

        JsonNode holds = json.readTree(http.get("/api/record/protocol-check?code=" + q(payload)).body());
        assertThat(holds.get("outcome").asString()).isEqualTo("HOLDS");
        assertThat(holds.get("proofVerified").asBoolean()).isTrue();
        JsonNode differs2 = json.readTree(http.get("/api/record/protocol-check?code=" + q(payload.replace(";n.1=190;", ";n.1=19;"))).body());
        assertThat(differs2.get("outcome").asString()).isEqualTo("DIFFERS");
        assertThat(differs2.get("differences").get(0).get("figure").asString()).isEqualTo("n.1");
        assertThat(differs2.get("differences").get(0).get("printed").asLong()).isEqualTo(19);
        assertThat(differs2.get("differences").get(0).get("published").asLong()).isEqualTo(190);
        HttpResponse<String> apiBad = http.get("/api/record/protocol-check?code=" + q("ATZP1;v=x"));
        assertThat(apiBad.statusCode()).isEqualTo(422);
        assertThat(apiBad.body()).contains("field s (the station): missing");
        assertThat(http.get("/api/record/protocols/" + id + "/protocol.pdf?station=nowhere").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/record/protocols/" + id + "/protocol.pdf?station=" + q(STATION) + "&revision=9").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/record/protocols/" + id + "/protocol.pdf?station=" + q(STATION) + "&revision=x").statusCode()).isEqualTo(400);
    }

    @Test
    void anImportedProtocolHasAnEntryOfItsOwnAndItsCodeChecks() throws Exception {
        // The demo's Russian vote of 2020 is imported (some 96,000 stations): one entry for the file,
        // then one per station, of the same kind as a protocol entered alone.
        String unit = "";
        for (int depth = 0; depth < 6; depth++) {
            JsonNode t = json.readTree(http.get("/api/referendums/ru-2020/totals" + (unit.isEmpty() ? "" : "?unit=" + q(unit))).body());
            JsonNode children = t.get("children");
            if (children == null || children.isEmpty()) break;
            unit = children.get(0).get("unit").asString();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        JsonNode entry = null;
        while (System.nanoTime() < deadline) {
            JsonNode revs = json.readTree(http.get("/api/record/protocols/ru-2020?station=" + q(unit)).body()).get("revisions");
            if (revs != null && revs.size() == 1 && revs.get(0).get("entry").isObject()) {
                entry = revs.get(0).get("entry");
                break;
            }
            Thread.sleep(200);
        }
        assertThat(entry).as("station " + unit + " of the imported vote reached the record").isNotNull();
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/record/protocols/ru-2020/protocol.pdf?lang=en&station=" + q(unit))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(text(r.body())).contains("Public record: entry", "Revision 1 of 1").doesNotContain("Not yet in the public record");
        String payload = QrImages.decode(png(r.body()), "code");
        ProtocolCode code = ProtocolCode.parse(payload);
        assertThat(code.station()).isEqualTo(unit);
        assertThat(code.leafHash()).isEqualTo(entry.get("leafHash").asString());
        JsonNode check = json.readTree(http.get("/api/record/protocol-check?code=" + q(payload)).body());
        assertThat(check.get("outcome").asString()).isEqualTo("HOLDS");
        assertThat(check.get("proofVerified").asBoolean()).isTrue();
    }
}

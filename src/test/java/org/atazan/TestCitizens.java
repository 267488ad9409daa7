package org.atazan;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Citizens for the tests, made as a person makes one: the sign-up form, the link from the mailbox
 * folder ({@link PlatformTest#MAILBOX}), the sign-in form. {@link #verify} stands in for the national
 * identity where a test needs a verified citizen (the sign-in through a real OpenID Connect provider
 * has its own test).
 */
public final class TestCitizens {
    private static final java.util.concurrent.atomic.AtomicInteger COUNTER = new java.util.concurrent.atomic.AtomicInteger();
    public static final String PASSWORD = "citizen-password-7q";
    private static final Pattern LINK = Pattern.compile("(http://\\S+/account/confirm\\?token=[A-Za-z0-9_-]+)");

    private final int port;

    public TestCitizens(int port) {
        this.port = port;
    }

    /** A signed-in citizen with a confirmed e-mail, and their account name. */
    public record Signed(String account, String email, WebSession session) {
    }

    public Signed confirmed(String displayName, String region) {
        String email = "citizen-" + UUID.randomUUID().toString().substring(0, 12) + "@example.kz";
        // Each test citizen comes from its own (made-up) address: sign-ups are limited per address and hour,
        // and every test of the shared context signs up from loopback.
        WebSession s = new WebSession(port).header("X-Forwarded-For", "10.77." + (COUNTER.incrementAndGet() % 250) + "."
                + (1 + (int) (Math.random() * 250)));
        HttpResponse<String> r = s.submit("/account/new", "/account/new", Map.of("email", email, "password", PASSWORD,
                "displayName", displayName == null ? "" : displayName, "region", region == null ? "" : region, "language", "en"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(s.get(confirmationLink(email).replaceFirst("http://[^/]+", "")).statusCode()).isEqualTo(200);
        assertThat(s.signIn(email, PASSWORD)).as("signed in as " + email).isTrue();
        String account = accountOf(s);
        return new Signed(account, email, s);
    }

    /**
     * Marks the account as verified, as a sign-in through the national identity would (that path is
     * tested against a real provider in {@code NationalIdentitySignInTest}).
     */
    public static void verify(org.springframework.jdbc.core.simple.JdbcClient jdbc, String account) {
        jdbc.sql("UPDATE platform_account SET verified_at = now(), identity_issuer = 'https://id.test', identity_subject = ? WHERE username = ?")
                .params("subject-" + account, account).update();
    }

    /** The account name of a signed-in session, read from the data download. */
    public static String accountOf(WebSession s) {
        HttpResponse<String> data = s.get("/account/data.json");
        assertThat(data.statusCode()).isEqualTo(200);
        Matcher m = Pattern.compile("\"account\"\\s*:\\s*\"(c[a-z0-9]{16})\"").matcher(data.body());
        assertThat(m.find()).as(data.body()).isTrue();
        return m.group(1);
    }

    /** The latest confirmation link mailed to the address. */
    public static String confirmationLink(String email) {
        for (String body : mailsTo(email)) {
            Matcher m = LINK.matcher(body);
            if (m.find()) return m.group(1);
        }
        throw new AssertionError("no confirmation link mailed to " + email + " in " + PlatformTest.MAILBOX);
    }

    /** Bodies of the mails written to the mailbox folder for the address, newest first. */
    public static List<String> mailsTo(String email) {
        Path box = Path.of(PlatformTest.MAILBOX);
        if (!Files.isDirectory(box)) return List.of();
        try (Stream<Path> files = Files.list(box)) {
            return files.filter(p -> p.toString().endsWith(".eml"))
                    .sorted(Comparator.comparing(Path::getFileName).reversed())
                    .map(TestCitizens::read)
                    .filter(m -> m.to().equalsIgnoreCase(email))
                    .map(Mail::body)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Mail(String to, String subject, String body) {
    }

    static Mail read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
            String to = Optional.ofNullable(m.getHeader("To", ",")).orElse("");
            return new Mail(to, m.getSubject(), String.valueOf(m.getContent()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }
}

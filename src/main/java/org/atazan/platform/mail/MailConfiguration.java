package org.atazan.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.UUID;

/** SMTP when Spring Boot configured a sender ({@code spring.mail.host}), the mailbox folder otherwise. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {
    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    Mailer mailer(ObjectProvider<JavaMailSender> smtp, Clock clock,
                  @Value("${atazan.mail.from:no-reply@atazan.invalid}") String from,
                  @Value("${atazan.mail.mailbox:${atazan.data-dir:data}/mailbox}") Path mailbox) {
        JavaMailSender sender = smtp.getIfAvailable();
        Mailer now = sender != null
                ? (to, subject, body) -> {
                    MimeMessage message = sender.createMimeMessage();
                    compose(message, from, to, subject, body);
                    sender.send(message);
                }
                : (to, subject, body) -> {
                    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
                    compose(message, from, to, subject, body);
                    write(mailbox, clock, message);
                };
        if (sender == null) log.info("No SMTP server configured (spring.mail.host): mail is written to {}", mailbox.toAbsolutePath());
        return (to, subject, body) -> afterCommit(() -> {
            try {
                now.send(to, subject, body);
            } catch (MailException | UncheckedIOException e) {
                // The decision stands; the person can ask for the mail again. The address stays out of the log.
                log.warn("A mail could not be sent: {}", e.toString());
            }
        });
    }

    private static void afterCommit(Runnable send) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    private static void compose(MimeMessage message, String from, String to, String subject, String body) {
        try {
            MimeMessageHelper m = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            m.setFrom(from);
            m.setTo(to);
            m.setSubject(subject);
            m.setText(body, false);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("mail not composed: " + e.getMessage(), e);
        }
    }

    /** One .eml file per mail, named so that a listing sorts them by time; written whole, then moved in. */
    private static void write(Path mailbox, Clock clock, MimeMessage message) {
        try {
            Files.createDirectories(mailbox);
            String name = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(java.time.ZoneOffset.UTC)
                    .format(clock.instant()) + "-" + UUID.randomUUID() + ".eml";
            Path partial = mailbox.resolve(name + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                message.writeTo(out);
            }
            Files.move(partial, mailbox.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | MessagingException e) {
            throw new UncheckedIOException(e instanceof IOException io ? io : new IOException(e));
        }
    }
}

package org.atazan.platform.mail;

/**
 * Sends one plain-text mail. Through SMTP when {@code spring.mail.host} is set; otherwise written to
 * the local mailbox folder ({@code atazan.mail.mailbox}), so that a new user of a fresh install can
 * still open the confirmation link. Inside a transaction the mail goes only after it commits: a mail
 * never announces what was rolled back.
 */
public interface Mailer {

    void send(String to, String subject, String body);
}

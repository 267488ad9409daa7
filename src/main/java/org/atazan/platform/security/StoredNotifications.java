package org.atazan.platform.security;

import org.atazan.platform.Notifications;
import org.atazan.platform.mail.Mailer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Kept in {@code platform_notification}; mailed to the account's confirmed address, if it has one. */
@Component
class StoredNotifications implements Notifications {
    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 4000;

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final Clock clock;

    StoredNotifications(JdbcClient jdbc, Mailer mailer, Clock clock) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Override
    public void notify(String account, String subject, String body) {
        String s = cut(subject.strip().replaceAll("\\s+", " "), MAX_SUBJECT);
        String b = cut(body, MAX_BODY);
        int stored = jdbc.sql("INSERT INTO platform_notification (username, subject, body, created_at) "
                        + "SELECT username, ?, ?, ? FROM platform_account WHERE username = ?")
                .params(s, b, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), account).update();
        if (stored == 0) return; // the account was deleted meanwhile: nobody to tell
        jdbc.sql("SELECT email FROM platform_account WHERE username = ? AND email_confirmed_at IS NOT NULL")
                .param(account).query(String.class).optional()
                .ifPresent(email -> mailer.send(email, s, b));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}

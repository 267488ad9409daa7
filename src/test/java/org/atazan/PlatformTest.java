package org.atazan;

import org.atazan.AtazanApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the whole platform on a random port against the embedded PostgreSQL.
 * All subclasses share one Spring context (same configuration), so the platform starts once.
 */
@SpringBootTest(classes = AtazanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"atazan.demo=true", "atazan.admin.password=test-admin-password-1"})
public abstract class PlatformTest {

    protected static final String ADMIN = "admin";
    protected static final String ADMIN_PASSWORD = "test-admin-password-1";
    /** Where the platform of the tests writes its mails (no SMTP server is configured). */
    public static final String MAILBOX = "target/test-mailbox";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("atazan.db.url", () -> TestDatabases.embedded().jdbcUrl());
        registry.add("atazan.db.user", () -> TestDatabases.embedded().user());
        registry.add("atazan.demo-data", () -> SharedData.dir().toString());
        registry.add("atazan.mail.mailbox", () -> MAILBOX);
    }
}

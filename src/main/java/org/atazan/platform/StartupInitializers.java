package org.atazan.platform;

import org.atazan.platform.db.EarlyDatabaseStart;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** What the platform's start adds before its context is wired: the embedded database, started early. */
public final class StartupInitializers {
    private StartupInitializers() {
    }

    public static ApplicationContextInitializer<ConfigurableApplicationContext> earlyDatabase() {
        return new EarlyDatabaseStart();
    }
}

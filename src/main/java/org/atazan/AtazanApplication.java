package org.atazan;

import org.atazan.platform.StartupInitializers;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/** The Spring application: scans every module's web and persistence adapters under org.atazan. */
// Flyway runs from the data source's configuration (platform.db.SchemaMigrations), which skips it when the schema
// already holds this build's migrations: Spring Boot's auto-configuration would validate them on every start.
@SpringBootApplication(exclude = FlywayAutoConfiguration.class)
@ConfigurationPropertiesScan
public class AtazanApplication {

    /** The platform without the command line (Spring's AOT processing at build starts it from here). */
    public static void main(String[] args) {
        start(args);
    }

    /** Starts the platform; Ctrl-C closes the context, and with it the embedded database. */
    public static ConfigurableApplicationContext start(String... args) {
        SpringApplication app = new SpringApplication(AtazanApplication.class);
        app.setRegisterShutdownHook(true);
        // Not the command line's class: Spring's AOT initializer (when run with spring.aot.enabled) is found by this name.
        app.setMainApplicationClass(AtazanApplication.class);
        app.addInitializers(StartupInitializers.earlyDatabase());
        app.addListeners(new AotStart());
        return app.run(args);
    }
}

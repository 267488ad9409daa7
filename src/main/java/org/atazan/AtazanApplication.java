package org.atazan;

import org.atazan.platform.StartupInitializers;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/** The Spring application: scans every module's web and persistence adapters under org.atazan. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AtazanApplication {

    /** Starts the platform; Ctrl-C closes the context, and with it the embedded database. */
    public static ConfigurableApplicationContext start(String... args) {
        SpringApplication app = new SpringApplication(AtazanApplication.class);
        app.setRegisterShutdownHook(true);
        app.addInitializers(StartupInitializers.earlyDatabase());
        return app.run(args);
    }
}

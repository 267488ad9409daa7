package org.atazan.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Logs the address to open once everything (demo data included) is ready. */
@Component
class StartupLog {
    private static final Logger log = LoggerFactory.getLogger(StartupLog.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            log.info("Atazan is ready: open http://localhost:{}/  (Ctrl-C stops it)", web.getWebServer().getPort());
        }
    }
}

package org.atazan.systematization.demo;

import org.atazan.consultation.Consultation;
import org.atazan.consultation.ConsultationRegistry;
import org.atazan.platform.DemoDataLoaded;
import org.atazan.systematization.DuplicateDesk;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the demo data is in, each generated sample consultation that was never searched for
 * near-duplicates is searched once (its campaigns' copies then show as groups), as the secretariat
 * would with "Search again". Real consultations are left to their secretariat.
 */
@Component
class SampleDuplicates {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SampleDuplicates.class);
    private final ConsultationRegistry registry;
    private final DuplicateDesk desk;

    SampleDuplicates(ConsultationRegistry registry, DuplicateDesk desk) {
        this.registry = registry;
        this.desk = desk;
    }

    @EventListener
    void on(DemoDataLoaded e) {
        for (Consultation c : registry.consultations()) {
            if (!c.sample() || desk.lastRun(c.id()).isPresent()) continue;
            long start = System.nanoTime();
            var run = desk.run(c.id());
            log.info("Near-duplicates of '{}': {} groups among {} proposals in {} ms", c.id(), run.groups(), run.proposals(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}

package org.atazan.systematization.demo;

import org.atazan.consultation.Consultation;
import org.atazan.consultation.ConsultationRegistry;
import org.atazan.platform.DemoDataLoaded;
import org.atazan.systematization.TopicDesk;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the demo data is in, each consultation of it never grouped by topic is grouped once (the generated
 * samples and the imported Pol.is conversations), as its secretariat would with "Group again".
 */
@Component
class SampleTopics {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SampleTopics.class);
    private final ConsultationRegistry registry;
    private final TopicDesk desk;

    SampleTopics(ConsultationRegistry registry, TopicDesk desk) {
        this.registry = registry;
        this.desk = desk;
    }

    @EventListener
    void on(DemoDataLoaded e) {
        for (Consultation c : registry.consultations()) {
            if (!c.sample() || desk.lastRun(c.id()).isPresent()) continue;
            var run = desk.run(c.id());
            log.info("Topical clusters of '{}': {} clusters among {} proposals in {} ms", c.id(), run.clusters(), run.proposals(), run.millis());
        }
    }
}

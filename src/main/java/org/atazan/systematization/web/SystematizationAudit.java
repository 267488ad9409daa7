package org.atazan.systematization.web;

import org.atazan.platform.AuditTrail;
import org.atazan.systematization.DuplicatesConfirmed;
import org.atazan.systematization.DuplicatesMerged;
import org.atazan.systematization.DuplicatesSplit;
import org.atazan.systematization.SystematizationEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Who confirmed, split or merged which group, and why: written synchronously, inside the decision's unit of work. */
@Component
class SystematizationAudit {
    private final AuditTrail audit;

    SystematizationAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(SystematizationEvent e) {
        if (e instanceof DuplicatesConfirmed c) {
            audit.record(c.by(), "systematization.duplicates.confirm", "consultation", c.consultationId(),
                    "group of " + c.members().get(0) + ": " + c.members().size() + " confirmed");
        } else if (e instanceof DuplicatesSplit s) {
            audit.record(s.by(), "systematization.duplicates.split", "consultation", s.consultationId(),
                    String.join(", ", s.out()) + " out of the group of " + s.rest().get(0));
        } else if (e instanceof DuplicatesMerged m) {
            audit.record(m.by(), "systematization.duplicates.merge", "consultation", m.consultationId(),
                    m.merged().size() + " merged into " + m.representative() + ", " + m.supportsMoved() + " supports moved: " + m.reason());
        } else if (e instanceof org.atazan.systematization.TopicsRenamed r) {
            audit.record(r.by(), "systematization.topics.rename", "consultation", r.consultationId(), "cluster " + r.topic() + " named " + r.name());
        } else if (e instanceof org.atazan.systematization.TopicsMerged m) {
            audit.record(m.by(), "systematization.topics.merge", "consultation", m.consultationId(), "clusters " + m.merged() + " merged into " + m.into());
        } else if (e instanceof org.atazan.systematization.TopicSplit s) {
            audit.record(s.by(), "systematization.topics.split", "consultation", s.consultationId(),
                    s.out().size() + " proposals of cluster " + s.from() + " into cluster " + s.into() + " (" + s.name() + ")");
        }
    }
}

package org.atazan.trial;

import org.atazan.charter.CharterVersionPublished;
import org.atazan.voting.ProtocolAccepted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the public record module will be: one more listener of every module's decisions. */
@Component
public class RecordProbe {
    private final List<String> entries = new CopyOnWriteArrayList<>();

    /** Read through a method: the bean is a proxy (asynchronous listeners), whose own fields are not these. */
    public List<String> entries() {
        return List.copyOf(entries);
    }

    @ApplicationModuleListener
    public void on(CharterVersionPublished e) {
        entries.add("charter " + e.charterId() + "/" + e.versionId() + " sha256:" + e.contentSha256());
    }

    @ApplicationModuleListener
    public void on(org.atazan.platform.AccountDeleted e) {
        entries.add("account deleted " + e.account());
    }

    @ApplicationModuleListener
    public void on(ProtocolAccepted e) {
        entries.add("protocol " + e.referendum() + "/" + e.station() + " r" + e.revision());
    }
}

package org.atazan.record.persistence;

import org.atazan.charter.CharterVersionPublished;
import org.atazan.record.PublicRecord;
import org.atazan.voting.VotingEvent;
import org.erdtman.jcs.JsonCanonicalizer;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;

/**
 * Every module's public decisions, appended to the public record as they are told (Spring Modulith
 * keeps each event until this listener has returned, so a crash loses none). An entry is the event's
 * own values as canonical JSON (RFC 8785), under its kind and the object it concerns, without the
 * account that acted: fields naming an account ({@code by}, {@code publishedBy}, ...) are dropped,
 * since the record is public and personal data stays out of it.
 */
@Component
class DecisionsToRecord {
    private final PublicRecord record;
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    DecisionsToRecord(PublicRecord record) {
        this.record = record;
    }

    @ApplicationModuleListener
    void on(CharterVersionPublished e) {
        append("charter.version-published", e.charterId() + "/" + e.versionId(), e);
    }

    @ApplicationModuleListener
    void on(VotingEvent e) {
        append("voting." + kebab(e.getClass().getSimpleName()), e.referendum(), e);
    }

    private void append(String kind, String objectId, Object event) {
        record.append(kind, objectId, entry(kind, objectId, event));
    }

    byte[] entry(String kind, String objectId, Object event) {
        ObjectNode decision = json.valueToTree(event);
        for (Iterator<String> names = decision.propertyNames().iterator(); names.hasNext(); ) {
            String name = names.next();
            if (name.equals("by") || name.endsWith("By")) names.remove();
        }
        ObjectNode entry = json.createObjectNode();
        entry.put("kind", kind);
        entry.put("object", objectId);
        entry.set("decision", decision);
        try {
            return new JsonCanonicalizer(json.writeValueAsString(entry)).getEncodedString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ProtocolAccepted → protocol-accepted. */
    static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}

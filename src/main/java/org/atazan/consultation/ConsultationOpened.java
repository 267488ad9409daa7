package org.atazan.consultation;

import java.time.Instant;

/** A consultation was opened on a charter version; {@code by} is the official's account. */
public record ConsultationOpened(String consultationId, String title, String charterId, String versionId,
                                 int deadlineDays, String by, Instant at) implements ConsultationEvent {
}

package org.atazan.consultation;

import org.atazan.consultation.imports.ImportMapping;

/**
 * One import file and how to read it.
 *
 * @param file    the file's name, as messages name it
 * @param format  {@code csv} or {@code json}
 * @param channel the channel the rows come from (the mapping's unless asked otherwise); never the platform
 * @param by      the official importing
 */
public record ImportRequest(String consultationId, String file, ImportMapping mapping, String format, Channel channel,
                            ImportMode mode, String by) {
}

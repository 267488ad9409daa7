package org.atazan.consultation.imports;

import java.util.Map;

/** One row of an import file: the line it starts on and its values by column (CSV) or key path (JSON, dotted). */
public record SourceRecord(long line, Map<String, String> values) {
}

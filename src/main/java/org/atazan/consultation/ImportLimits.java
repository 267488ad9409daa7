package org.atazan.consultation;

/**
 * How much an import file from another channel may hold, each checked while the file is read, so that
 * an upload can never make the platform hold more than this in memory. A breach is bad input naming
 * the limit, its setting and the line where it was reached.
 *
 * @param bytes        bytes of the file: {@code atazan.limits.consultation-import-bytes}
 * @param lineChars    characters of one CSV line, and of one JSON string: {@code atazan.limits.csv-line-chars}
 * @param rows         rows (CSV records or JSON objects): {@code atazan.limits.consultation-import-rows}
 * @param jsonDepth    nesting of JSON objects and arrays: {@code atazan.limits.json-depth}
 * @param reportedRows rows left out that a report lists one by one; the others are counted by reason:
 *                     {@code atazan.limits.report-rows}
 */
public record ImportLimits(long bytes, int lineChars, long rows, int jsonDepth, int reportedRows) {
    public static final String BYTES = "atazan.limits.consultation-import-bytes";
    public static final String LINE_CHARS = "atazan.limits.csv-line-chars";
    public static final String ROWS = "atazan.limits.consultation-import-rows";
    public static final String JSON_DEPTH = "atazan.limits.json-depth";

    public static final ImportLimits DEFAULTS = new ImportLimits(50L * 1024 * 1024, 65_536, 200_000, 16, 100);

    public ImportLimits {
        if (bytes < 1 || lineChars < 1 || rows < 1 || jsonDepth < 2 || reportedRows < 0) {
            throw new IllegalArgumentException("import limits must be positive (JSON depth at least 2): " + bytes + ", "
                    + lineChars + ", " + rows + ", " + jsonDepth + ", " + reportedRows);
        }
    }
}

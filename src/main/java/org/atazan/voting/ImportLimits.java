package org.atazan.voting;

/**
 * How much a protocol file may hold, each checked while the file is read, so that a small upload
 * (a zip of a few megabytes) can never make the platform read gigabytes or run out of memory. A
 * breach is bad input naming the limit, its setting and the line where it was reached.
 *
 * @param csvBytes     bytes of CSV text (after unzipping): {@code atazan.limits.csv-bytes}
 * @param zipEntries   entries a zip may list before its CSV file: {@code atazan.limits.zip-entries}
 * @param lineChars    characters of one line, and of one record whose quoted fields span lines:
 *                     {@code atazan.limits.csv-line-chars}
 * @param rows         rows under the header: {@code atazan.limits.csv-rows}
 * @param reportedRows rows left out (or kept with a warning) that a report lists one by one; the others
 *                     are only counted, by reason: {@code atazan.limits.report-rows}
 */
public record ImportLimits(long csvBytes, int zipEntries, int lineChars, long rows, int reportedRows) {

    /** The command line's limits, and the platform's unless configured otherwise. */
    public static final ImportLimits DEFAULTS = new ImportLimits(2L * 1024 * 1024 * 1024, 1_000, 64 * 1024, 2_000_000, 100);

    public ImportLimits {
        if (csvBytes < 1 || zipEntries < 1 || lineChars < 1 || rows < 1 || reportedRows < 0) {
            throw new IllegalArgumentException("import limits must be positive: " + csvBytes + ", " + zipEntries + ", "
                    + lineChars + ", " + rows + ", " + reportedRows);
        }
    }
}

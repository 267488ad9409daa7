package org.atazan.voting;

/** A problem with one CSV row: where it is, which station and field, and why. */
public record RowIssue(String file, long line, String station, String field, String reason) {
    /** One line naming file, line, station and field. */
    public String message() {
        return file + " line " + line + ", station " + station + ", field " + field + ": " + reason;
    }
}

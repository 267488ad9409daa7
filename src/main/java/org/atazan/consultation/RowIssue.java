package org.atazan.consultation;

/**
 * A row of an import file that was not accepted: its line, the field (the platform's name, such as
 * {@code wording}) and the file's column for it, and why.
 */
public record RowIssue(long line, String field, String column, String reason) {
    /** One line naming file line, field and column. */
    public String message(String file) {
        return file + " line " + line + ", field " + field + (column == null || column.equals(field) ? "" : " (column '" + column + "')")
                + ": " + reason;
    }
}

package org.atazan.charter;

import java.nio.charset.StandardCharsets;

/**
 * A request to add a version: what it is, and the text as uploaded (plain text, Markdown or Akoma
 * Ntoso XML; the format is recognised from the content).
 *
 * @param sourceName  the file name the text came in, used in error messages
 * @param patterns    name of the heading patterns to use, or null to recognise them
 * @param publishedBy the account that adds the version, or "" when no person does (demo data); it is
 *                    part of the public record
 */
public record NewVersion(VersionSummary summary, String sourceName, byte[] content, String patterns,
                         String publishedBy) {

    public NewVersion {
        publishedBy = publishedBy == null ? "" : publishedBy;
    }

    public NewVersion(VersionSummary summary, String sourceName, byte[] content, String patterns) {
        this(summary, sourceName, content, patterns, "");
    }

    /**
     * A version from a text made by code, such as a commission's consolidated text: the same reading
     * and checks as an uploaded file.
     */
    public static NewVersion ofText(VersionSummary summary, String sourceName, String text, String publishedBy) {
        return new NewVersion(summary, sourceName, text.getBytes(StandardCharsets.UTF_8), null, publishedBy);
    }
}

package org.atazan.charter;

/**
 * A request to add a version: what it is, and the text as uploaded (plain text, Markdown or Akoma
 * Ntoso XML; the format is recognised from the content).
 *
 * @param sourceName the file name the text came in, used in error messages
 * @param patterns   name of the heading patterns to use, or null to recognise them
 */
public record NewVersion(VersionSummary summary, String sourceName, byte[] content, String patterns) {
}

package org.atazan.charter;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A version of a charter was stored, whole: published in the same unit of work as the store write.
 * It holds no text and no personal data, so that a public record can log it as it is; the text is
 * pinned by {@code contentSha256}, which anyone can check against the version's Akoma Ntoso export.
 *
 * @param date          the version's date (when the text was expressed)
 * @param contentSha256 SHA-256, lower-case hex, of the version's canonical stored content: its Akoma
 *                      Ntoso XML in UTF-8, as served at {@code /api/charters/{charter}/versions/{id}/akn}
 * @param publishedBy   the account that added the version, or "" when it came from no person (demo data)
 */
public record CharterVersionPublished(String charterId, String versionId, String title, LocalDate date,
                                      String language, VersionStatus status, int articleCount,
                                      String contentSha256, String publishedBy, Instant publishedAt) {
    public CharterVersionPublished {
        publishedBy = publishedBy == null ? "" : publishedBy;
    }
}

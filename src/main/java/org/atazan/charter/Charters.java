package org.atazan.charter;

import java.util.List;
import java.util.Optional;

/** Where charters and their versions are kept (the persistence adapter implements it). */
public interface Charters {

    void save(Charter charter);

    Optional<Charter> find(String charterId);

    List<Charter> all();

    /** Stores a version with its text, all at once; fails if the version id is taken. */
    void save(VersionSummary summary, CharterText text);

    Optional<CharterVersion> version(String charterId, String versionId);

    /** The versions of a charter, oldest first. */
    List<VersionSummary> versions(String charterId);

    /** Full-text search in one version, best matches first. */
    List<TextMatch> search(String charterId, String versionId, String query, int limit);

    /** Keeps the lines of a version added as text, as read (joined by line breaks), for consolidating amendments into it. */
    default void saveLayout(String charterId, String versionId, String lines) {
    }

    /** The lines of a version added as text, if kept. */
    default Optional<String> layout(String charterId, String versionId) {
        return Optional.empty();
    }
}

package org.atazan.consultation;

import java.util.Optional;
import java.util.Set;

/**
 * The article numbers of a charter version, or empty when there is no such version: how the core checks
 * that a proposal names an article that exists. Wired to the charter module's {@code CharterLibrary}.
 */
@FunctionalInterface
public interface ArticleIndex {
    Optional<Set<String>> articles(String charterId, String versionId);
}

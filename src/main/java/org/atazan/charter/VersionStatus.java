package org.atazan.charter;

/** Where a version stands in the life of a charter. */
public enum VersionStatus {
    DRAFT, ADOPTED, IN_FORCE, SUPERSEDED
}

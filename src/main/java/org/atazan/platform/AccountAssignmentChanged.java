package org.atazan.platform;

import java.time.Instant;

/**
 * An admin assigned an account to an object (a vote, a territory, a consultation, ...) or took it off: a public
 * decision, since an official acts only on what they are assigned to. The account is named by its public
 * reference, never by its login name.
 */
public record AccountAssignmentChanged(String account, String objectType, String objectId, boolean assigned, Instant at) {
}

package org.atazan.consultation;

import java.util.Optional;

/**
 * Who wrote a proposal: the account (null for one imported from another channel, or once the account
 * is deleted), the display name they chose to show (or none), their region, and whether the
 * secretariat hid the name (a report of false attribution). The public never sees the account.
 */
public record Author(String account, String displayName, String region, boolean nameHidden) {
    public Author {
        displayName = TextBounds.line("displayName", displayName, TextBounds.DISPLAY_NAME);
        region = TextBounds.line("region", region, TextBounds.REGION);
    }

    /** The name the public sees; empty when none was chosen or it is hidden (then "Citizen of <region>"). */
    public Optional<String> publicName() {
        return nameHidden || displayName.isEmpty() ? Optional.empty() : Optional.of(displayName);
    }

    /** The same author with the account removed and the name hidden: what stays after account deletion. */
    public Author anonymised() {
        return new Author(null, "", region, true);
    }
}

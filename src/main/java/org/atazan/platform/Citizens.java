package org.atazan.platform;

import java.util.Optional;

/**
 * People with an account, for modules: who someone is and what they may do. Accounts are created and
 * confirmed by the platform (sign-up with e-mail and password, or sign-in through the configured
 * OpenID Connect provider). When an account is deleted the platform publishes {@link AccountDeleted}
 * so that each module anonymises what it keeps.
 */
public interface Citizens {

    /** The account's public face, if the account exists. */
    Optional<Citizen> find(String account);

    /**
     * The identity level an action needs, from configuration ({@code atazan.identity.levels.<action>},
     * e.g. {@code propose=EMAIL_CONFIRMED}, {@code support=VERIFIED}); {@link IdentityLevel#NONE} for
     * an action not configured.
     */
    IdentityLevel required(String action);

    /** Whether the account exists and its level is at least what the action needs. */
    default boolean may(String account, String action) {
        IdentityLevel needed = required(action);
        if (account == null) return needed == IdentityLevel.NONE;
        return find(account).map(c -> c.level().atLeast(needed)).orElse(needed == IdentityLevel.NONE);
    }
}

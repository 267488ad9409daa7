package org.atazan.platform;

import java.time.Instant;
import java.util.List;

/**
 * An admin gave an account roles, or changed them (an account created with roles among them): a public decision,
 * since it says who may act for the platform. The account is named by its public reference, never by its login
 * name; {@code before} is empty for an account just created. Roles in alphabetical order.
 */
public record AccountRolesChanged(String account, List<String> roles, List<String> before, Instant at) {
    public AccountRolesChanged {
        roles = List.copyOf(roles);
        before = List.copyOf(before);
    }
}

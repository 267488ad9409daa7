package org.atazan.platform;

/**
 * A person with an account, as another module may see them: the account's name (an opaque, stable
 * key to store beside what they did), how sure the platform is of who they are, and what they chose
 * to show the public. Never their e-mail or identity number: those stay in the platform.
 *
 * @param account     the account's name, the key a module stores
 * @param level       how sure the platform is of who they are
 * @param displayName the name they chose to show the public, or {@code null} for none
 * @param region      the region they gave (a code such as {@code KZ-ALA}), or {@code null}
 */
public record Citizen(String account, IdentityLevel level, String displayName, String region) {
}

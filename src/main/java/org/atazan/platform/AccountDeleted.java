package org.atazan.platform;

/**
 * An account was deleted at its owner's request. Modules remove or anonymise what they keep about
 * the account (what it wrote in public stays, without its name).
 */
public record AccountDeleted(String account) {
}

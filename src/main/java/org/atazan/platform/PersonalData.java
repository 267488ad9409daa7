package org.atazan.platform;

/**
 * What a module holds about one account, for the account's own download of everything the platform
 * holds about them (JSON). Each module that keeps personal data contributes one bean; the platform
 * collects them all under each one's {@link #section()}.
 */
public interface PersonalData {

    /** The key under which this module's part appears in the download, e.g. {@code "consultation"}. */
    String section();

    /** What this module holds about the account, as values Jackson writes (records, lists, maps). */
    Object about(String account);
}

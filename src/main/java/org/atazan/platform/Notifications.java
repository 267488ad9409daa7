package org.atazan.platform;

/**
 * Messages to one account: stored (the person reads them after signing in) and sent by e-mail where
 * mail is configured (or written to the local mailbox folder). The text is the module's, already in
 * the person's language; it carries no other person's data.
 */
public interface Notifications {

    /**
     * Stores a notification for the account and mails it. Runs in the caller's transaction when there
     * is one (the mail goes after commit).
     *
     * @param account the account to tell
     * @param subject one line
     * @param body    plain text, a link to the page concerned included
     */
    void notify(String account, String subject, String body);
}

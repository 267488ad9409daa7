package org.atazan.platform.security;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person the national identity provider vouched for becomes a platform account (verified), and the
 * signed-in principal is named after that account, never after the provider's subject or the
 * person's name: modules see the same kind of key whichever way someone signed in.
 */
class NationalIdentity extends OidcUserService {
    /** The claim the principal's name is read from: the platform account's name. */
    static final String ACCOUNT_CLAIM = "atazan_account";

    private final CitizenAccounts accounts;
    private final AccountStore store;

    NationalIdentity(CitizenAccounts accounts, AccountStore store) {
        this.accounts = accounts;
        this.store = store;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser person = super.loadUser(request);
        // The display name stays the citizen's choice: the provider's real name is not copied into it.
        String account = accounts.signInThroughIdentity(person.getIssuer().toString(), person.getSubject(), null);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", person.getSubject());
        claims.put(ACCOUNT_CLAIM, account);
        String roles = store.roles(account).orElse(CitizenAccounts.CITIZEN_ROLE);
        return new DefaultOidcUser(AuthorityUtils.commaSeparatedStringToAuthorityList(roles), person.getIdToken(),
                new OidcUserInfo(claims), ACCOUNT_CLAIM);
    }
}

package org.atazan.platform.security;

import org.atazan.platform.AccountRolesChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Accounts of the people who write (secretariat, commission, election officials), in PostgreSQL.
 * A hash in an older format (bcrypt) is replaced by the current one (Argon2id) at a successful
 * sign-in, the only moment the password is known. Not a Spring Security {@code UserDetailsService} bean:
 * the one way to check a password is the throttled provider, never a second, unthrottled one.
 */
@Component
class AccountStore {
    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The account for a sign-in (the password checker of {@link SecurityConfiguration} calls it): by its
     * name, or for a citizen by the e-mail address they signed up with. The principal is the account's
     * name either way, so that nothing personal becomes a key elsewhere.
     */
    UserDetails loadUserByUsername(String username) {
        boolean email = username != null && username.contains("@");
        return jdbc.sql(email
                        ? "SELECT username, password_hash, roles FROM platform_account WHERE lower(email) = lower(?)"
                        : "SELECT username, password_hash, roles FROM platform_account WHERE username = ?")
                .param(username)
                .query((rs, n) -> User.withUsername(rs.getString(1))
                        .password(rs.getString(2))
                        .authorities(AuthorityUtils.commaSeparatedStringToAuthorityList(rs.getString(3)))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    /** Stores a new hash of the same password, in the encoder's current format. */
    UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        jdbc.sql("UPDATE platform_account SET password_hash = ? WHERE username = ?")
                .params(newPasswordHash, user.getUsername()).update();
        return User.withUserDetails(user).password(newPasswordHash).build();
    }

    /** The account's roles as stored ("ROLE_ADMIN,ROLE_SECRETARY"), if it exists. */
    Optional<String> roles(String username) {
        return jdbc.sql("SELECT roles FROM platform_account WHERE username = ?").param(username)
                .query(String.class).optional();
    }

    /**
     * Creates or updates an account, in one statement that also says what it was: whether it was created, its
     * reference in the public record, and its roles before (read before the statement's change).
     */
    Saved save(String username, String passwordHash, String roles) {
        return jdbc.sql("""
                        WITH old AS (SELECT roles FROM platform_account WHERE username = ?)
                        INSERT INTO platform_account (username, password_hash, roles) VALUES (?, ?, ?)
                        ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, roles = EXCLUDED.roles
                        RETURNING (xmax = 0), public_ref::text, (SELECT roles FROM old)
                        """)
                .params(username, username, passwordHash, roles)
                .query((rs, n) -> new Saved(rs.getBoolean(1), rs.getString(2), roleNames(rs.getString(3)), roleNames(roles))).single();
    }

    /** The account's reference in the public record (never its login name), if it exists. */
    Optional<String> publicRef(String username) {
        return jdbc.sql("SELECT public_ref::text FROM platform_account WHERE username = ?").param(username)
                .query(String.class).optional();
    }

    /** An account saved: created or updated, its public reference, and its role names before and now (none before a creation). */
    record Saved(boolean created, String publicRef, List<String> rolesBefore, List<String> roles) {
        /** The roles' change as a public decision, when there is one (a new password alone is none). */
        Optional<AccountRolesChanged> change(Instant at) {
            return rolesBefore.equals(roles) ? Optional.empty() : Optional.of(new AccountRolesChanged(publicRef, roles, rolesBefore, at));
        }
    }

    /** Role names as stored ("ROLE_ADMIN,ROLE_SECRETARY") → [ADMIN, SECRETARY], sorted; none for none. */
    static List<String> roleNames(String stored) {
        if (stored == null || stored.isBlank()) return List.of();
        return new TreeSet<>(List.of(stored.replace("ROLE_", "").split(","))).stream().toList();
    }
}

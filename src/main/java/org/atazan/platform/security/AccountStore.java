package org.atazan.platform.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Accounts of the people who write (secretariat, commission, election officials), in PostgreSQL. */
@Component
class AccountStore implements UserDetailsService {
    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("SELECT username, password_hash, roles FROM platform_account WHERE username = ?")
                .param(username)
                .query((rs, n) -> User.withUsername(rs.getString(1))
                        .password(rs.getString(2))
                        .authorities(AuthorityUtils.commaSeparatedStringToAuthorityList(rs.getString(3)))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    void save(String username, String passwordHash, String roles) {
        jdbc.sql("""
                        INSERT INTO platform_account (username, password_hash, roles) VALUES (?, ?, ?)
                        ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, roles = EXCLUDED.roles
                        """)
                .params(username, passwordHash, roles)
                .update();
    }
}

package org.atazan.platform.security;

import org.atazan.platform.Citizen;
import org.atazan.platform.Citizens;
import org.atazan.platform.IdentityLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** {@link Citizens} over the accounts table; the level is derived from what the account has proven. */
@Component
class JdbcCitizens implements Citizens {
    private final JdbcClient jdbc;
    private final IdentitySettings settings;

    JdbcCitizens(JdbcClient jdbc, IdentitySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public Optional<Citizen> find(String account) {
        if (account == null) return Optional.empty();
        return jdbc.sql("""
                        SELECT username, display_name, region, email_confirmed_at IS NOT NULL, verified_at IS NOT NULL
                        FROM platform_account WHERE username = ?""")
                .param(account)
                .query((rs, n) -> new Citizen(rs.getString(1), level(rs.getBoolean(4), rs.getBoolean(5)), rs.getString(2), rs.getString(3)))
                .optional();
    }

    static IdentityLevel level(boolean emailConfirmed, boolean verified) {
        if (verified) return IdentityLevel.VERIFIED;
        return emailConfirmed ? IdentityLevel.EMAIL_CONFIRMED : IdentityLevel.ACCOUNT;
    }

    @Override
    public IdentityLevel required(String action) {
        return settings.levels().getOrDefault(action, IdentityLevel.NONE);
    }
}

package org.atazan.platform.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atazan.kernel.BadInputException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Accounts of the people who write (secretariat, commission members, election officials), managed by
 * an admin. Passwords are stored only as adaptive hashes and never returned or logged.
 */
@RestController
@RequestMapping("/api/accounts")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Accounts", description = "Who may write, with which role (admin only)")
class AccountApi {
    static final Set<String> ROLES = Set.of("SECRETARY", "COMMISSION", "ELECTION_OFFICIAL", "ADMIN");
    static final int MIN_PASSWORD = 12;

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final JdbcClient jdbc;

    AccountApi(AccountStore accounts, PasswordEncoder encoder, JdbcClient jdbc) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.jdbc = jdbc;
    }

    record NewAccount(String username, String password, List<String> roles) {
    }

    record AccountOut(String username, List<String> roles) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create or update an account: {username, password (12+ characters), roles: [SECRETARY, COMMISSION, ELECTION_OFFICIAL, ADMIN]}")
    AccountOut save(@RequestBody NewAccount body) {
        if (body == null || body.username() == null || !body.username().matches("[a-z0-9._-]{2,64}")) {
            throw new BadInputException("field username: 2-64 characters a-z, 0-9, '.', '_', '-'");
        }
        if (body.password() == null || body.password().length() < MIN_PASSWORD) {
            throw new BadInputException("field password: at least " + MIN_PASSWORD + " characters");
        }
        if (body.roles() == null || body.roles().isEmpty()) throw new BadInputException("field roles: at least one role");
        Set<String> roles = new TreeSet<>();
        for (String r : body.roles()) {
            String role = r == null ? "" : r.toUpperCase(Locale.ROOT);
            if (!ROLES.contains(role)) throw new BadInputException("field roles: unknown role '" + r + "'; known: " + new TreeSet<>(ROLES));
            roles.add(role);
        }
        accounts.save(body.username(), encoder.encode(body.password()),
                String.join(",", roles.stream().map(r -> "ROLE_" + r).toList()));
        return new AccountOut(body.username(), List.copyOf(roles));
    }

    @GetMapping
    @Operation(summary = "The accounts and their roles (never their passwords)")
    List<AccountOut> list() {
        return jdbc.sql("SELECT username, roles FROM platform_account ORDER BY username")
                .query((rs, n) -> new AccountOut(rs.getString(1),
                        List.of(rs.getString(2).replace("ROLE_", "").split(","))))
                .list();
    }
}

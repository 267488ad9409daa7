package org.atazan.platform.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atazan.kernel.BadInputException;
import org.atazan.kernel.DomainEvents;
import org.atazan.platform.AuditTrail;
import org.atazan.platform.PasswordPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Accounts of the people who write (secretariat, commission members, election officials), managed by
 * an admin. Passwords are checked by the {@link PasswordPolicy}, stored only as adaptive hashes and
 * never returned, logged nor audited; creations and role changes go to the {@link AuditTrail}.
 */
@RestController
@RequestMapping("/api/accounts")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Accounts", description = "Who may write, with which role (admin only)")
class AccountApi {
    static final Set<String> ROLES = Set.of("SECRETARY", "COMMISSION", "ELECTION_OFFICIAL", "ADMIN");

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditTrail audit;
    private final DomainEvents events;
    private final Clock clock;
    private final JdbcClient jdbc;

    AccountApi(AccountStore accounts, PasswordEncoder encoder, PasswordPolicy policy, AuditTrail audit, JdbcClient jdbc,
               DomainEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    record NewAccount(String username, String password, List<String> roles) {
    }

    record AccountOut(String username, List<String> roles) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    @Operation(summary = "Create or update an account: {username, password (12 to 128 characters, not a common one), roles: [SECRETARY, COMMISSION, ELECTION_OFFICIAL, ADMIN]}")
    @ApiResponse(responseCode = "201", description = "The account, without its password")
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A field not accepted, named in the problem", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    AccountOut save(@RequestBody NewAccount body, Principal admin) {
        if (body == null || body.username() == null || !body.username().matches("[a-z0-9._-]{2,64}")) {
            throw new BadInputException("field username: 2-64 characters a-z, 0-9, '.', '_', '-'");
        }
        policy.check("password", body.username(), body.password());
        if (body.roles() == null || body.roles().isEmpty()) throw new BadInputException("field roles: at least one role");
        Set<String> roles = new TreeSet<>();
        for (String r : body.roles()) {
            String role = r == null ? "" : r.toUpperCase(Locale.ROOT);
            if (!ROLES.contains(role)) throw new BadInputException("field roles: unknown role '" + r + "'; known: " + new TreeSet<>(ROLES));
            roles.add(role);
        }
        String stored = String.join(",", roles.stream().map(r -> "ROLE_" + r).toList());
        AccountStore.Saved saved = accounts.save(body.username(), encoder.encode(body.password()), stored);
        saved.change(clock.instant()).ifPresent(events::publish);
        if (saved.created()) {
            audit.record(admin.getName(), "account.create", "account", body.username(), "roles: " + String.join(", ", roles));
        } else {
            String was = String.join(", ", saved.rolesBefore());
            audit.record(admin.getName(), "account.update", "account", body.username(),
                    (was.equals(String.join(", ", roles)) ? "roles unchanged: " + was : "roles: " + String.join(", ", roles) + " (were: " + was + ")")
                            + "; password set");
        }
        return new AccountOut(body.username(), List.copyOf(roles));
    }

    @GetMapping
    @Operation(summary = "The accounts and their roles (never their passwords)")
    @ApiResponse(responseCode = "200", description = "The accounts")
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    List<AccountOut> list() {
        return jdbc.sql("SELECT username, roles FROM platform_account ORDER BY username")
                .query((rs, n) -> new AccountOut(rs.getString(1), AccountStore.roleNames(rs.getString(2))))
                .list();
    }
}

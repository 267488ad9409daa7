package org.atazan.platform.security;

import org.atazan.kernel.DomainEvents;
import org.atazan.platform.AuditTrail;
import org.atazan.platform.PasswordPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Creates or updates the {@code admin} account from ATAZAN_ADMIN_PASSWORD at start, so that no
 * password ever sits in a file of the repository or in the log. The password must pass the
 * {@link PasswordPolicy}: a weak one stops the start with the reason, rather than open the platform.
 */
@Component
class AdminBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    static final String ROLES = "ROLE_ADMIN,ROLE_SECRETARY,ROLE_COMMISSION,ROLE_ELECTION_OFFICIAL";

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditTrail audit;
    private final String password;
    private final DomainEvents events;
    private final Clock clock;

    AdminBootstrap(AccountStore accounts, PasswordEncoder encoder, PasswordPolicy policy, AuditTrail audit,
                   @Value("${atazan.admin.password:${ATAZAN_ADMIN_PASSWORD:}}") String password,
                   DomainEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (password == null || password.isEmpty()) {
            log.info("No ATAZAN_ADMIN_PASSWORD set: the platform is read-only until an admin account exists.");
            return;
        }
        policy.refusal("admin", password).ifPresent(r -> {
            throw new IllegalStateException(PasswordPolicy.refusedSetting("ATAZAN_ADMIN_PASSWORD", r));
        });
        AccountStore.Saved saved = accounts.save("admin", encoder.encode(password), ROLES);
        saved.change(clock.instant()).ifPresent(events::publish);
        audit.record("system", saved.created() ? "account.create" : "account.update", "account", "admin",
                "password set from ATAZAN_ADMIN_PASSWORD at start; roles: ADMIN, COMMISSION, ELECTION_OFFICIAL, SECRETARY");
        log.info("Account 'admin' is ready.");
    }
}

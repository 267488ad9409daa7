package org.atazan.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates or updates the {@code admin} account from ATAZAN_ADMIN_PASSWORD at start, so that no
 * password ever sits in a file of the repository or in the log.
 */
@Component
class AdminBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    static final String ROLES = "ROLE_ADMIN,ROLE_SECRETARY,ROLE_COMMISSION,ROLE_ELECTION_OFFICIAL";

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final String password;

    AdminBootstrap(AccountStore accounts, PasswordEncoder encoder,
                   @Value("${atazan.admin.password:${ATAZAN_ADMIN_PASSWORD:}}") String password) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (password == null || password.isBlank()) {
            log.info("No ATAZAN_ADMIN_PASSWORD set: the platform is read-only until an admin account exists.");
            return;
        }
        if (password.length() < 12) throw new IllegalStateException("ATAZAN_ADMIN_PASSWORD must have at least 12 characters");
        accounts.save("admin", encoder.encode(password), ROLES);
        log.info("Account 'admin' is ready.");
    }
}

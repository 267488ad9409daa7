package org.atazan.platform.security;

import org.atazan.platform.PasswordPolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A weak ATAZAN_ADMIN_PASSWORD stops the start with the reason, before anything is stored. */
class AdminBootstrapTest {

    static AdminBootstrap with(String password) {
        // No store, encoder nor trail: the check comes first, so reaching them would fail the test.
        return new AdminBootstrap(null, null, PasswordPolicy.standard(), null, password, null, null);
    }

    @Test
    void weakAdminPasswordsStopTheStart() {
        assertThatThrownBy(() -> with("            ").run(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ATAZAN_ADMIN_PASSWORD").hasMessageContaining("spaces");
        assertThatThrownBy(() -> with("password1234").run(null)).hasMessageContaining("common");
        assertThatThrownBy(() -> with("eleven-char").run(null))
                .hasMessage("ATAZAN_ADMIN_PASSWORD is refused; a password needs to be at least 12 characters");
    }

    @Test
    void noAdminPasswordLeavesThePlatformReadOnly() {
        with("").run(null);
        with(null).run(null);
    }
}

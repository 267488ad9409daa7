package org.atazan.platform.security;

import org.atazan.platform.PasswordPolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import java.time.Duration;
import java.util.Map;

/**
 * Reading is public; every write needs an account with the right role. The API authenticates each
 * request (HTTP Basic, no session cookie, hence no CSRF exposure); pages use a login form, a session
 * and CSRF tokens on every form.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
    static final String ARGON2 = "argon2@SpringSecurity_v5_8";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/accounts/**", "/api/audit/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(new ProblemAuthenticationEntryPoint()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(new ProblemAuthenticationEntryPoint())
                        .accessDeniedHandler(new ProblemAccessDeniedHandler()))
                .headers(h -> h.httpStrictTransportSecurity(SecurityConfiguration::hsts));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> identityProviders,
                              CitizenAccounts citizens, AccountStore accounts) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/account", "/account/data.json").authenticated()
                        .requestMatchers(HttpMethod.POST, "/account/new").permitAll()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers("/login", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(signInFailure()).permitAll())
                .logout(Customizer.withDefaults())
                .headers(h -> h.httpStrictTransportSecurity(SecurityConfiguration::hsts).contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "frame-ancestors 'none'; form-action 'self'")));
        if (identityProviders.getIfAvailable() != null) {
            // The national identity, when configured (spring.security.oauth2.client.*): its subject is
            // mapped to a verified platform account, which is the principal from then on.
            http.oauth2Login(o -> o.loginPage("/login")
                    .userInfoEndpoint(u -> u.oidcUserService(new NationalIdentity(citizens, accounts))));
        }
        return http.build();
    }

    /**
     * HSTS on every secure response: a request is secure when it came over HTTPS, or from a trusted
     * proxy that says so with X-Forwarded-Proto (server.forward-headers-strategy=native). Never on
     * plain HTTP, where a browser would ignore it anyway.
     */
    private static void hsts(HeadersConfigurer<HttpSecurity>.HstsConfig hsts) {
        hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds()).includeSubDomains(true);
    }

    /**
     * The one way a password is checked, for the form and HTTP Basic alike: throttled, then against
     * the stored hash (upgraded to the current format on success). Being the only provider bean, it
     * is what Spring Security's global authentication manager uses; no unthrottled path remains.
     */
    @Bean
    AuthenticationProvider signInProvider(AccountStore accounts, PasswordEncoder encoder, SignInThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts::loadUserByUsername);
        passwords.setPasswordEncoder(encoder);
        passwords.setUserDetailsPasswordService(accounts::updatePassword);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    /**
     * A wrong password back to the form; a throttled sign-in to the form, which reads how long to wait
     * from the exception both handlers keep in the session.
     */
    private static AuthenticationFailureHandler signInFailure() {
        AuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/login?error");
        AuthenticationFailureHandler throttled = new SimpleUrlAuthenticationFailureHandler("/login?throttled");
        return (request, response, e) ->
                (e instanceof SignInThrottledException ? throttled : wrong).onAuthenticationFailure(request, response, e);
    }

    /**
     * Argon2id for new hashes (no 72-byte limit, memory-hard); hashes written earlier with bcrypt stay
     * readable and are rewritten as Argon2id at the account's next sign-in (see {@link AccountStore}).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(ARGON2, Map.of(
                ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return PasswordPolicy.standard();
    }
}

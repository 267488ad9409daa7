package org.atazan.platform.security;

import org.atazan.kernel.BadInputException;
import org.atazan.kernel.DomainEvents;
import org.atazan.platform.AccountDeleted;
import org.atazan.platform.AuditTrail;
import org.atazan.platform.PasswordPolicy;
import org.atazan.platform.mail.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Citizens' own accounts: sign-up with e-mail and password, the confirmation link, sign-in through the
 * national identity, their profile and deletion. An account's name is generated ({@code c} and 16
 * random letters and digits) so that nothing personal ever serves as a key in other modules, in the
 * audit trail or in logs.
 */
@Service
public class CitizenAccounts {
    static final String CITIZEN_ROLE = "ROLE_CITIZEN";
    static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");
    /** Deliberately loose (RFC 5321 allows much): one @, no spaces or controls, a dot in the domain. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+");
    private static final char[] NAME_LETTERS = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    static final int MAX_DISPLAY_NAME = 80;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Mailer mailer;
    private final MessageSource messages;
    private final IdentitySettings settings;
    private final AuditTrail audit;
    private final DomainEvents events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CitizenAccounts(JdbcClient jdbc, PasswordEncoder encoder, PasswordPolicy policy, Mailer mailer, MessageSource messages,
                    IdentitySettings settings, AuditTrail audit, DomainEvents events, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.policy = policy;
        this.mailer = mailer;
        this.messages = messages;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What a person fills in to sign up. */
    public record SignUp(String email, String password, String displayName, String region, String language) {
    }

    /** A field of a form not accepted, with the message key that says why in the reader's language. */
    public record FieldRefusal(String field, String messageKey) {
    }

    /** What is wrong with a sign-up form, field by field, before anything is stored; empty if nothing. */
    public java.util.List<FieldRefusal> refusals(SignUp form) {
        java.util.List<FieldRefusal> out = new java.util.ArrayList<>();
        try {
            email(form.email());
        } catch (BadInputException e) {
            out.add(new FieldRefusal("email", "account.refused.email"));
        }
        policy.refusal(form.email() == null ? "" : form.email().strip(), form.password())
                .ifPresent(r -> out.add(new FieldRefusal("password", r.messageKey())));
        out.addAll(refusals(new Profile(form.displayName(), form.region(), form.language())));
        return out;
    }

    /** What is wrong with a profile, field by field. */
    public java.util.List<FieldRefusal> refusals(Profile p) {
        java.util.List<FieldRefusal> out = new java.util.ArrayList<>();
        if (p.displayName() != null && !p.displayName().isBlank()) {
            try {
                cleanName(p.displayName());
            } catch (BadInputException e) {
                out.add(new FieldRefusal("displayName", "account.refused.displayName"));
            }
        }
        if (p.region() != null && !p.region().isBlank() && !settings.regions().contains(p.region().strip())) {
            out.add(new FieldRefusal("region", "account.refused.region"));
        }
        return out;
    }

    /** What a person may change about themselves. */
    public record Profile(String displayName, String region, String language) {
    }

    /**
     * Creates an unconfirmed account and mails the confirmation link. For an address that already has
     * an account nothing is created and that address is told so instead; the answer is the same, so
     * that the form does not reveal who has an account.
     *
     * @param siteUrl the site's address as the person reached it, for the link ({@code https://host})
     */
    @Transactional
    public void signUp(SignUp form, String siteUrl) {
        String email = email(form.email());
        Profile profile = profile(new Profile(form.displayName(), form.region(), form.language()));
        policy.check("password", email, form.password());
        Locale locale = Locale.forLanguageTag(profile.language());
        Optional<String> existing = jdbc.sql("SELECT username FROM platform_account WHERE lower(email) = lower(?)")
                .param(email).query(String.class).optional();
        if (existing.isPresent()) {
            mailer.send(email, text("account.mail.exists.subject", locale), text("account.mail.exists.body", locale, siteUrl + "/login"));
            return;
        }
        String username = newName();
        jdbc.sql("""
                        INSERT INTO platform_account (username, password_hash, roles, email, display_name, region, language, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(username, encoder.encode(form.password()), CITIZEN_ROLE, email, profile.displayName(), profile.region(),
                        profile.language(), now())
                .update();
        audit.record(username, "account.sign-up", "account", username, "citizen account, e-mail not confirmed");
        sendConfirmation(username, email, locale, siteUrl);
    }

    private void sendConfirmation(String username, String email, Locale locale, String siteUrl) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("INSERT INTO platform_email_confirmation (token_sha256, username, expires_at) VALUES (?, ?, ?)")
                .params(sha256(token), username, OffsetDateTime.ofInstant(clock.instant().plus(settings.confirmationValidFor()), ZoneOffset.UTC))
                .update();
        mailer.send(email, text("account.mail.confirm.subject", locale),
                text("account.mail.confirm.body", locale, siteUrl + "/account/confirm?token=" + token, settings.confirmationValidFor().toHours()));
    }

    /** Follows a confirmation link: the account's e-mail is confirmed; a link works once, and not after it expires. */
    @Transactional
    public Optional<String> confirm(String token) {
        if (token == null || token.length() > 100) return Optional.empty();
        Optional<String> username = jdbc.sql("DELETE FROM platform_email_confirmation WHERE token_sha256 = ? AND expires_at > ? RETURNING username")
                .params(sha256(token), now()).query(String.class).optional();
        username.ifPresent(u -> {
            jdbc.sql("UPDATE platform_account SET email_confirmed_at = coalesce(email_confirmed_at, ?) WHERE username = ?")
                    .params(now(), u).update();
            audit.record(u, "account.confirm", "account", u, "e-mail confirmed");
        });
        return username;
    }

    /**
     * The account of a person the national identity provider vouched for: found by the provider and
     * its subject, or created (verified) at the first sign-in.
     */
    @Transactional
    public String signInThroughIdentity(String issuer, String subject, String displayName) {
        Optional<String> known = jdbc.sql("SELECT username FROM platform_account WHERE identity_issuer = ? AND identity_subject = ?")
                .params(issuer, subject).query(String.class).optional();
        if (known.isPresent()) return known.get();
        String username = newName();
        String name = displayName == null || displayName.isBlank() ? null : cleanName(displayName);
        // No password can sign in to it: a random one, hashed, never shown.
        byte[] unusable = new byte[32];
        random.nextBytes(unusable);
        jdbc.sql("""
                        INSERT INTO platform_account (username, password_hash, roles, display_name, identity_issuer, identity_subject, verified_at, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(username, encoder.encode(HexFormat.of().formatHex(unusable)), CITIZEN_ROLE, name, issuer, subject, now(), now())
                .update();
        audit.record(username, "account.sign-up", "account", username, "citizen account verified through the identity provider");
        return username;
    }

    @Transactional
    public void updateProfile(String username, Profile changes) {
        Profile p = profile(changes);
        jdbc.sql("UPDATE platform_account SET display_name = ?, region = ?, language = ? WHERE username = ?")
                .params(p.displayName(), p.region(), p.language(), username).update();
        audit.record(username, "account.profile", "account", username, "display name, region or language");
    }

    /**
     * Deletes a citizen's own account. What they wrote in public stays, without their name: each
     * module anonymises it on {@link AccountDeleted}, published in this transaction.
     */
    @Transactional
    public void delete(String username) {
        int deleted = jdbc.sql("DELETE FROM platform_account WHERE username = ? AND roles = ?").params(username, CITIZEN_ROLE).update();
        if (deleted == 0) throw new BadInputException("only a citizen's own account can be deleted here; officials' accounts are the admin's");
        audit.record(username, "account.delete", "account", username, "deleted at the citizen's request");
        events.publish(new AccountDeleted(username));
    }

    /** Everything the platform itself holds about the account (modules add theirs). */
    public record AccountData(String account, String email, boolean emailConfirmed, String displayName, String region,
                              String language, String identityProvider, boolean verified, String createdAt,
                              java.util.List<NotificationData> notifications) {
    }

    public record NotificationData(String subject, String body, String createdAt) {
    }

    public Optional<AccountData> data(String username) {
        var notes = jdbc.sql("SELECT subject, body, created_at FROM platform_notification WHERE username = ? ORDER BY id")
                .param(username)
                .query((rs, n) -> new NotificationData(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toString()))
                .list();
        return jdbc.sql("""
                        SELECT username, email, email_confirmed_at IS NOT NULL, display_name, region, language, identity_issuer,
                               verified_at IS NOT NULL, created_at FROM platform_account WHERE username = ?""")
                .param(username)
                .query((rs, n) -> new AccountData(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8),
                        rs.getObject(9, OffsetDateTime.class).toString(), notes))
                .optional();
    }

    /** The account's own view: e-mail, profile, level and its latest notifications. */
    public record Own(String account, String email, boolean emailConfirmed, boolean verified, Profile profile, boolean citizen) {
    }

    public Optional<Own> own(String username) {
        return jdbc.sql("""
                        SELECT username, email, email_confirmed_at IS NOT NULL, verified_at IS NOT NULL, display_name, region, language, roles
                        FROM platform_account WHERE username = ?""")
                .param(username)
                .query((rs, n) -> new Own(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                        new Profile(rs.getString(5), rs.getString(6), rs.getString(7)), CITIZEN_ROLE.equals(rs.getString(8))))
                .optional();
    }

    public java.util.List<NotificationData> notifications(String username, int limit) {
        return jdbc.sql("SELECT subject, body, created_at FROM platform_notification WHERE username = ? ORDER BY id DESC LIMIT ?")
                .params(username, limit)
                .query((rs, n) -> new NotificationData(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toString()))
                .list();
    }

    public java.util.List<String> regions() {
        return settings.regions();
    }

    private Profile profile(Profile p) {
        String name = p.displayName() == null || p.displayName().isBlank() ? null : cleanName(p.displayName());
        String region = p.region() == null || p.region().isBlank() ? null : p.region().strip();
        if (region != null && !settings.regions().contains(region)) {
            throw new BadInputException("field region: '" + region + "' is not one of the regions offered");
        }
        String language = p.language() == null || p.language().isBlank() ? "ru" : p.language().strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) throw new BadInputException("field language: one of kk, ru, en");
        return new Profile(name, region, language);
    }

    /** A display name is shown as text everywhere; here it is only bounded and freed of control characters. */
    static String cleanName(String name) {
        String s = name.strip().replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", "").replaceAll("\\s+", " ");
        if (s.isEmpty()) throw new BadInputException("field displayName: empty");
        if (s.codePointCount(0, s.length()) > MAX_DISPLAY_NAME) {
            throw new BadInputException("field displayName: longer than " + MAX_DISPLAY_NAME + " characters");
        }
        return s;
    }

    static String email(String raw) {
        String e = raw == null ? "" : raw.strip();
        if (e.isEmpty()) throw new BadInputException("field email: empty");
        if (e.length() > 254 || !EMAIL.matcher(e).matches()) throw new BadInputException("field email: not an e-mail address");
        return e;
    }

    private String newName() {
        StringBuilder b = new StringBuilder("c");
        for (int i = 0; i < 16; i++) b.append(NAME_LETTERS[random.nextInt(NAME_LETTERS.length)]);
        return b.toString();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

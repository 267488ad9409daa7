package org.atazan.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * Passwords checked a moment ago, so that a script sending HTTP Basic with every request pays the
 * Argon2id cost (about 0.15 s of a core, on purpose) once every few minutes, not on each request.
 * Kept as an HMAC of name and password under a key made at start and never stored, beside the stored
 * hash the password matched: a hit counts only while the account still has that very hash (a new
 * password, or a deleted account, ends it at once), and the throttle is asked before as always.
 */
final class RecentlyVerified {
    private final Cache<String, String> verified;
    private final SecretKeySpec key;

    RecentlyVerified(Duration keepFor, long maxEntries) {
        this.verified = Caffeine.newBuilder().expireAfterWrite(keepFor).maximumSize(maxEntries).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Whether this name and password were verified recently against the hash the account still has. */
    boolean matches(String name, String password, String currentHash) {
        String hash = verified.getIfPresent(mac(name, password));
        return hash != null && currentHash != null
                && MessageDigest.isEqual(hash.getBytes(StandardCharsets.UTF_8), currentHash.getBytes(StandardCharsets.UTF_8));
    }

    void remember(String name, String password, String matchedHash) {
        if (matchedHash != null) verified.put(mac(name, password), matchedHash);
    }

    private String mac(String name, String password) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(key);
            m.update(name.getBytes(StandardCharsets.UTF_8));
            m.update((byte) 0);
            return Base64.getEncoder().encodeToString(m.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.atazan.record.config;

import org.atazan.platform.NavigationEntry;
import org.atazan.record.NoteKey;
import org.atazan.record.PublicRecord;
import org.atazan.record.RecordStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * The log's signing key: generated at the first start and kept in files outside the database
 * ({@code <data>/record/log-key.pk8}, readable by its owner only, and the public key beside it), so
 * that a copy of the database cannot sign. Its verifier key is published at {@code /record/key}.
 */
@Configuration(proxyBeanMethods = false)
class RecordConfiguration {

    @Bean
    PublicRecord publicRecord(RecordStore store, @Value("${atazan.record.origin:atazan.local/record}") String origin,
                              @Value("${atazan.record.key-dir:${atazan.data-dir:data}/record}") Path keyDir) {
        KeyPair pair = loadOrCreate(keyDir);
        return new PublicRecord(store, origin, pair.getPrivate(), NoteKey.of(origin, pair.getPublic()));
    }

    @Bean
    NavigationEntry recordNavigation() {
        return new NavigationEntry("nav.record", "/record", 40);
    }

    static KeyPair loadOrCreate(Path dir) {
        Path privateFile = dir.resolve("log-key.pk8");
        Path publicFile = dir.resolve("log-key.pub");
        try {
            KeyFactory ed = KeyFactory.getInstance("Ed25519");
            if (Files.exists(privateFile)) {
                PrivateKey priv = ed.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
                PublicKey pub = ed.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile)));
                return new KeyPair(pub, priv);
            }
            Files.createDirectories(dir);
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Files.write(publicFile, pair.getPublic().getEncoded(), StandardOpenOption.CREATE_NEW);
            Files.write(privateFile, pair.getPrivate().getEncoded(), StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions: the directory's own protection applies
            }
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException("the public record's key in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the public record's key in " + dir + " cannot be read", e);
        }
    }
}

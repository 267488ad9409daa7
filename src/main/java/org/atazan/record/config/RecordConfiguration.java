package org.atazan.record.config;

import org.atazan.platform.NavigationEntry;
import org.atazan.record.PublicRecord;
import org.atazan.record.RecordStore;
import org.atazan.record.persistence.KeyFiles;
import org.atazan.record.witness.Witnesses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The log's signing keys ({@link KeyFiles}): the current key, generated at the first start and kept in
 * files outside the database, so that a copy of the database cannot sign, and after a rotation the
 * earlier keys, co-signing until their private key is removed. The current verifier key is published
 * at {@code /record/key}, all of them at {@code /record/keys}.
 */
@Configuration(proxyBeanMethods = false)
class RecordConfiguration {

    /**
     * The checkpoint is served from memory for {@code atazan.record.checkpoint-fresh-ms} (250 ms) after it was
     * signed or confirmed as current: requests take no connection meanwhile; a node sees another node's growth
     * once the window has passed (its own at once: its sequencer signs each batch).
     */
    @Bean
    PublicRecord publicRecord(RecordStore store, @Value("${atazan.record.origin:atazan.local/record}") String origin,
                              @Value("${atazan.record.key-dir:${atazan.data-dir:data}/record}") Path keyDir,
                              @Value("${atazan.record.checkpoint-fresh-ms:250}") long freshMillis) {
        List<PublicRecord.Signer> signers = new ArrayList<>();
        signers.add(KeyFiles.current(keyDir, origin));
        signers.addAll(KeyFiles.coSigners(keyDir, origin));
        return new PublicRecord(store, origin, signers, KeyFiles.earlier(keyDir, origin), java.time.Duration.ofMillis(freshMillis));
    }

    /**
     * Witnesses, when configured ({@code atazan.record.witnesses}: "URL VKEY" entries, comma-separated),
     * asked to cosign the latest checkpoint every {@code atazan.record.witness-interval} (default 10 s).
     */
    @Bean(destroyMethod = "close")
    Witnesses witnesses(PublicRecord record, @Value("${atazan.record.witnesses:}") List<String> configured,
                        @Value("${atazan.record.witness-interval:10s}") java.time.Duration every) {
        List<Witnesses.Witness> list = configured.stream().filter(s -> !s.isBlank()).map(Witnesses.Witness::parse).toList();
        Witnesses w = new Witnesses(record, list);
        w.start(every);
        return w;
    }

    @Bean
    NavigationEntry recordNavigation() {
        return new NavigationEntry("nav.record", "/record", 40);
    }
}

package org.atazan.charter.text;

import org.atazan.SharedData;
import org.atazan.charter.CharterText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The real charters of ../shared/data, parsed once per test JVM. */
public final class RealCharters {
    public static final String GG_OLD = "grundgesetz-2012-07-02.md";
    public static final String GG_NEW = "grundgesetz-2012-07-11.md";
    public static final String KZ_1995 = "kz-constitution-1995.ru.txt";
    public static final String KZ_2026 = "kz-constitution-2026.ru.txt";
    private static final Map<String, CharterText> CACHE = new ConcurrentHashMap<>();

    private RealCharters() {
    }

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(SharedData.file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CharterText parsed(String name) {
        return CACHE.computeIfAbsent(name, n -> new CharterReader().read(n, bytes(n)));
    }
}

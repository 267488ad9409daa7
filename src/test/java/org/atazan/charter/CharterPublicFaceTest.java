package org.atazan.charter;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.lang.reflect.Executable;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What other modules (a consultation, a commission) see of the Charter module: {@link CharterLibrary}
 * and its events speak only in types of the module's root package, the kernel and the JDK, so that
 * no caller ever needs a sub-package; and the events survive JSON, the way the event registry keeps them.
 */
class CharterPublicFaceTest {

    static boolean allowed(Class<?> c) {
        if (c.isPrimitive()) return true;
        if (c.isArray()) return allowed(c.getComponentType());
        String p = c.getPackageName();
        return p.equals("org.atazan.charter") || p.equals("org.atazan.kernel") || p.startsWith("java.");
    }

    static void collect(Type t, List<Class<?>> out) {
        if (t instanceof Class<?> c) out.add(c);
        else if (t instanceof ParameterizedType p) {
            collect(p.getRawType(), out);
            for (Type a : p.getActualTypeArguments()) collect(a, out);
        } else if (t instanceof GenericArrayType g) collect(g.getGenericComponentType(), out);
        else if (t instanceof WildcardType w) for (Type b : w.getUpperBounds()) collect(b, out);
    }

    static List<String> outsideTheFace(Class<?> type) {
        List<Executable> members = new ArrayList<>();
        for (Method m : type.getMethods()) if (m.getDeclaringClass() == type) members.add(m);
        for (var c : type.getConstructors()) members.add(c);
        List<String> bad = new ArrayList<>();
        for (Executable e : members) {
            List<Class<?>> used = new ArrayList<>();
            if (e instanceof Method m) collect(m.getGenericReturnType(), used);
            for (Type p : e.getGenericParameterTypes()) collect(p, used);
            for (Type x : e.getGenericExceptionTypes()) collect(x, used);
            used.stream().filter(c -> !allowed(c)).forEach(c -> bad.add(type.getSimpleName() + "." + e.getName() + " uses " + c.getName()));
        }
        return bad;
    }

    @Test
    void theLibrarySpeaksOnlyInRootKernelAndJdkTypes() {
        assertThat(outsideTheFace(CharterLibrary.class)).isEmpty();
    }

    /** Every public class of the root package, nested ones included, found on disk, not listed. */
    static List<Class<?>> rootPackage() throws Exception {
        Path dir = Path.of(CharterLibrary.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/atazan/charter");
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = f.getFileName().toString().replace(".class", "");
                if (name.equals("package-info")) continue;
                Class<?> c = Class.forName("org.atazan.charter." + name, false, CharterLibrary.class.getClassLoader());
                if (Modifier.isPublic(c.getModifiers())) out.add(c);
            }
        }
        return out;
    }

    @Test
    void everyPublicTypeOfTheRootPackageDoesToo() throws Exception {
        List<Class<?>> face = rootPackage();
        assertThat(face).contains(CharterLibrary.class, Comparison.class, CharterVersionPublished.class, Redline.Segment.class);
        assertThat(face.stream().flatMap(c -> outsideTheFace(c).stream())).isEmpty();
    }

    @Test
    void theLibraryCoversWhatAConsultationAndACommissionNeed() {
        assertThat(Stream.of(CharterLibrary.class.getMethods()).map(Method::getName)).contains(
                "charter", "charters", "versions", "version", "articles", "article", "compare", "articleChange",
                "addVersion", "create", "search");
    }

    @Test
    void eventsArePlainRecordsOfSimpleValues() {
        for (Class<?> event : List.of(CharterCreated.class, CharterVersionPublished.class)) {
            assertThat(event.isRecord()).as(event.getSimpleName()).isTrue();
            for (RecordComponent rc : event.getRecordComponents()) {
                Class<?> t = rc.getType();
                assertThat(t.isPrimitive() || t == String.class || t == Instant.class || t == LocalDate.class
                        || t == Map.class || t == List.class || t.isEnum())
                        .as(event.getSimpleName() + "." + rc.getName() + " is " + t.getName()).isTrue();
            }
        }
    }

    @Test
    void eventsSurviveAJsonRoundTrip() {
        JsonMapper json = JsonMapper.builder().build();
        CharterCreated created = new CharterCreated("kz", "Constitution", "kz", Map.of("kk", "Конституция"),
                Instant.parse("2026-01-31T10:15:30Z"));
        CharterVersionPublished published = new CharterVersionPublished("kz", "2026", "Конституция", LocalDate.of(2026, 3, 15),
                "ru", VersionStatus.ADOPTED, 96, "ab".repeat(32), "secretary", Instant.parse("2026-02-12T09:00:00Z"));
        assertThat(json.readValue(json.writeValueAsString(created), CharterCreated.class)).isEqualTo(created);
        assertThat(json.readValue(json.writeValueAsString(published), CharterVersionPublished.class)).isEqualTo(published);
        assertThat(json.writeValueAsString(published)).contains("\"date\":\"2026-03-15\"").contains("\"status\":\"ADOPTED\"");
    }
}

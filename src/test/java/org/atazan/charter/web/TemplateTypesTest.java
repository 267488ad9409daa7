package org.atazan.charter.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Types named in the charter templates ({@code T(org.atazan…)}) exist: the compiler does not see
 * them, so a moved class would otherwise be found only by a page answering 500.
 */
class TemplateTypesTest {
    private static final Pattern TYPE = Pattern.compile("T\\(([\\w.$]+)\\)");

    @Test
    void everyTypeNamedInATemplateLoads() throws IOException {
        List<String> named = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates/charter"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = TYPE.matcher(Files.readString(f));
                while (m.find()) named.add(m.group(1));
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(named).allSatisfy(type -> assertThat(load(type)).as(type).isTrue());
    }

    private static boolean load(String type) {
        try {
            Class.forName(type, false, TemplateTypesTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}

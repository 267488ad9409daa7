package org.atazan.charter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atazan.charter.CharterLibrary;
import org.atazan.charter.compare.ComparisonJson;
import org.atazan.kernel.BadInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Compare any two stored versions named as "charter/version"; both must be of one charter. */
@RestController
@Tag(name = "Charters")
class ComparisonApi {

    private final CharterLibrary library;

    ComparisonApi(CharterLibrary library) {
        this.library = library;
    }

    @GetMapping("/api/comparisons")
    @Operation(summary = "Compare two versions given as charter/version (e.g. from=kz/1995&to=kz/2026)")
    ComparisonJson compare(@RequestParam String from, @RequestParam String to) {
        String[] a = ref("from", from);
        String[] b = ref("to", to);
        return ComparisonJson.of(a[0], a[1], b[1], library.compare(a[0], a[1], b[0], b[1]));
    }

    private static String[] ref(String field, String value) {
        String[] parts = value.split("/", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new BadInputException("parameter '" + field + "': '" + value + "' must be charter/version, e.g. kz/2026");
        }
        return parts;
    }
}

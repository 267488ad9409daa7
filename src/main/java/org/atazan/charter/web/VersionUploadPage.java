package org.atazan.charter.web;

import org.atazan.charter.CharterLibrary;
import org.atazan.charter.NewVersion;
import org.atazan.charter.VersionStatus;
import org.atazan.charter.VersionSummary;
import org.atazan.kernel.BadInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The secretariat adds a version from a file (text, Markdown or Akoma Ntoso). A refused file is
 * explained on the same form (status 422), with what was typed kept, and nothing is stored.
 */
@Controller
class VersionUploadPage {

    private final CharterLibrary library;

    VersionUploadPage(CharterLibrary library) {
        this.library = library;
    }

    @GetMapping("/charters/{charter}/versions/new")
    @PreAuthorize("hasAnyRole('SECRETARY', 'ADMIN')")
    String form(@PathVariable String charter, Model model) {
        model.addAttribute("charter", library.charter(charter));
        model.addAttribute("form", Map.of());
        model.addAttribute("statuses", VersionStatus.values());
        return "charter/upload";
    }

    @PostMapping("/charters/{charter}/versions")
    @PreAuthorize("hasAnyRole('SECRETARY', 'ADMIN')")
    String upload(@PathVariable String charter, @RequestParam("file") MultipartFile file,
                  @RequestParam Map<String, String> form, Authentication who, Model model,
                  HttpServletResponse response) throws IOException {
        try {
            VersionSummary s = new VersionSummary(charter, form.get("id"), date(form.get("date")), form.get("language"),
                    VersionStatus.valueOf(form.getOrDefault("status", "DRAFT")), form.getOrDefault("title", ""),
                    form.getOrDefault("source", ""), 0);
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                    ? "upload" : file.getOriginalFilename();
            VersionSummary stored = library.addVersion(new NewVersion(s, name, file.getBytes(), null, who.getName()));
            return "redirect:/charters/" + charter + "/versions/" + stored.id();
        } catch (BadInputException | IllegalArgumentException e) {
            // The form again, with the reason; the status says to programs what the page says to people.
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("charter", library.charter(charter));
            model.addAttribute("form", form);
            model.addAttribute("statuses", VersionStatus.values());
            model.addAttribute("problem", e.getMessage());
            return "charter/upload";
        }
    }

    private static LocalDate date(String date) {
        try {
            return LocalDate.parse(date == null ? "" : date);
        } catch (DateTimeParseException e) {
            throw new BadInputException("field 'date': '" + date + "' is not a date (YYYY-MM-DD)");
        }
    }
}

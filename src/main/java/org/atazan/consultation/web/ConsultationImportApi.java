package org.atazan.consultation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atazan.consultation.Channel;
import org.atazan.consultation.DuplicateSubmission;
import org.atazan.consultation.ImportMode;
import org.atazan.consultation.ImportReport;
import org.atazan.consultation.ImportRequest;
import org.atazan.consultation.ProposalImport;
import org.atazan.consultation.imports.ImportMapping;
import org.atazan.kernel.BadInputException;
import org.atazan.platform.AuditTrail;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Bulk imports from other channels (the national portals), for the secretariat assigned to the
 * consultation: proposals, and answers to proposals already stored. The file is read as a stream under
 * the configured limits; nothing is stored before the whole file has been read and checked.
 */
@RestController
@Tag(name = "Consultation", description = "Citizens' proposals, their statuses and public answers")
@PreAuthorize("hasAnyRole('SECRETARY','ADMIN')")
class ConsultationImportApi {
    private static final String MAPPINGS = "mapping: generic (columns external_id, received_at, article, kind, language, "
            + "wording, reasons, region, display_name, status, outcome, answer; CSV or JSON array), kz-eotinish (the appeals "
            + "portal's CSV export), kz-egov (the e-government portal's JSON export)";
    private final ProposalImport imports;
    private final ConsultationAccess access;
    private final AuditTrail audit;

    ConsultationImportApi(ProposalImport imports, ConsultationAccess access, AuditTrail audit) {
        this.imports = imports;
        this.access = access;
        this.audit = audit;
    }

    @PostMapping(value = "/api/consultations/{id}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import proposals from another channel (the secretariat of this consultation): a CSV or JSON file "
            + "with a mapping; each row keyed by (channel, external id), so a second import of the same file changes nothing "
            + "(its rows reported unchanged). Mode all-or-nothing (default: a bad row refuses the file, naming its line and "
            + "field) or skip-invalid (the rows left out listed up to atazan.limits.report-rows, all counted by reason)")
    @ApiResponse(responseCode = "403", description = "not the secretariat of this consultation")
    @ApiResponse(responseCode = "413", description = "the upload is over spring.servlet.multipart.max-file-size")
    @ApiResponse(responseCode = "422", description = "a row refused (all-or-nothing), a limit reached while reading "
            + "(atazan.limits.consultation-import-bytes, csv-line-chars, consultation-import-rows, json-depth), or a "
            + "parameter not accepted (mapping, mode, format, channel)")
    ImportReport importProposals(@PathVariable String id, @RequestPart("file") MultipartFile file,
                                 @Parameter(description = MAPPINGS) @RequestParam(defaultValue = "generic") String mapping,
                                 @RequestParam(defaultValue = "all-or-nothing") String mode,
                                 @Parameter(description = "csv or json; by default the mapping's, or the file name's extension")
                                 @RequestParam(required = false) String format,
                                 @Parameter(description = "appeals-portal, egov-portal or other; by default the mapping's")
                                 @RequestParam(required = false) String channel, Authentication who) {
        access.requireSecretariat(who, id);
        ImportRequest r = request(id, file, mapping, mode, format, channel, who);
        ImportReport report = run(file, in -> imports.proposals(r, in));
        audit.record(who.getName(), "proposal.import", "consultation", id, r.file() + " (" + r.channel().code() + "): "
                + report.added() + " added, " + report.unchanged() + " unchanged, " + report.skippedTotal() + " skipped; sha256 "
                + report.digest());
        return report;
    }

    @PostMapping(value = "/api/consultations/{id}/answer-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import answers from another channel (the secretariat of this consultation): rows naming a proposal "
            + "by reference or by the channel's external id, with status, outcome, merged_into and the public reason; a row "
            + "already applied is reported unchanged. Modes as for proposals")
    @ApiResponse(responseCode = "403", description = "not the secretariat of this consultation")
    @ApiResponse(responseCode = "413", description = "the upload is over spring.servlet.multipart.max-file-size")
    @ApiResponse(responseCode = "422", description = "a row refused (all-or-nothing), or a limit reached while reading")
    ImportReport importAnswers(@PathVariable String id, @RequestPart("file") MultipartFile file,
                               @RequestParam(defaultValue = "generic") String mapping,
                               @RequestParam(defaultValue = "all-or-nothing") String mode,
                               @RequestParam(required = false) String format,
                               @RequestParam(required = false) String channel, Authentication who) {
        access.requireSecretariat(who, id);
        ImportRequest r = request(id, file, mapping, mode, format, channel, who);
        ImportReport report = run(file, in -> imports.answers(r, in));
        audit.record(who.getName(), "proposal.answer-import", "consultation", id, r.file() + ": " + report.added() + " applied, "
                + report.unchanged() + " unchanged, " + report.skippedTotal() + " skipped");
        return report;
    }

    private static ImportRequest request(String id, MultipartFile file, String mapping, String mode, String format, String channel,
                                         Authentication who) {
        ImportMapping m = ImportMapping.shipped(mapping);
        String name = fileName(file.getOriginalFilename());
        Channel ch = channel == null || channel.isBlank() ? m.channel() : Channel.of("channel", channel);
        return new ImportRequest(id, name, m, m.formatOf(format, name), ch, ImportMode.of("mode", mode), who.getName());
    }

    private static ImportReport run(MultipartFile file, java.util.function.Function<InputStream, ImportReport> work) {
        try (InputStream in = file.getInputStream()) {
            return work.apply(in);
        } catch (DuplicateSubmission e) {
            throw new BadInputException("another import stored some of these rows at the same moment; import the file again: "
                    + "the rows it stored are reported unchanged");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name messages give the file: the sender's own where plain, never a path. */
    static String fileName(String original) {
        if (original == null) return "upload";
        String base = original.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return base.isBlank() || base.matches("\\.+") || base.length() > 120 ? "upload" : base;
    }
}

package org.anlan.enterprise;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.anlan.county.CountyGeography;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The enterprise register (企业). Scope (township, own enterprise) is enforced by {@link EnterpriseRegister}. */
@RestController
@RequestMapping("/api/enterprises")
@Tag(name = "enterprises", description = "企业 Enterprises under safety supervision")
class EnterpriseApiController {

    record EnterpriseView(UUID id, String name, String creditCode, Industry industry, String industryLabel,
                          String townshipCode, String address, double lat, double lon, boolean aboveScale,
                          StandardisationLevel standardisation, String standardisationLabel, boolean liabilityInsured,
                          String safetyOfficers, boolean synthetic) {

        static EnterpriseView of(Enterprise e) {
            return new EnterpriseView(e.id().value(), e.name(), e.creditCode().value(), e.industry(),
                    e.industry().label(), e.townshipCode(), e.address(), e.location().lat(), e.location().lon(),
                    e.aboveScale(), e.standardisation(), e.standardisation().label(), e.liabilityInsured(),
                    e.safetyOfficers(), e.synthetic());
        }
    }

    record MemberRequest(String username) {
    }

    record ImportResult(int imported) {
    }

    private final EnterpriseRegister register;
    private final EnterpriseImport importer;
    private final CountyGeography county;
    private final MessageSource messages;

    EnterpriseApiController(EnterpriseRegister register, EnterpriseImport importer, CountyGeography county,
                            MessageSource messages) {
        this.register = register;
        this.importer = importer;
        this.county = county;
        this.messages = messages;
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "The enterprises the caller may see as an Excel workbook (the import format)")
    ResponseEntity<byte[]> export() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"enterprises.xlsx\"")
                .body(EnterpriseWorkbook.write(register.visible(null, null, null), county.townshipNames()));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN','INSPECTOR','TOWNSHIP_OFFICER')")
    @Operation(summary = "Import enterprises from .xlsx (all or nothing; a refusal lists every bad row)")
    ResponseEntity<?> importWorkbook(@RequestPart("file") MultipartFile file) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        try (InputStream in = file.getInputStream()) {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(new ImportResult(importer.importRows(EnterpriseWorkbook.read(in))));
        } catch (EnterpriseWorkbook.Unreadable e) {
            String message = messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
            problem.setProperty("code", "ENTERPRISE_IMPORT_UNREADABLE");
            problem.setProperty("message", message);
            return ResponseEntity.badRequest().body(problem);
        } catch (EnterpriseImport.Rejected e) {
            String message = messages.getMessage("error.enterprise.import.rejected", new Object[] {e.errors().size()},
                    locale);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
            problem.setProperty("code", "ENTERPRISE_IMPORT_REJECTED");
            problem.setProperty("message", message);
            problem.setProperty("rows", e.errors().stream().map(r -> Map.of("row", r.row(), "code", r.code(),
                    "message", messages.getMessage(r.messageKey(), r.arguments(), r.messageKey(), locale))).toList());
            return ResponseEntity.badRequest().body(problem);
        }
    }

    @GetMapping
    @Operation(summary = "Enterprises the caller may see, filtered by township, industry (code or 中文) and name")
    List<EnterpriseView> list(@RequestParam(required = false) String township,
                              @RequestParam(required = false) String industry,
                              @RequestParam(required = false) String q) {
        return register.visible(township, industry, q).stream().map(EnterpriseView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One enterprise")
    EnterpriseView one(@PathVariable UUID id) {
        return EnterpriseView.of(register.require(new EnterpriseId(id)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN','INSPECTOR','TOWNSHIP_OFFICER')")
    @Operation(summary = "Register an enterprise (credit code checked with its GB 32100 check character)")
    EnterpriseView create(@RequestBody EnterpriseDraft body) {
        return EnterpriseView.of(register.register(body));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','INSPECTOR','TOWNSHIP_OFFICER','ENTERPRISE_OFFICER')")
    @Operation(summary = "Change an enterprise's record (an enterprise officer: their own, within its township)")
    EnterpriseView update(@PathVariable UUID id, @RequestBody EnterpriseDraft body) {
        return EnterpriseView.of(register.update(new EnterpriseId(id), body));
    }

    @GetMapping("/{id}/members")
    @Operation(summary = "Users acting for the enterprise")
    List<String> members(@PathVariable UUID id) {
        return register.members(new EnterpriseId(id));
    }

    @PutMapping("/{id}/members")
    @PreAuthorize("hasAnyRole('ADMIN','TOWNSHIP_OFFICER')")
    @Operation(summary = "Link a user (an enterprise safety officer) to this enterprise")
    List<String> link(@PathVariable UUID id, @RequestBody MemberRequest body) {
        register.linkMember(new EnterpriseId(id), body.username());
        return register.members(new EnterpriseId(id));
    }
}

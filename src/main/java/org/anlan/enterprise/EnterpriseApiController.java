package org.anlan.enterprise;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

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

    private final EnterpriseRegister register;

    EnterpriseApiController(EnterpriseRegister register) {
        this.register = register;
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

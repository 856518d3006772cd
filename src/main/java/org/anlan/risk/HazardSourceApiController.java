package org.anlan.risk;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.anlan.platform.error.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Major hazard units declared per enterprise (GB 18218-2018), with S, R and grade step by step. */
@RestController
@RequestMapping("/api/hazard-sources")
@Tag(name = "major hazard sources", description = "重大危险源 Units declared per enterprise")
class HazardSourceApiController {

    record DeclareRequest(UUID enterpriseId, String name, String unitKind, Integer population,
                          List<RiskCalculatorApiController.SubstanceRequest> substances) {
    }

    private final HazardSourceRegister register;

    HazardSourceApiController(HazardSourceRegister register) {
        this.register = register;
    }

    @GetMapping
    @Operation(summary = "Declared units the caller may see, by enterprise or township")
    List<MajorHazardUnit> list(@RequestParam(required = false) UUID enterprise,
                               @RequestParam(required = false) String township) {
        return register.list(enterprise, RiskPointApiController.blank(township));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(RiskPointApiController.CHANGERS)
    @Operation(summary = "Declare a production or storage unit with design maximum quantities and exposed population")
    MajorHazardUnit declare(@RequestBody DeclareRequest body) {
        if (body.enterpriseId() == null) {
            throw ApiException.badRequest("HAZARD_SOURCE_ENTERPRISE_REQUIRED", "error.risk.enterpriseRequired");
        }
        return register.declare(body.enterpriseId(), body.name(), body.unitKind(), body.population(),
                RiskCalculatorApiController.declared(body.substances()));
    }
}

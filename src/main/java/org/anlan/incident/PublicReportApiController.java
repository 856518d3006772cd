package org.anlan.incident;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the public report form needs without an account: the incident types. Reports go to {@link PublicReportServlet}. */
@RestController
@Tag(name = "public", description = "公众报告 Public incident reports")
class PublicReportApiController {

    record TypeJson(String code, String name, String nameEn, String category, String categoryName, String gradingRule,
                    List<String> requiredCapabilities) {
    }

    @GetMapping("/api/incident-types")
    @Operation(summary = "Incident type codes (national classification, GB/T 35561-2017 style) with their grading rule")
    List<TypeJson> types() {
        return IncidentTypes.all().stream()
                .map(t -> new TypeJson(t.code(), t.name(), t.nameEn(), t.category().name(), t.category().chinese(),
                        t.gradingRule().name(), t.requiredCapabilities().stream().sorted().toList()))
                .toList();
    }
}

package org.anlan.county;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Township records under township scoping (属地管理): profiles and villages. */
@RestController
@RequestMapping("/api/county/townships/{code}")
@Tag(name = "county", description = "乡镇档案与村社区 Township profiles and villages (township-scoped)")
class CountyApiController {

    record ProfileJson(String code, String name, String kind, Integer population, String dutyPhone, String contactPerson,
                       boolean boundaryImported) {
        static ProfileJson of(Township t) {
            return new ProfileJson(t.code(), t.name(), t.kind().chinese(), t.population(), t.dutyPhone(),
                    t.contactPerson(), t.hasBoundary());
        }
    }

    record ProfileRequest(@Min(0) @Max(10_000_000) Integer population,
                          @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]*") String dutyPhone,
                          @Size(max = 60) String contactPerson) {
    }

    record VillageRequest(@Pattern(regexp = "\\d{12}") String code, @NotBlank @Size(max = 60) String name,
                          @NotNull Village.VillageKind kind, Double lat, Double lon, @Min(0) Integer population) {
    }

    private final CountyGeography geography;

    CountyApiController(CountyGeography geography) {
        this.geography = geography;
    }

    @GetMapping
    @Operation(summary = "A township's profile (a township officer sees only their own)")
    ProfileJson profile(@PathVariable String code) {
        return ProfileJson.of(geography.profile(code));
    }

    @PutMapping
    @Operation(summary = "Update a township's profile")
    ProfileJson update(@PathVariable String code, @Valid @RequestBody ProfileRequest request) {
        return ProfileJson.of(geography.updateProfile(code,
                new TownshipProfileChange(request.population(), request.dutyPhone(), request.contactPerson())));
    }

    @GetMapping("/villages")
    @Operation(summary = "Villages and communities of a township")
    List<Village> villages(@PathVariable String code) {
        return geography.villages(code);
    }

    @PostMapping("/villages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a village or community")
    Village addVillage(@PathVariable String code, @Valid @RequestBody VillageRequest request) {
        return geography.addVillage(code, new NewVillage(request.code(), request.name().trim(), request.kind(),
                request.lat(), request.lon(), request.population()));
    }
}

package org.anlan.vessel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anlan.platform.error.ApiException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CPA/TCPA calculator of the contract: a pure function, open without login. The request is four numbers per
 * vessel (the API's body limit bounds the rest); each is checked so that a wrong one is refused with its own code.
 */
@RestController
@Tag(name = "vessels", description = "渔船精密智控 Fishing vessels")
class CpaApiController {

    record Motion(Double lat, Double lon, Double sog, Double cog) {
    }

    record CpaRequest(Motion a, Motion b) {
    }

    /** {@code tcpaMin} is null when both vessels move with the same velocity (no closest point in time). */
    record CpaResponse(double cpaNm, Double tcpaMin, String level) {
    }

    @PostMapping("/api/vessels/cpa")
    @Operation(summary = "Closest point of approach of two vessels (knots, degrees): distance in nm, time in minutes "
            + "(negative: already diverging), and the CR-04 tier (NONE, ATTENTION, WARNING, ALARM)")
    CpaResponse cpa(@RequestBody CpaRequest request) {
        if (request == null || request.a() == null || request.b() == null) {
            throw ApiException.badRequest("CPA_VESSEL_MISSING", "error.vessel.cpa.missing");
        }
        Cpa cpa = CollisionRisk.cpa(state("a", request.a()), state("b", request.b()));
        Double tcpa = cpa.tcpaMin().isPresent() ? round(cpa.tcpaMin().getAsDouble()) : null;
        return new CpaResponse(round(cpa.cpaNm()), tcpa, CpaThresholds.XIANGSHAN_DEFAULTS.classify(cpa).name());
    }

    private static VesselState state(String which, Motion m) {
        require(which, "lat", m.lat(), -90, 90, false);
        require(which, "lon", m.lon(), -180, 180, false);
        require(which, "sog", m.sog(), 0, 102.2, true);
        require(which, "cog", m.cog(), 0, 360, true);
        return new VesselState(m.lat(), m.lon(), m.sog(), m.cog());
    }

    /** AIS's "not available" values (SOG 102.3, COG 360, lat 91, lon 181) fall outside these ranges (CR-02). */
    private static void require(String which, String field, Double value, double min, double max, boolean maxExcluded) {
        if (value == null || !(value >= min && value <= max) || (maxExcluded && value >= max)) {
            throw ApiException.badRequest("CPA_VALUE_INVALID", "error.vessel.cpa.value", which + "." + field, min, max);
        }
    }

    /** Rounded to 1e-4 so that exact vectors read as exact numbers (0.0, 18.0) rather than float noise. */
    private static double round(double value) {
        double rounded = Math.round(value * 1e4) / 1e4;
        return rounded == 0 ? 0.0 : rounded;
    }
}

package org.anlan.shelter.evacuation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evacuation calculator: a pure computation on the request alone (nothing is read or stored), open without
 * login like the other calculators of the contract; the body is bounded by the API body limit and the planner's
 * size caps.
 */
@RestController
@RequestMapping("/api/evacuation")
@Tag(name = "evacuation", description = "转移安置分配 Evacuation allocation (min-cost flow)")
class EvacuationPlanApiController {

    @PostMapping("/plans")
    @Operation(summary = "Optimal evacuation plan: villages' people to shelters under capacity, islands honoured",
            description = "Cost per person is the great-circle distance in km (haversine, R = 6371.0088 km), or the "
                    + "given travelMinutes[village][shelter] (null = no route); crossings add their cost. Maximises "
                    + "the people assigned, then minimises Σ people × cost; the allocation is basic (no cycle of "
                    + "village–shelter pairs), so villages are split only where capacity forces it.")
    @ApiResponse(responseCode = "200", description = "the plan: assignments, totalCost, unassigned")
    @ApiResponse(responseCode = "400", description = "bad input (negative people or capacity, missing location, "
            + "duplicate ids, malformed matrix or crossing, too large)")
    EvacuationPlan plan(@RequestBody EvacuationRequest request) {
        return EvacuationPlanner.plan(request);
    }
}

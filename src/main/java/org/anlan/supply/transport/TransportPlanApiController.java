package org.anlan.supply.transport;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.anlan.supply.transport.TransportRequest.Objective;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Transport plans: computed for a given request, or for the stored open demands and confirmed into dispatches. */
@RestController
@RequestMapping("/api/supplies/transport-plans")
@Tag(name = "transport", description = "物资调运方案 Transport plans (stock, owner levels, travel times, deadlines)")
class TransportPlanApiController {

    private static final String ALLOCATORS = "hasAnyRole('ADMIN','COMMANDER','DUTY_OFFICER','TOWNSHIP_OFFICER')";

    private final TransportPlanning planning;
    private final TransportDispatch dispatch;

    TransportPlanApiController(TransportPlanning planning, TransportDispatch dispatch) {
        this.planning = planning;
        this.dispatch = dispatch;
    }

    @PostMapping
    @Operation(summary = "Plan the given demands from the given depots (county travel-time estimates unless a "
            + "travelMinutes matrix is given); nothing is stored")
    TransportPlan plan(@RequestBody TransportRequest request) {
        return planning.plan(request);
    }

    @PostMapping("/proposals")
    @PreAuthorize(ALLOCATORS)
    @Operation(summary = "Plan the stored open demands from the depots the user may allocate; nothing is stored")
    TransportPlan propose(@Parameter(description = "township code; default all the user sees")
                          @RequestParam(required = false) String township,
                          @RequestParam(defaultValue = "TOTAL_TIME") Objective objective) {
        return dispatch.propose(township, objective);
    }

    record Confirmation(List<UUID> demands, Objective objective) {
    }

    @PostMapping("/confirmations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ALLOCATORS)
    @Operation(summary = "Plan the named open demands and dispatch every shipment (the stock ledger moves), "
            + "all or nothing")
    TransportPlan confirm(@RequestBody Confirmation body) {
        return dispatch.confirm(body.demands(), body.objective() == null ? Objective.TOTAL_TIME : body.objective());
    }
}

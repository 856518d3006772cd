package org.anlan.dispatch;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.anlan.platform.error.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Recommendations and dispatch orders. */
@RestController
@PreAuthorize("!hasRole('ENTERPRISE_OFFICER')")
@Tag(name = "dispatch", description = "指挥调度 Recommendations and dispatch orders")
class DispatchApiController {

    record OrderRequest(UUID incidentId, UUID teamId) {
    }

    record StatusRequest(OrderStatus status) {
    }

    private final DispatchRecommender recommender;
    private final DispatchBoard board;

    DispatchApiController(DispatchRecommender recommender, DispatchBoard board) {
        this.recommender = recommender;
        this.board = board;
    }

    @GetMapping("/api/incidents/{id}/recommendations")
    @Operation(summary = "Available teams ranked best first: capability match, then estimated travel time")
    List<Recommendation> recommendations(@PathVariable UUID id, @RequestParam(defaultValue = "10") int limit) {
        return recommender.recommend(id, limit);
    }

    @GetMapping("/api/incidents/{id}/dispatch-orders")
    @Operation(summary = "Dispatch orders of an incident with their timeline")
    List<DispatchOrder> ordersOf(@PathVariable UUID id) {
        return board.ordersOf(id);
    }

    @GetMapping("/api/dispatch/orders")
    @Operation(summary = "Active dispatch orders")
    List<DispatchOrder> active() {
        return board.active();
    }

    @PostMapping("/api/dispatch/orders")
    @Operation(summary = "Dispatch a team to an incident")
    ResponseEntity<DispatchOrder> order(@RequestBody OrderRequest body) {
        if (body.incidentId() == null || body.teamId() == null) {
            throw ApiException.badRequest("VALIDATION_FAILED", "error.validation");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(board.order(body.incidentId(), body.teamId()));
    }

    @PutMapping("/api/dispatch/orders/{id}/status")
    @Operation(summary = "Move an order on: EN_ROUTE, ON_SCENE, FINISHED or CANCELLED")
    DispatchOrder advance(@PathVariable UUID id, @RequestBody StatusRequest body) {
        return board.advance(id, body.status());
    }
}

package org.anlan.supply.transport;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Demands (item, quantity, destination, deadline) and depots (level, township, location, stock per item, the
 * destination townships its owner level may serve). {@code travelMinutes[d][k]} gives minutes from the d-th depot
 * to the k-th demand's destination ({@code null}: no route); without it the planner's travel-time source is used.
 */
@Schema(description = "物资调运请求 Transport plan request")
public record TransportRequest(
        @Schema(description = "dispatch time; default now") Instant departure,
        @Schema(description = "deadline in hours after departure for demands without their own (national target 10, earlier 12)",
                example = "12") Double deadlineHours,
        @Schema(description = "TOTAL_TIME (default) or LATEST_ARRIVAL (minimise the latest arrival, then the total)")
        Objective objective,
        List<Demand> demands,
        List<Depot> depots,
        @Schema(description = "optional depots × demands matrix of travel minutes (null = no route)")
        List<List<Double>> travelMinutes) {

    public enum Objective { TOTAL_TIME, LATEST_ARRIVAL }

    /** Reserve levels of a depot's owner: the county serves everywhere, a township or village its own township. */
    public enum Level { COUNTY, TOWNSHIP, VILLAGE }

    @Schema(description = "需求 Demand")
    public record Demand(@Schema(example = "D1") String id,
                         @Schema(example = "quilt") String item,
                         @Schema(example = "200") Long quantity,
                         @Schema(description = "shelter or township the goods go to", example = "石浦镇中心小学")
                         String destination,
                         @Schema(description = "township code of the destination", example = "330225101") String township,
                         Double lat, Double lon,
                         @Schema(description = "own deadline; default departure + deadlineHours") Instant deadline) {
    }

    @Schema(description = "储备库 Depot")
    public record Depot(@Schema(example = "county-1") String id,
                        @Schema(description = "owner level", example = "COUNTY") Level level,
                        @Schema(example = "330225100") String township,
                        Double lat, Double lon,
                        @Schema(description = "stock per item") Map<String, Long> stock,
                        @Schema(description = "destination townships it may serve; default by level") List<String> serves) {
    }
}

package org.anlan.shelter.evacuation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * People to move per village and open shelters with their capacity. Without {@code travelMinutes} the cost of a
 * person is the great-circle distance in kilometres (haversine, R = 6371.0088 km); with it, {@code
 * travelMinutes[v][s]} minutes from the v-th village to the s-th shelter ({@code null}: no route). Villages and
 * shelters on an {@code island} reach other islands or the mainland only over {@code crossings}, whose cost is added.
 */
@Schema(description = "转移安置分配请求 Evacuation allocation request")
public record EvacuationRequest(
        @Schema(description = "villages with the people to move", requiredMode = Schema.RequiredMode.REQUIRED)
        List<Village> villages,
        @Schema(description = "open shelters with their free capacity", requiredMode = Schema.RequiredMode.REQUIRED)
        List<Shelter> shelters,
        @Schema(description = "optional villages × shelters matrix of travel minutes (null = no route); replaces distances")
        List<List<Double>> travelMinutes,
        @Schema(description = "optional crossings between islands (or an island and \"mainland\")")
        List<Crossing> crossings) {

    /** The name of the landmass of a village or shelter without an island. */
    public static final String MAINLAND = "mainland";

    @Schema(description = "村 Village")
    public record Village(@Schema(example = "V1", requiredMode = Schema.RequiredMode.REQUIRED) String id,
                          @Schema(example = "120", requiredMode = Schema.RequiredMode.REQUIRED) Long people,
                          @Schema(example = "29.20", requiredMode = Schema.RequiredMode.REQUIRED) Double lat,
                          @Schema(example = "121.95", requiredMode = Schema.RequiredMode.REQUIRED) Double lon,
                          @Schema(description = "island or group; absent = mainland", example = "南田岛") String island) {

        public Village(String id, Long people, Double lat, Double lon) {
            this(id, people, lat, lon, null);
        }
    }

    @Schema(description = "避灾安置场所 Shelter")
    public record Shelter(@Schema(example = "S1", requiredMode = Schema.RequiredMode.REQUIRED) String id,
                          @Schema(example = "300", requiredMode = Schema.RequiredMode.REQUIRED) Long capacity,
                          @Schema(example = "29.21", requiredMode = Schema.RequiredMode.REQUIRED) Double lat,
                          @Schema(example = "121.96", requiredMode = Schema.RequiredMode.REQUIRED) Double lon,
                          @Schema(description = "island or group; absent = mainland") String island) {

        public Shelter(String id, Long capacity, Double lat, Double lon) {
            this(id, capacity, lat, lon, null);
        }
    }

    @Schema(description = "a crossing (bridge, ferry) between two landmasses, usable both ways")
    public record Crossing(@Schema(example = "南田岛", requiredMode = Schema.RequiredMode.REQUIRED) String from,
                           @Schema(example = "mainland", requiredMode = Schema.RequiredMode.REQUIRED) String to,
                           @Schema(description = "added per person, in the plan's unit (km, or minutes with a matrix)",
                                   example = "3.0") Double cost) {
    }

    public EvacuationRequest(List<Village> villages, List<Shelter> shelters) {
        this(villages, shelters, null, null);
    }
}

package org.anlan.vessel.stream;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.anlan.vessel.Cpa;
import org.anlan.vessel.RiskLevel;
import org.anlan.vessel.fence.Fence;
import org.anlan.vessel.fence.FenceRule;
import org.anlan.vessel.fence.FenceSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of the Kafka topology's alarm and position topics (one object per record, readable with
 * {@code kafka-console-consumer}): numbers round-trip exactly, so an alarm read back equals the one raised.
 */
public final class PipelineJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PipelineJson() {
    }

    public static String write(Alarm alarm) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mmsi", alarm.mmsi());
        json.put("at", alarm.at().toString());
        if (alarm instanceof FenceAlarm fence) {
            json.put("alarm", "FENCE");
            json.put("type", fence.type().name());
            json.put("lat", fence.lat());
            json.put("lon", fence.lon());
            json.put("fenceId", fence.fence().id());
            json.put("fenceName", fence.fence().name());
            json.put("fenceKind", fence.fence().kind().name());
            json.put("rule", fence.rule() == null ? null : fence.rule().getClass().getSimpleName());
        } else {
            CollisionAlarm collision = (CollisionAlarm) alarm;
            json.put("alarm", "COLLISION");
            json.put("otherMmsi", collision.otherMmsi());
            json.put("level", collision.level().name());
            json.put("cpaNm", collision.cpa().cpaNm());
            json.put("tcpaMin", collision.cpa().tcpaMin().isPresent() ? collision.cpa().tcpaMin().getAsDouble() : null);
            json.put("distanceNm", collision.distanceNm());
        }
        return JSON.writeValueAsString(json);
    }

    /**
     * An alarm as {@link #write} wrote it, its fence looked up by id in {@code fences}.
     *
     * @throws IllegalArgumentException when the JSON is not such an alarm or names a fence not in the set
     */
    public static Alarm read(String text, FenceSet fences) {
        JsonNode json;
        try {
            json = JSON.readTree(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an alarm: " + e.getMessage(), e);
        }
        long mmsi = json.path("mmsi").asLong();
        Instant at = Instant.parse(json.path("at").asString());
        if ("FENCE".equals(json.path("alarm").asString())) {
            int index = fences.indexOf(json.path("fenceId").asString());
            if (index < 0) {
                throw new IllegalArgumentException("alarm of an unknown fence " + json.path("fenceId").asString());
            }
            Fence fence = fences.fence(index);
            String ruleName = json.path("rule").isNull() ? null : json.path("rule").asString();
            FenceRule rule = fence.rules().stream().filter(r -> r.getClass().getSimpleName().equals(ruleName))
                    .findFirst().orElse(null);
            return new FenceAlarm(FenceAlarm.Type.valueOf(json.path("type").asString()), mmsi, at,
                    json.path("lat").asDouble(), json.path("lon").asDouble(), fence, rule);
        }
        JsonNode tcpa = json.path("tcpaMin");
        Cpa cpa = new Cpa(json.path("cpaNm").asDouble(),
                tcpa.isNull() || tcpa.isMissingNode() ? OptionalDouble.empty() : OptionalDouble.of(tcpa.asDouble()));
        return new CollisionAlarm(mmsi, json.path("otherMmsi").asLong(), at,
                RiskLevel.valueOf(json.path("level").asString()), cpa, json.path("distanceNm").asDouble());
    }

    /** A fresh fix as the positions topic carries it (the live picture's input). */
    public static String write(Position position, org.anlan.vessel.VesselKind kind) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mmsi", position.mmsi());
        json.put("at", position.time().toString());
        json.put("lat", position.lat());
        json.put("lon", position.lon());
        json.put("sog", Double.isNaN(position.sog()) ? null : position.sog());
        json.put("cog", Double.isNaN(position.cog()) ? null : position.cog());
        json.put("source", position.source().name());
        json.put("kind", kind.name());
        return JSON.writeValueAsString(json);
    }

    /** A fix as {@link #write(Position, org.anlan.vessel.VesselKind)} wrote it. */
    public static Position readPosition(String text) {
        JsonNode json = JSON.readTree(text);
        JsonNode sog = json.path("sog");
        JsonNode cog = json.path("cog");
        return new Position(json.path("mmsi").asLong(), Instant.parse(json.path("at").asString()),
                json.path("lat").asDouble(), json.path("lon").asDouble(),
                sog.isNumber() ? sog.asDouble() : Double.NaN, cog.isNumber() ? cog.asDouble() : Double.NaN,
                Position.Source.valueOf(json.path("source").asString()));
    }
}

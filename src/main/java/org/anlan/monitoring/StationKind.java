package org.anlan.monitoring;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a station measures, the unit of its readings, the topic segment of its MQTT topic
 * ({@code anlan/obs/<topic>/<stationId>}) and the physically possible range of one reading. Rain gauges report the
 * rain of the interval ending at the reading's time; landslide stations the displacement since their previous reading;
 * both are summed in rolling windows. The others report instantaneous values.
 */
public enum StationKind {
    RAIN_GAUGE("rain", "mm", "0", "300", true),
    WATER_LEVEL("water", "m", "-20", "100", false),
    TIDE("tide", "m", "-10", "20", false),
    WIND("wind", "m/s", "0", "120", false),
    LANDSLIDE("landslide", "mm", "0", "2000", true);

    private final String topic;
    private final String unit;
    private final BigDecimal min;
    private final BigDecimal max;
    private final boolean accumulating;

    StationKind(String topic, String unit, String min, String max, boolean accumulating) {
        this.topic = topic;
        this.unit = unit;
        this.min = new BigDecimal(min);
        this.max = new BigDecimal(max);
        this.accumulating = accumulating;
    }

    public String topic() {
        return topic;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
    }

    /** Readings are amounts of an interval, summed in the rolling windows (rain, landslide displacement). */
    public boolean accumulating() {
        return accumulating;
    }

    public static Optional<StationKind> byTopic(String segment) {
        return Arrays.stream(values()).filter(k -> k.topic.equals(segment)).findFirst();
    }

    public static Optional<StationKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalised = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(k -> k.name().equals(normalised) || k.topic.equalsIgnoreCase(text.trim()))
                .findFirst();
    }
}

package org.anlan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.anlan.geo.GeoPoint;
import org.anlan.platform.error.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every default threshold at its boundary: one hundredth below stays, the threshold itself crosses. */
class ThresholdBoundaryTest {

    static final Instant T0 = Instant.parse("2026-07-01T00:00:00Z");
    static final RuleSet DEFAULTS = new RuleSet(1, RuleSet.defaults(), null, T0, "test");

    private static Station station(StationKind kind) {
        return new Station("S1", "test", kind, new GeoPoint(29.2, 121.9), "330225101");
    }

    private static List<Crossing> feed(StationKind kind, RuleSet rules, Reading... readings) {
        var engine = new ObservationEngine(List.of(station(kind)), rules);
        List<Crossing> crossings = new ArrayList<>();
        for (Reading r : readings) {
            engine.apply(r, crossings::add);
        }
        return crossings;
    }

    private static Reading at(int minutes, String value) {
        return new Reading("S1", T0.plusSeconds(60L * minutes), Reading.toCenti(new BigDecimal(value)));
    }

    private static Level top(List<Crossing> crossings) {
        return crossings.isEmpty() ? Level.NONE : crossings.get(crossings.size() - 1).rule().level();
    }

    @ParameterizedTest(name = "{0} mm in {1} min → {2}")
    @CsvSource({
            "49.99, 180, NONE", "50.00, 180, ORANGE", "99.99, 180, ORANGE", "100.00, 180, RED",
            "49.99, 360, NONE", "50.00, 360, YELLOW",
            "49.99, 720, NONE", "50.00, 720, BLUE",
            "49.90, 180, NONE"})
    void rainstormSignalsAtTheirBoundaries(String total, int spreadMinutes, Level expected) {
        // the total spread as two readings at both ends of the window (first at minute 1, last at the window's end)
        BigDecimal half = new BigDecimal(total).divide(BigDecimal.valueOf(2));
        BigDecimal first = half.setScale(2, java.math.RoundingMode.DOWN);
        BigDecimal second = new BigDecimal(total).subtract(first);
        List<Crossing> crossings = feed(StationKind.RAIN_GAUGE, DEFAULTS, at(1, first.toPlainString()),
                at(spreadMinutes, second.toPlainString()));
        assertThat(top(crossings)).isEqualTo(expected);
    }

    @Test
    void aReadingLeavesTheWindowExactlyAfterItsLength() {
        // 50 mm at minute 0; at minute 179 it is still in the 3 h window, at minute 180 it has left it
        var engine = new ObservationEngine(List.of(station(StationKind.RAIN_GAUGE)), DEFAULTS);
        engine.apply(at(0, "50"), c -> { });
        engine.apply(at(179, "0"), c -> { });
        assertThat(engine.sums("S1")[1]).isEqualTo(5000);
        engine.apply(at(180, "0"), c -> { });
        assertThat(engine.sums("S1")[1]).isZero();
        assertThat(engine.sums("S1")[2]).isEqualTo(5000);
        assertThat(engine.level("S1", Hazard.RAINSTORM)).isEqualTo(Level.YELLOW);
    }

    @ParameterizedTest(name = "wind {0} m/s → {1}")
    @CsvSource({"10.74, NONE", "10.75, BLUE", "10.8, BLUE", "13.85, BLUE", "17.14, BLUE", "17.15, YELLOW",
            "24.44, YELLOW", "24.45, ORANGE", "32.64, ORANGE", "32.65, RED", "32.7, RED"})
    void galeSignalsAtTheBeaufortLowerBoundsAfterRoundingToATenth(String speed, Level expected) {
        assertThat(top(feed(StationKind.WIND, DEFAULTS, at(0, speed)))).isEqualTo(expected);
    }

    @Test
    void typhoonRulesAreOffByDefaultAndGradeWindWhenEnabled() {
        assertThat(feed(StationKind.WIND, DEFAULTS, at(0, "40")).stream().map(c -> c.rule().hazard()))
                .containsExactly(Hazard.GALE);
        List<ThresholdRule> enabled = RuleSet.defaults().stream().map(r -> r.hazard() == Hazard.TYPHOON
                ? new ThresholdRule(r.id(), r.hazard(), r.level(), r.kind(), r.metric(), r.threshold(), null, true, r.basis())
                : r).toList();
        var crossings = feed(StationKind.WIND, new RuleSet(2, enabled, null, T0, "test"), at(0, "17.2"));
        assertThat(crossings).extracting(c -> c.rule().id()).containsExactlyInAnyOrder("gale-yellow", "typhoon-yellow");
    }

    @ParameterizedTest(name = "water level {0} m → {1}")
    @CsvSource({"2.49, NONE", "2.50, BLUE", "2.99, BLUE", "3.00, YELLOW", "3.49, YELLOW", "3.50, ORANGE",
            "3.99, ORANGE", "4.00, RED"})
    void waterLevelThresholds(String level, Level expected) {
        assertThat(top(feed(StationKind.WATER_LEVEL, DEFAULTS, at(0, level)))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "tide {0} m → {1}")
    @CsvSource({"3.79, NONE", "3.80, BLUE", "4.09, BLUE", "4.10, YELLOW", "4.39, YELLOW", "4.40, ORANGE",
            "4.79, ORANGE", "4.80, RED"})
    void tideThresholds(String level, Level expected) {
        assertThat(top(feed(StationKind.TIDE, DEFAULTS, at(0, level)))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "landslide {0} mm in 24 h → {1}")
    @CsvSource({"4.99, NONE", "5.00, BLUE", "9.99, BLUE", "10.00, YELLOW", "19.99, YELLOW", "20.00, ORANGE",
            "49.99, ORANGE", "50.00, RED"})
    void landslideDisplacementThresholds(String displacement, Level expected) {
        BigDecimal total = new BigDecimal(displacement);
        BigDecimal first = total.divide(BigDecimal.valueOf(2)).setScale(2, java.math.RoundingMode.DOWN);
        assertThat(top(feed(StationKind.LANDSLIDE, DEFAULTS, at(0, first.toPlainString()),
                at(1439, total.subtract(first).toPlainString())))).isEqualTo(expected);
    }

    @Test
    void aStationSpecificRuleReplacesTheGeneralOneOfItsLevel() {
        List<ThresholdRule> rules = new ArrayList<>(RuleSet.defaults());
        rules.add(new ThresholdRule("s1-yellow", Hazard.WATER_LEVEL, Level.YELLOW, StationKind.WATER_LEVEL, Metric.LATEST,
                new BigDecimal("2.70"), "S1", true, "警戒水位 of S1"));
        RuleSet set = new RuleSet(2, rules, null, T0, "test");
        RuleSet.check(set.rules());
        assertThat(top(feed(StationKind.WATER_LEVEL, set, at(0, "2.69")))).isEqualTo(Level.BLUE);
        assertThat(top(feed(StationKind.WATER_LEVEL, set, at(0, "2.70")))).isEqualTo(Level.YELLOW);
    }

    @Test
    void aFallingLevelIsRememberedSoThatRisingAgainIsANewCrossing() {
        var engine = new ObservationEngine(List.of(station(StationKind.WATER_LEVEL)), DEFAULTS);
        List<Crossing> crossings = new ArrayList<>();
        engine.apply(at(0, "3.10"), crossings::add);
        engine.apply(at(10, "3.20"), crossings::add);
        engine.apply(at(20, "1.00"), crossings::add);
        engine.apply(at(30, "3.00"), crossings::add);
        engine.apply(at(5, "4.50"), crossings::add); // late: instantaneous values follow the newest reading
        assertThat(crossings).extracting(c -> c.rule().level()).containsExactly(Level.YELLOW, Level.YELLOW);
    }

    @Test
    void rulesThatCannotBeEvaluatedAsMeantAreRefused() {
        assertThatThrownBy(() -> RuleSet.check(List.of(new ThresholdRule("bad", Hazard.RAINSTORM, Level.RED,
                StationKind.RAIN_GAUGE, Metric.LATEST, BigDecimal.TEN, null, true, null))))
                .isInstanceOf(ApiException.class).hasMessageContaining("RULE_INVALID");
        assertThatThrownBy(() -> RuleSet.check(List.of(new ThresholdRule("bad", Hazard.RAINSTORM, Level.RED,
                StationKind.RAIN_GAUGE, Metric.SUM_3H, new BigDecimal("1.001"), null, true, null))))
                .isInstanceOf(ApiException.class).hasMessageContaining("RULE_INVALID");
        List<ThresholdRule> twice = new ArrayList<>(RuleSet.defaults());
        twice.add(RuleSet.defaults().get(0));
        assertThatThrownBy(() -> RuleSet.check(twice)).hasMessageContaining("RULE_DUPLICATE");
        RuleSet.check(RuleSet.defaults());
    }
}

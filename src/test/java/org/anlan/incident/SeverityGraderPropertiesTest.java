package org.anlan.incident;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Grading is monotonic in every criterion, and a grade is the highest of its criteria taken one by one. */
class SeverityGraderPropertiesTest {

    @Property
    void anotherDeathNeverLowersTheLevel(@ForAll("facts") IncidentFacts facts) {
        Casualties c = facts.casualties();
        if (c.dead() == Casualties.MAX) {
            return;
        }
        IncidentFacts worse = withCasualties(facts, new Casualties(c.dead() + 1, c.missing(), c.seriouslyInjured(), c.injured()));

        assertThat(gradeOf(worse).atLeast(gradeOf(facts))).isTrue();
    }

    @Property
    void anotherMissingPersonNeverLowersTheLevel(@ForAll("facts") IncidentFacts facts) {
        Casualties c = facts.casualties();
        if (c.missing() == Casualties.MAX) {
            return;
        }
        IncidentFacts worse = withCasualties(facts, new Casualties(c.dead(), c.missing() + 1, c.seriouslyInjured(), c.injured()));

        assertThat(gradeOf(worse).atLeast(gradeOf(facts))).isTrue();
    }

    @Property
    void anotherSeriousInjuryNeverLowersTheLevel(@ForAll("facts") IncidentFacts facts) {
        Casualties c = facts.casualties();
        if (c.seriouslyInjured() == Casualties.MAX) {
            return;
        }
        IncidentFacts worse = withCasualties(facts, new Casualties(c.dead(), c.missing(), c.seriouslyInjured() + 1, c.injured()));

        assertThat(gradeOf(worse).atLeast(gradeOf(facts))).isTrue();
    }

    @Property
    void aLargerLossNeverLowersTheLevel(@ForAll("facts") IncidentFacts facts, @ForAll("loss") long more) {
        long loss = facts.directLossYuan() > Long.MAX_VALUE - more ? Long.MAX_VALUE : facts.directLossYuan() + more;
        IncidentFacts worse = new IncidentFacts(facts.type(), facts.casualties(), loss, facts.burnedForestHectares());

        assertThat(gradeOf(worse).atLeast(gradeOf(facts))).isTrue();
    }

    @Property
    void aLargerOrNewlyKnownAreaNeverLowersTheLevel(@ForAll("facts") IncidentFacts facts, @ForAll("hectares") double more) {
        double area = facts.burnedForestHectares() == null ? more : facts.burnedForestHectares() + more;
        IncidentFacts worse = new IncidentFacts(facts.type(), facts.casualties(), facts.directLossYuan(), area);

        assertThat(gradeOf(worse).atLeast(gradeOf(facts))).isTrue();
    }

    @Property
    void aProductionAccidentIsGradedByItsWorstCriterionAlone(@ForAll("casualties") Casualties c, @ForAll("loss") long loss) {
        IncidentType type = IncidentFixtures.MINE_ACCIDENT;
        Severity byDeaths = gradeOf(new IncidentFacts(type, new Casualties(c.dead(), 0, 0, 0), 0, null));
        Severity byInjuries = gradeOf(new IncidentFacts(type, new Casualties(0, 0, c.seriouslyInjured(), 0), 0, null));
        Severity byLoss = gradeOf(new IncidentFacts(type, Casualties.none(), loss, null));

        Severity expected = Severity.higher(byDeaths, Severity.higher(byInjuries, byLoss));
        assertThat(gradeOf(new IncidentFacts(type, c, loss, null))).isEqualTo(expected);
    }

    @Property
    void theReasonsNameTheLevelTheyGiveAndNoHigherOne(@ForAll("facts") IncidentFacts facts) {
        Grading grading = SeverityGrader.grade(facts);

        assertThat(grading.reasons()).anySatisfy(reason -> assertThat(reason).endsWith("→ " + grading.severity().chinese()));
        assertThat(grading.reasons()).allSatisfy(reason -> assertThat(reason).matches(
                ".*→ " + grading.severity().chinese() + "|.*核实后等级可能提高"));
        assertThat(grading.rule()).isEqualTo(facts.type().gradingRule());
    }

    @Provide
    Arbitrary<IncidentFacts> facts() {
        Arbitrary<IncidentType> types = Arbitraries.of(IncidentTypes.all());
        Arbitrary<Double> area = hectares().injectNull(0.2);
        return Combinators.combine(types, casualties(), loss(), area).as(IncidentFacts::new);
    }

    @Provide
    Arbitrary<Casualties> casualties() {
        return Combinators.combine(count(), count(), count(), count()).as(Casualties::new);
    }

    @Provide
    Arbitrary<Long> loss() {
        return Arbitraries.frequencyOf(
                weighted(4, Arbitraries.longs().between(0, 120_000_000L)),
                weighted(1, Arbitraries.longs().between(0, Long.MAX_VALUE)));
    }

    @Provide
    Arbitrary<Double> hectares() {
        return Arbitraries.frequencyOf(
                weighted(4, Arbitraries.doubles().between(0, 1200).ofScale(2)),
                weighted(1, Arbitraries.doubles().between(0, 1e7)));
    }

    private static Arbitrary<Integer> count() {
        return Arbitraries.frequencyOf(
                weighted(5, Arbitraries.integers().between(0, 120)),
                weighted(1, Arbitraries.integers().between(0, Casualties.MAX)));
    }

    private static <T> Tuple.Tuple2<Integer, Arbitrary<? extends T>> weighted(int weight, Arbitrary<T> arbitrary) {
        return Tuple.of(weight, arbitrary);
    }

    private static IncidentFacts withCasualties(IncidentFacts facts, Casualties casualties) {
        return new IncidentFacts(facts.type(), casualties, facts.directLossYuan(), facts.burnedForestHectares());
    }

    private static Severity gradeOf(IncidentFacts facts) {
        return SeverityGrader.grade(facts).severity();
    }
}

package org.anlan.incident;

/** Incident types and facts for the domain tests. */
final class IncidentFixtures {

    static final IncidentType MINE_ACCIDENT = type("12A01");
    static final IncidentType FOREST_FIRE = type("11F01");
    static final IncidentType TYPHOON = type("11B01");

    private IncidentFixtures() {
    }

    static IncidentType type(String code) {
        return IncidentTypes.byCode(code).orElseThrow(() -> new AssertionError("no type " + code));
    }

    static IncidentFacts aProductionAccident(int dead, int seriouslyInjured, long directLossYuan) {
        return new IncidentFacts(MINE_ACCIDENT, new Casualties(dead, 0, seriouslyInjured, 0), directLossYuan, null);
    }

    static IncidentFacts aForestFire(Double hectares, int dead, int seriouslyInjured) {
        return new IncidentFacts(FOREST_FIRE, new Casualties(dead, 0, seriouslyInjured, 0), 0, hectares);
    }

    static IncidentFacts aTyphoon(int dead, int missing, int seriouslyInjured) {
        return new IncidentFacts(TYPHOON, new Casualties(dead, missing, seriouslyInjured, 0), 0, null);
    }
}

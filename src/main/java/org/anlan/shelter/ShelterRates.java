package org.anlan.shelter;

/** A township's shelters: how many, how many standardised (规范化), of provincial standard, and total capacity. */
public record ShelterRates(String townshipCode, String townshipName, int shelters, int standardised, int provincial,
                           long capacity) {

    @com.fasterxml.jackson.annotation.JsonProperty
    public double rate() {
        return shelters == 0 ? 0.0 : Math.round(1000.0 * standardised / shelters) / 10.0;
    }
}

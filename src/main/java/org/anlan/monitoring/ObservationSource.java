package org.anlan.monitoring;

/** How observations arrived. */
public enum ObservationSource {
    HTTP, MQTT, FILE
}

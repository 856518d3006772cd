package org.anlan.risk;

/** The four map colours (RG-LV-01); RGB defaults from RG-MAP-03, which no national standard fixes. */
public enum RiskColour {
    RED("红", "#FF0000"),
    ORANGE("橙", "#FF7F00"),
    YELLOW("黄", "#FFFF00"),
    BLUE("蓝", "#0070FF");

    private final String label;
    private final String defaultRgb;

    RiskColour(String label, String defaultRgb) {
        this.label = label;
        this.defaultRgb = defaultRgb;
    }

    public String label() {
        return label;
    }

    public String defaultRgb() {
        return defaultRgb;
    }
}

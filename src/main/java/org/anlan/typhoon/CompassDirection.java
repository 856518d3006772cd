package org.anlan.typhoon;

import java.util.Optional;

/** The eight directions of JMA's radius codes 1–8 (9 is "symmetric", represented as no direction). */
public enum CompassDirection {
    NE(1, 45), E(2, 90), SE(3, 135), S(4, 180), SW(5, 225), W(6, 270), NW(7, 315), N(8, 0);

    private final int jmaCode;
    private final double bearingDeg;

    CompassDirection(int jmaCode, double bearingDeg) {
        this.jmaCode = jmaCode;
        this.bearingDeg = bearingDeg;
    }

    public int jmaCode() {
        return jmaCode;
    }

    public double bearingDeg() {
        return bearingDeg;
    }

    static Optional<CompassDirection> ofJmaCode(int code) {
        for (CompassDirection d : values()) {
            if (d.jmaCode == code) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
